#include "sqlitevalues.h"

using namespace Qt::StringLiterals;

namespace Taizhang::SqliteValues {

QString deadlineKindId(Deadline::Kind kind)
{
    switch (kind) {
    case Deadline::Kind::None: return u"none"_s;
    case Deadline::Kind::Date: return u"date"_s;
    case Deadline::Kind::Ongoing: return u"ongoing"_s;
    case Deadline::Kind::Unparsed: return u"unparsed"_s;
    }
    return u"none"_s;
}

Deadline::Kind deadlineKindFromId(const QString &id)
{
    if (id == u"date")
        return Deadline::Kind::Date;
    if (id == u"ongoing")
        return Deadline::Kind::Ongoing;
    if (id == u"unparsed")
        return Deadline::Kind::Unparsed;
    return Deadline::Kind::None;
}

TaskStatus statusFromId(const QString &id)
{
    for (TaskStatus status : TaskStatuses::all) {
        if (TaskStatuses::id(status) == id)
            return status;
    }
    return TaskStatus::NotStarted;
}

} // namespace Taizhang::SqliteValues
