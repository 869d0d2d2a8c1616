#include "ledgerreport.h"

#include "ledgersheet.h"
#include "reportwriter.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

QString LedgerReport::title() const
{
    QStringList plans;
    for (const Plan &plan : m_context.plans)
        plans << plan.title;
    return LedgerSheet::title(m_context.settings.ledgerTitle, plans);
}

void LedgerReport::gather()
{
    const LedgerSheet sheet(m_context.sections);
    m_table = {};
    const qreal weights[] = {0.45, 1.3, 1.5, 3.2, 1.6, 0.9, 2.2, 1.3};
    for (int c = 0; c < LedgerSheet::printedColumns; ++c) {
        const bool merged = c == LedgerSheet::ThemeColumn || c == LedgerSheet::KeyWorkColumn;
        m_table.columns.append({LedgerSheet::header(LedgerSheet::Column(c)), weights[c], merged,
            c == LedgerSheet::SerialColumn || c == LedgerSheet::DeadlineColumn});
    }
    m_taskCount = 0;
    QList<const Section *> openHeadings;
    m_context.tasks([&](const Task &task, TrafficLight light) {
        const QList<const Section *> headings = sheet.headingsAbove(task);
        int same = 0;
        while (same < headings.size() && same < openHeadings.size() && headings.at(same) == openHeadings.at(same))
            ++same;
        for (int i = same; i < headings.size(); ++i) {
            ReportTable::Row heading;
            heading.heading = true;
            heading.cells << headings.at(i)->displayName();
            m_table.rows.append(heading);
        }
        openHeadings = headings;

        ReportTable::Row row;
        for (int c = 0; c < LedgerSheet::printedColumns; ++c)
            row.cells << sheet.cell(task, LedgerSheet::Column(c), light);
        row.cells[LedgerSheet::SerialColumn] = QString::number(++m_taskCount);
        // A key work is merged over its requirement rows only within one section.
        const QString section = QString::number(task.sectionId);
        row.keys = row.cells;
        row.keys[LedgerSheet::ThemeColumn] = section;
        row.keys[LedgerSheet::KeyWorkColumn] = row.cells.at(LedgerSheet::KeyWorkColumn).isEmpty()
            ? QString()
            : section + u'/' + row.cells.at(LedgerSheet::KeyWorkColumn);
        if (light == TrafficLight::Overdue || light == TrafficLight::DueSoon)
            row.marks.insert(LedgerSheet::DeadlineColumn, ReportTable::markColor(light));
        m_table.rows.append(row);
        return true;
    });
}

void LedgerReport::write(ReportWriter &writer) const
{
    writer.title(title());
    QStringList numbers;
    for (const Plan &plan : m_context.plans) {
        if (!plan.docNumber.isEmpty())
            numbers << plan.docNumber;
    }
    writer.subtitle(
        numbers.isEmpty() ? dateLine(m_context) : tr("%1    %2").arg(numbers.join(tr(", ")), dateLine(m_context)));
    writer.line(tr("%n task(s). A red dot marks an overdue deadline, an amber dot one due within %1 days.", nullptr,
                    m_taskCount)
                    .arg(m_context.selection.dueSoonDays),
        Qt::AlignLeft);
    writer.space(1);
    writer.table(m_table);
}

} // namespace Taizhang
