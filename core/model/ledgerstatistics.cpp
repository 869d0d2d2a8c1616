#include "ledgerstatistics.h"

#include "task.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
QDate completionDate(const Task &task)
{
    if (!TaskStatuses::isFinished(task.status))
        return {};
    if (const ProgressEntry *latest = task.latestProgress(); latest && latest->date.isValid())
        return latest->date;
    return task.updated.date();
}
} // namespace

void LedgerStatistics::add(const Task &task, TrafficLight light)
{
    lights[size_t(light)].add(task.id);

    const QDate due = task.deadline.kind == Deadline::Kind::Date ? task.deadline.due : QDate();
    const QDate done = completionDate(task);
    if (due.isValid()) {
        dueByMonth[QDate(due.year(), due.month(), 1)][size_t(light)].add(task.id);
        m_dated.append({due, done});
        timeline.append({task.id, due, light});
    }

    const QString unit = task.leadUnits.value(0);
    if (unit.isEmpty())
        return;
    auto it = m_unitRow.constFind(unit);
    if (it == m_unitRow.cend()) {
        it = m_unitRow.insert(unit, int(units.size()));
        units.append({unit, {}, 0, 0});
    }
    UnitRow &unitStats = units[*it];
    unitStats.lights[size_t(light)].add(task.id);
    if (due.isValid() && due <= today) {
        ++unitStats.due;
        if (done.isValid() && done <= due)
            ++unitStats.doneOnTime;
    }
}

void LedgerStatistics::finish()
{
    auto count = [](const UnitRow &row, TrafficLight light) { return row.lights[size_t(light)].count; };
    std::stable_sort(units.begin(), units.end(), [&count](const UnitRow &a, const UnitRow &b) {
        if (count(a, TrafficLight::Overdue) != count(b, TrafficLight::Overdue))
            return count(a, TrafficLight::Overdue) > count(b, TrafficLight::Overdue);
        if (count(a, TrafficLight::DueSoon) != count(b, TrafficLight::DueSoon))
            return count(a, TrafficLight::DueSoon) > count(b, TrafficLight::DueSoon);
        return a.unit < b.unit;
    });
    m_unitRow.clear(); // the rows moved
    std::stable_sort(
        timeline.begin(), timeline.end(), [](const TimelineRow &a, const TimelineRow &b) { return a.due < b.due; });
}

QList<LedgerStatistics::BurnUpPoint> LedgerStatistics::burnUp(int year) const
{
    QList<BurnUpPoint> points;
    for (int month = 1; month <= 12; ++month) {
        const QDate first(year, month, 1);
        BurnUpPoint point {QDate(year, month, first.daysInMonth()), 0, 0};
        for (const DatedTask &task : m_dated) {
            if (task.due <= point.monthEnd)
                ++point.dueSoFar;
            if (task.done.isValid() && task.done <= point.monthEnd)
                ++point.doneSoFar;
        }
        points.append(point);
    }
    return points;
}

QList<LedgerStatistics::UnitRow> LedgerStatistics::unitsByCompletion() const
{
    QList<UnitRow> ranked;
    for (const UnitRow &row : units) {
        if (row.due > 0)
            ranked.append(row);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const UnitRow &a, const UnitRow &b) {
        return a.completionRate() != b.completionRate() ? a.completionRate() > b.completionRate() : a.unit < b.unit;
    });
    return ranked;
}

} // namespace Taizhang
