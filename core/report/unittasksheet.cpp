#include "unittasksheet.h"

#include "ledgersheet.h"
#include "reportwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

QString UnitTaskSheet::title() const
{
    return label(Kind::Unit);
}

void UnitTaskSheet::gather()
{
    m_units.clear();
    const QString only = m_context.selection.unit;
    m_context.tasks([&](const Task &task, TrafficLight light) {
        for (const QString &unit : task.leadUnits) {
            if (only.isEmpty() || unit == only)
                m_units[unit].lead.append({task, light});
        }
        for (const QString &unit : task.coUnits) {
            if (only.isEmpty() || unit == only)
                m_units[unit].cooperating.append({task, light});
        }
        return true;
    });
}

QString UnitTaskSheet::emptyMessage() const
{
    if (!m_units.isEmpty())
        return {};
    return m_context.selection.unit.isEmpty() ? tr("No task names a responsible unit.")
                                              : tr("No task names the unit \"%1\".").arg(m_context.selection.unit);
}

void UnitTaskSheet::write(ReportWriter &writer) const
{
    const qreal weights[] = {0.45, 1.6, 3.2, 1.6, 0.9, 0.8, 2.4};
    const LedgerSheet::Column columns[] = {LedgerSheet::SerialColumn, LedgerSheet::KeyWorkColumn,
        LedgerSheet::RequirementColumn, LedgerSheet::UnitsColumn, LedgerSheet::DeadlineColumn, LedgerSheet::LightColumn,
        LedgerSheet::ProgressColumn};
    const LedgerSheet sheet(m_context.sections);

    bool first = true;
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        if (!first)
            writer.pageBreak();
        first = false;
        writer.title(tr("Task sheet of %1").arg(it.key()));
        writer.subtitle(dateLine(m_context));
        auto count = [](const QList<Entry> &entries, TrafficLight light) {
            return std::count_if(
                entries.cbegin(), entries.cend(), [light](const Entry &e) { return e.light == light; });
        };
        writer.line(tr("Leads %1 task(s) (%2 overdue, %3 due soon); cooperates on %4.")
                        .arg(it->lead.size())
                        .arg(count(it->lead, TrafficLight::Overdue))
                        .arg(count(it->lead, TrafficLight::DueSoon))
                        .arg(it->cooperating.size()));
        writer.space(1);

        ReportTable table;
        for (int c = 0; c < int(std::size(columns)); ++c) {
            table.columns.append({LedgerSheet::header(columns[c]), weights[c], false,
                columns[c] == LedgerSheet::SerialColumn || columns[c] == LedgerSheet::DeadlineColumn});
        }
        int serial = 0;
        auto addPart = [&](const QString &heading, const QList<Entry> &entries) {
            if (entries.isEmpty())
                return;
            ReportTable::Row headingRow;
            headingRow.heading = true;
            headingRow.cells << heading;
            table.rows.append(headingRow);
            for (const Entry &entry : entries) {
                ReportTable::Row row;
                for (const LedgerSheet::Column column : columns)
                    row.cells << sheet.cell(entry.task, column, entry.light);
                row.cells[0] = QString::number(++serial);
                row.marks.insert(5, ReportTable::markColor(entry.light));
                table.rows.append(row);
            }
        };
        addPart(tr("As lead unit (%n task(s))", nullptr, int(it->lead.size())), it->lead);
        addPart(tr("As cooperating unit (%n task(s))", nullptr, int(it->cooperating.size())), it->cooperating);
        writer.table(table);
    }
}

} // namespace Taizhang
