#include "taskstatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Taizhang::TaskStatuses {

QString id(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted: return u"not_started"_s;
    case TaskStatus::InProgress: return u"in_progress"_s;
    case TaskStatus::Blocked: return u"blocked"_s;
    case TaskStatus::Done: return u"done"_s;
    case TaskStatus::Closed: return u"closed"_s;
    }
    return {};
}

bool fromString(const QString &text, TaskStatus *status)
{
    static const struct {
        QString id;
        QString chinese;
        TaskStatus status;
    } names[] = {
        {u"not_started"_s, u"未启动"_s, TaskStatus::NotStarted},
        {u"in_progress"_s, u"推进中"_s, TaskStatus::InProgress},
        {u"blocked"_s, u"受阻"_s, TaskStatus::Blocked},
        {u"done"_s, u"已完成"_s, TaskStatus::Done},
        {u"closed"_s, u"已销号"_s, TaskStatus::Closed},
    };
    const QString wanted = text.trimmed();
    for (const auto &name : names) {
        if (wanted.compare(name.id, Qt::CaseInsensitive) == 0 || wanted == name.chinese
            || wanted == label(name.status)) {
            *status = name.status;
            return true;
        }
    }
    return false;
}

QString label(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted: return QCoreApplication::translate("TaskStatus", "Not started");
    case TaskStatus::InProgress: return QCoreApplication::translate("TaskStatus", "In progress");
    case TaskStatus::Blocked: return QCoreApplication::translate("TaskStatus", "Blocked");
    case TaskStatus::Done: return QCoreApplication::translate("TaskStatus", "Done");
    case TaskStatus::Closed: return QCoreApplication::translate("TaskStatus", "Closed out");
    }
    return {};
}

} // namespace Taizhang::TaskStatuses
