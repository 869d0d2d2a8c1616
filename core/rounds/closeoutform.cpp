#include "closeoutform.h"

#include "report/ledgersheet.h"
#include "report/reportwriter.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

CloseOutForm::CloseOutForm(const ReportContext &context, const QList<Entry> &entries)
    : Report(context)
    , m_entries(entries)
{
}

QString CloseOutForm::title() const
{
    return tr("Close-out Approval Form");
}

QString CloseOutForm::emptyMessage() const
{
    return m_entries.isEmpty() ? tr("There is no close-out request to print.") : QString();
}

void CloseOutForm::write(ReportWriter &writer) const
{
    const QString blank = u"\u3000\u3000\u3000\u3000\u3000\u3000"_s;
    bool first = true;
    for (const Entry &entry : m_entries) {
        if (!first)
            writer.pageBreak();
        first = false;
        const Task &task = entry.task;
        const CloseOutRequest &r = entry.request;
        writer.space(4);
        writer.title(title());
        writer.subtitle(m_context.settings.officeName);
        writer.space(4);
        ReportTable fields;
        fields.showHeader = false;
        fields.shadeFirstColumn = true;
        fields.columns = {{tr("Field"), 1.1, false, false}, {tr("Content"), 4.0, false, false}};
        auto add = [&fields](const QString &label, const QString &value, qreal minHeightMm = 9) {
            ReportTable::Row row;
            row.cells << label << value;
            row.minHeightMm = minHeightMm;
            fields.rows.append(row);
        };
        add(tr("Task"), LedgerSheet::keyWork(task));
        add(tr("Requirement"), task.requirement);
        add(tr("Responsible units"), LedgerSheet::units(task));
        add(tr("Deadline"), task.deadline.text);
        add(tr("Requested by"), tr("%1, %2").arg(r.unit, longDate(r.requested)));
        add(tr("Completion"), r.note, 20);
        QStringList files;
        for (const Evidence &e : r.evidence)
            files.append(tr("%1 (%2 KB, SHA-256 %3…)").arg(e.name).arg((e.size + 1023) / 1024).arg(e.sha256.left(16)));
        add(tr("Evidence"), files.isEmpty() ? tr("none") : files.join(u'\n'), 14);
        switch (r.state) {
        case CloseOutRequest::State::Pending: add(tr("Decision"), QString(), 30); break;
        case CloseOutRequest::State::Approved:
            add(tr("Decision"),
                tr("Approved: closed out on %1 by %2.").arg(longDate(r.decided), r.decidedBy.isEmpty() ? blank : r.decidedBy)
                    + (r.decisionNote.isEmpty() ? QString() : u'\n' + r.decisionNote),
                20);
            break;
        case CloseOutRequest::State::Returned:
            add(tr("Decision"),
                tr("Returned on %1 by %2: %3").arg(longDate(r.decided), r.decidedBy.isEmpty() ? blank : r.decidedBy, r.decisionNote),
                20);
            break;
        }
        writer.table(fields);
        writer.space(10);
        writer.line(tr("Reviewed by: %1        Approved by: %1        Date: %2").arg(blank, tr("    -    -    ")));
    }
}

} // namespace Taizhang
