#include "roundplanner.h"

#include "document/ledgerdocument.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Taizhang {

ReportingRound RoundPlanner::plan(const LedgerDocument &document, const Request &request)
{
    ReportingRound round;
    round.name = request.name.trimmed();
    round.due = request.due;
    round.periodEnd = request.periodEnd.isValid() ? request.periodEnd
                                                  : QDate(request.due.year(), request.due.month(), 1).addDays(-1);
    round.opened = document.clock().today();
    const QSet<qint64> wanted(request.taskIds.cbegin(), request.taskIds.cend());
    const QSet<QString> units(request.units.cbegin(), request.units.cend());
    auto add = [&](qint64 taskId, const QString &unit, ReportRole role) {
        if (!unit.isEmpty() && (units.isEmpty() || units.contains(unit)))
            round.assignments.append({taskId, unit, role});
    };
    for (const Task &task : document.outline().tasksInLedgerOrder()) {
        if (TaskStatuses::isFinished(task.status) || (!wanted.isEmpty() && !wanted.contains(task.id)))
            continue;
        for (const QString &unit : task.leadUnits)
            add(task.id, unit, ReportRole::Lead);
        for (const QString &unit : task.coUnits) {
            if (!task.leadUnits.contains(unit))
                add(task.id, unit, ReportRole::Cooperating);
        }
    }
    return round;
}

namespace {
QString quarterName(int quarter)
{
    switch (quarter) {
    case 1: return RoundSchedule::tr("first quarter");
    case 2: return RoundSchedule::tr("second quarter");
    case 3: return RoundSchedule::tr("third quarter");
    default: return RoundSchedule::tr("fourth quarter");
    }
}
} // namespace

RoundSchedule::Proposal RoundSchedule::next(const QDate &today, const QStringList &takenNames) const
{
    const int months = rhythm == Rhythm::Monthly ? 1 : 3;
    QDate start(today.year(), rhythm == Rhythm::Monthly ? today.month() : (today.month() - 1) / 3 * 3 + 1, 1);
    for (int guard = 0; guard < 240; ++guard, start = start.addMonths(months)) {
        Proposal p;
        const QDate end = start.addMonths(months).addDays(-1);
        p.name = rhythm == Rhythm::Monthly ? tr("%1-%2").arg(start.year()).arg(start.month())
                                           : tr("%1 %2").arg(start.year()).arg(quarterName((start.month() - 1) / 3 + 1));
        p.periodEnd = end;
        const QDate after = end.addDays(1);
        p.due = QDate(after.year(), after.month(), std::min(dueDay, after.daysInMonth()));
        if (!takenNames.contains(p.name))
            return p;
    }
    return {};
}

QString RoundSchedule::toSetting() const
{
    return u"%1:%2"_s.arg(rhythm == Rhythm::Monthly ? u"monthly"_s : u"quarterly"_s).arg(dueDay);
}

RoundSchedule RoundSchedule::fromSetting(const QString &text)
{
    RoundSchedule schedule;
    const QStringList parts = text.split(u':');
    if (parts.value(0) == u"quarterly")
        schedule.rhythm = Rhythm::Quarterly;
    bool ok = false;
    const int day = parts.value(1).toInt(&ok);
    if (ok && day >= 1 && day <= 31)
        schedule.dueDay = day;
    return schedule;
}

} // namespace Taizhang
