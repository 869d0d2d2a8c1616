#include "supervisionnotice.h"

#include "ledgersheet.h"
#include "reportrecords.h"
#include "reportwriter.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

QString SupervisionNotice::title() const
{
    return tr("Supervision Notice");
}

void SupervisionNotice::gather()
{
    m_notices.clear();
    const QDate today = m_context.selection.today;
    const QDate replyBy = today.addDays(m_context.settings.replyDays);
    QList<qint64> ids;
    m_context.tasks([&](const Task &task, TrafficLight light) {
        if (light != TrafficLight::Overdue)
            return true;
        m_notices.append({task, {}, replyBy, -TrafficLights::daysLeft(task.deadline, today)});
        ids.append(task.id);
        return true;
    });
    if (!m_context.records || ids.isEmpty())
        return;
    const QList<LedgerStore::IssuedNotice> issued = m_context.records->issueNotices(ids, today, replyBy);
    for (int i = 0; i < issued.size() && i < m_notices.size(); ++i) {
        m_notices[i].number = m_context.settings.noticeNumber(issued.at(i).year, issued.at(i).serial);
        m_notices[i].replyBy = issued.at(i).replyBy;
    }
}

QString SupervisionNotice::emptyMessage() const
{
    return m_notices.isEmpty() ? tr("No task is overdue: there is nothing to supervise.") : QString();
}

void SupervisionNotice::write(ReportWriter &writer) const
{
    bool first = true;
    for (const Notice &notice : m_notices) {
        if (!first)
            writer.pageBreak();
        first = false;
        writePage(writer, m_context,
            {title(), notice.number, notice.task, notice.daysOverdue, notice.replyBy,
                tr("Please report in writing by %1 what has been done, why the deadline was missed and when the task "
                   "will be completed.")
                    .arg(longDate(notice.replyBy))});
    }
}

void SupervisionNotice::writePage(ReportWriter &writer, const ReportContext &context, const Page &page)
{
    const QString office = context.settings.officeName;
    const QString blank = u"\u3000\u3000\u3000\u3000\u3000\u3000"_s;
    writer.space(4);
    writer.title(page.title);
    writer.line(page.number.isEmpty() ? tr("No. %1").arg(blank) : page.number, Qt::AlignRight);
    writer.space(3);

    const Task &task = page.task;
    QString progress = LedgerSheet::progress(task);
    if (progress.isEmpty())
        progress = tr("No progress has been reported.");
    QString deadline = task.deadline.text;
    if (task.deadline.due.isValid())
        deadline = tr("%1 (due %2)").arg(deadline, longDate(task.deadline.due));

    ReportTable fields;
    fields.showHeader = false;
    fields.shadeFirstColumn = true;
    fields.columns = {{tr("Field"), 1.1, false, false}, {tr("Content"), 4.0, false, false}};
    auto add = [&fields](const QString &label, const QString &value) {
        ReportTable::Row row;
        row.cells << label << value;
        row.minHeightMm = 9;
        fields.rows.append(row);
    };
    add(tr("Supervised unit"), task.leadUnits.join(tr(", ")));
    if (!task.coUnits.isEmpty())
        add(tr("Cooperating units"), task.coUnits.join(tr(", ")));
    add(tr("Task"), LedgerSheet::keyWork(task));
    add(tr("Requirement"), task.requirement);
    add(tr("Deadline"), deadline);
    if (page.daysOverdue > 0)
        add(tr("Overdue by"), tr("%n day(s)", nullptr, page.daysOverdue));
    add(tr("Latest progress"), progress);
    add(tr("Required"), page.required);
    add(tr("Reply due"), longDate(page.replyBy));
    writer.table(fields);

    writer.space(10);
    writer.line(tr("Issued by (seal): %1").arg(office.isEmpty() ? blank : office));
    writer.space(3);
    writer.line(tr("Signed: %1        Date: %2").arg(blank, longDate(context.selection.today)));
    writer.space(10);
    writer.line(tr("Received by (seal): %1").arg(blank + blank));
    writer.space(3);
    writer.line(tr("Received: %1        Date: %2").arg(blank, tr("    -    -    ")));
}

} // namespace Taizhang
