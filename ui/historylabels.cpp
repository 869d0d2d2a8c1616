#include "historylabels.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Taizhang {

QString HistoryLabels::field(const QString &field)
{
    static const QHash<QString, const char *> labels = {{u"number"_s, QT_TR_NOOP("number")},
        {u"title"_s, QT_TR_NOOP("key work")}, {u"requirement"_s, QT_TR_NOOP("requirement")},
        {u"lead"_s, QT_TR_NOOP("lead units")}, {u"co"_s, QT_TR_NOOP("cooperating units")},
        {u"leaders"_s, QT_TR_NOOP("leaders")}, {u"deadline"_s, QT_TR_NOOP("deadline")}, {u"status"_s, QT_TR_NOOP("status")},
        {u"problems"_s, QT_TR_NOOP("problems")}, {u"remarks"_s, QT_TR_NOOP("remarks")},
        {u"section"_s, QT_TR_NOOP("section")}, {u"order"_s, QT_TR_NOOP("place")},
        {u"progress"_s, QT_TR_NOOP("progress report")}, {u"task"_s, QT_TR_NOOP("the task")},
        {u"notice"_s, QT_TR_NOOP("supervision notice")}, {u"closeout"_s, QT_TR_NOOP("close-out request")},
        {u"decision"_s, QT_TR_NOOP("close-out decision")},
        {u"plan"_s, QT_TR_NOOP("plan")}, {u"round"_s, QT_TR_NOOP("reporting round")}};
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

QString HistoryLabels::action(const QString &action)
{
    static const QHash<QString, const char *> labels = {{u"edit"_s, QT_TR_NOOP("edited")},
        {u"undo"_s, QT_TR_NOOP("undone")}, {u"redo"_s, QT_TR_NOOP("redone")}, {u"skip"_s, QT_TR_NOOP("skipped")}, {u"settings"_s, QT_TR_NOOP("settings")}, {u"sections"_s, QT_TR_NOOP("sections")}, {u"progress"_s, QT_TR_NOOP("reported")},
        {u"add"_s, QT_TR_NOOP("added")}, {u"delete"_s, QT_TR_NOOP("deleted")}, {u"import"_s, QT_TR_NOOP("imported")},
        {u"merge"_s, QT_TR_NOOP("units merged")}, {u"plan"_s, QT_TR_NOOP("plan year")},
        {u"round"_s, QT_TR_NOOP("returned sheet")}, {u"notice"_s, QT_TR_NOOP("issued")},
        {u"closeout"_s, QT_TR_NOOP("close-out")}};
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : tr(*it);
}

} // namespace Taizhang
