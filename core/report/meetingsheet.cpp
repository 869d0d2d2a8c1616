#include "meetingsheet.h"

#include "ledgersheet.h"
#include "reportwriter.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

QString MeetingSheet::title() const
{
    return tr("Scheduling meeting: overdue tasks and tasks due within %n day(s)", nullptr, m_context.meetingDays);
}

void MeetingSheet::gather()
{
    m_groups.clear();
    TaskSelection rule = m_context.selection;
    rule.overdue = true;
    rule.dueWithin = m_context.meetingDays;
    QHash<QString, int> groupOf;
    m_context.tasks([&](const Task &task, TrafficLight light) {
        if (!rule.accepts(task))
            return true;
        const QString unit = task.leadUnits.value(0, tr("(no lead unit)"));
        auto it = groupOf.constFind(unit);
        if (it == groupOf.cend()) {
            it = groupOf.insert(unit, int(m_groups.size()));
            m_groups.append({unit, {}, 0});
        }
        UnitGroup &group = m_groups[*it];
        group.entries.append({task, light, TrafficLights::daysLeft(task.deadline, rule.today)});
        if (light == TrafficLight::Overdue)
            ++group.overdue;
        return true;
    });
    for (UnitGroup &group : m_groups) {
        std::stable_sort(group.entries.begin(), group.entries.end(),
            [](const Entry &a, const Entry &b) { return a.daysLeft < b.daysLeft; });
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const UnitGroup &a, const UnitGroup &b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        return a.entries.size() > b.entries.size();
    });
}

QString MeetingSheet::emptyMessage() const
{
    return m_groups.isEmpty() ? tr("No task is overdue or due within %n day(s).", nullptr, m_context.meetingDays)
                              : QString();
}

void MeetingSheet::write(ReportWriter &writer) const
{
    writer.title(title());
    writer.subtitle(dateLine(m_context));
    int overdue = 0;
    int total = 0;
    for (const UnitGroup &group : m_groups) {
        overdue += group.overdue;
        total += int(group.entries.size());
    }
    writer.line(tr("%1 task(s) of %2 unit(s): %3 overdue, %4 due soon.")
                    .arg(total)
                    .arg(m_groups.size())
                    .arg(overdue)
                    .arg(total - overdue));
    writer.space(1);

    ReportTable table;
    table.columns = {
        {LedgerSheet::header(LedgerSheet::SerialColumn), 0.45, false, true},
        {LedgerSheet::header(LedgerSheet::LightColumn), 0.9, false, false},
        {LedgerSheet::header(LedgerSheet::KeyWorkColumn), 1.6, false, false},
        {LedgerSheet::header(LedgerSheet::RequirementColumn), 2.6, false, false},
        {LedgerSheet::header(LedgerSheet::DeadlineColumn), 0.9, false, true},
        {LedgerSheet::header(LedgerSheet::ProgressColumn), 2.2, false, false},
        {tr("Meeting notes"), 2.0, false, false},
    };
    int serial = 0;
    for (const UnitGroup &group : m_groups) {
        ReportTable::Row heading;
        heading.heading = true;
        heading.cells << tr("%1: %2 overdue, %3 due soon")
                             .arg(group.unit)
                             .arg(group.overdue)
                             .arg(group.entries.size() - group.overdue);
        table.rows.append(heading);
        for (const Entry &entry : group.entries) {
            ReportTable::Row row;
            const QString days = entry.daysLeft < 0 ? tr("%n day(s) overdue", nullptr, -entry.daysLeft)
                                                    : tr("%n day(s) left", nullptr, entry.daysLeft);
            QString requirement = entry.task.requirement;
            if (entry.task.leadUnits.size() > 1 || !entry.task.coUnits.isEmpty())
                requirement += u'\n' + LedgerSheet::units(entry.task);
            row.cells << QString::number(++serial) << TrafficLights::label(entry.light) + u'\n' + days
                      << LedgerSheet::keyWork(entry.task) << requirement << entry.task.deadline.text
                      << LedgerSheet::progress(entry.task) << QString();
            row.marks.insert(1, ReportTable::markColor(entry.light));
            row.minHeightMm = 14; // room to write
            table.rows.append(row);
        }
    }
    writer.table(table);
}

} // namespace Taizhang
