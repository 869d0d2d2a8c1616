#include "returnsheetprint.h"

#include "report/ledgersheet.h"
#include "report/reportwriter.h"
#include "returnsheetlayout.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

ReturnSheetPrint::ReturnSheetPrint(const ReportContext &context, const QList<ReturnSheet> &sheets)
    : Report(context)
    , m_sheets(sheets)
{
}

QString ReturnSheetPrint::title() const
{
    return m_sheets.isEmpty() ? tr("Progress report") : ReturnSheetLayout::title(m_sheets.first().round.name);
}

QString ReturnSheetPrint::emptyMessage() const
{
    return m_sheets.isEmpty() ? tr("No unit reports in this round.") : QString();
}

void ReturnSheetPrint::write(ReportWriter &writer) const
{
    using Layout = ReturnSheetLayout;
    bool first = true;
    for (const ReturnSheet &sheet : m_sheets) {
        if (!first)
            writer.pageBreak();
        first = false;
        writer.setRunningTitle(u"%1 · %2"_s.arg(Layout::title(sheet.round.name), sheet.unit));
        writer.title(Layout::title(sheet.round.name));
        writer.subtitle(u"%1 %2    %3 %4    %5 %6"_s.arg(Layout::unitLabel(), sheet.unit, Layout::roundLabel(),
            sheet.round.name, Layout::dueLabel(), longDate(sheet.round.due)));
        writer.line(Layout::instructions(sheet.round.due));
        writer.space(2);
        ReportTable table;
        table.columns = {{Layout::header(Layout::Number), 0.5, false, true},
            {Layout::header(Layout::KeyWork), 1.6, false, false}, {Layout::header(Layout::Requirement), 2.0, false, false},
            {Layout::header(Layout::Deadline), 0.8, false, false}, {Layout::header(Layout::Role), 0.5, false, true},
            {Layout::header(Layout::PreviousProgress), 1.6, false, false},
            {Layout::header(Layout::Progress), 2.4, false, false}, {Layout::header(Layout::Percent), 0.6, false, true},
            {Layout::header(Layout::Status), 0.7, false, true}, {Layout::header(Layout::Problems), 1.4, false, false}};
        for (const ReturnSheet::Row &r : sheet.rows) {
            ReportTable::Row row;
            row.cells << Layout::taskLabel(r.task) << LedgerSheet::keyWork(r.task) << r.task.requirement
                      << r.task.deadline.text << Layout::roleLabel(r.role)
                      << (r.closeOutReturned.isEmpty() ? Layout::previousProgress(r.task)
                                                       : Layout::previousProgress(r.task) + u'\n'
                                  + Layout::closeOutReturnedNote(r.closeOutReturned))
                      << QString()
                      << QString() << QString() << QString();
            row.minHeightMm = 22; // room for handwriting
            table.rows.append(row);
        }
        writer.table(table);
        writer.space(6);
        writer.line(tr("%1 ____________    %2 ____________    %3 ____________")
                        .arg(Layout::header(Layout::Reporter), Layout::header(Layout::Phone), tr("Date")));
    }
}

} // namespace Taizhang
