#include "escalationnotice.h"

#include "reportrecords.h"
#include "reportwriter.h"
#include "supervisionnotice.h"

namespace Taizhang {

EscalationNotice::EscalationNotice(const ReportContext &context, const QList<DueEscalation> &due, const EscalationRules &rules)
    : Report(context)
    , m_due(due)
    , m_rules(rules)
{
}

QString EscalationNotice::title() const
{
    return tr("Today's Notices");
}

QString EscalationNotice::emptyMessage() const
{
    return m_due.isEmpty() ? tr("Nothing on the escalation ladder is due today.") : QString();
}

void EscalationNotice::gather()
{
    if (!m_context.records || m_due.isEmpty())
        return;
    QList<LedgerStore::EscalationToIssue> notices;
    for (const DueEscalation &d : m_due)
        notices.append({d.task.id, d.level});
    const QDate today = m_context.selection.today;
    m_issued = m_context.records->issueEscalations(notices, today, today.addDays(m_context.settings.replyDays));
}

void EscalationNotice::write(ReportWriter &writer) const
{
    const QDate replyBy = m_context.selection.today.addDays(m_context.settings.replyDays);
    for (qsizetype i = 0; i < m_due.size(); ++i) {
        if (i > 0)
            writer.pageBreak();
        const DueEscalation &d = m_due.at(i);
        QString required;
        switch (d.level) {
        case EscalationLevel::Reminder:
            required = tr("The task is due on %1. Please make sure it is finished on time and report its progress by %2.")
                           .arg(longDate(d.task.deadline.due), longDate(replyBy));
            break;
        case EscalationLevel::Urge:
        case EscalationLevel::Supervise:
            required = tr("Please report in writing by %1 what has been done, why the deadline was missed and when the "
                          "task will be completed.")
                           .arg(longDate(replyBy));
            break;
        case EscalationLevel::Bulletin:
            required = tr("The task is named in this month's bulletin. Please report by %1 how it will be finished.")
                           .arg(longDate(replyBy));
            break;
        case EscalationLevel::Interview:
            required = tr("The unit's responsible leader is asked to an interview about this task; please report by %1.")
                           .arg(longDate(replyBy));
            break;
        }
        const QString number = i < m_issued.size() ? EscalationRules::number(m_issued.at(i)) : QString();
        SupervisionNotice::writePage(writer, m_context,
            {EscalationLevels::label(d.level), number, d.task, d.daysOverdue,
                i < m_issued.size() ? m_issued.at(i).replyBy : replyBy, required + u'\n' + d.reason});
    }
}

} // namespace Taizhang
