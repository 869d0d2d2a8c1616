#include "ledgerrecords.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

namespace Taizhang {

LedgerRecords::LedgerRecords(LedgerDocument &document)
    : m_document(document)
{
}

QList<LedgerStore::IssuedNotice> LedgerRecords::issueNotices(
    const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy)
{
    QList<LedgerStore::IssuedNotice> issued;
    const bool ok = m_document.m_store->transaction([&] {
        issued = m_document.m_store->issueNotices(taskIds, day, replyBy);
        return issued.size() == taskIds.size() && m_document.m_writer->recordNotices(issued);
    });
    if (!ok)
        issued.clear();
    if (m_document.report(ok) && !issued.isEmpty())
        emit m_document.recordsChanged();
    return issued;
}

QList<Escalation> LedgerRecords::issueEscalations(
    const QList<LedgerStore::EscalationToIssue> &notices, const QDate &day, const QDate &replyBy)
{
    QList<Escalation> issued;
    const bool ok = m_document.m_store->transaction([&] {
        issued = m_document.m_store->issueEscalations(notices, day, replyBy);
        return issued.size() == notices.size() && m_document.m_writer->recordEscalations(issued);
    });
    if (!ok)
        issued.clear();
    if (m_document.report(ok) && !issued.isEmpty())
        emit m_document.recordsChanged();
    return issued;
}

bool LedgerRecords::recordSkipped(qint64 taskId, EscalationLevel level, const QString &reason)
{
    return m_document.report(m_document.m_writer->recordSkippedNotice(taskId, level, reason));
}

std::optional<LedgerStore::Bulletin> LedgerRecords::bulletinBefore(const QDate &day) const
{
    return m_document.m_store->bulletinBefore(day);
}

int LedgerRecords::saveBulletin(const QDate &day, const QByteArray &figures)
{
    const int serial = m_document.m_store->saveBulletin(day, figures);
    if (m_document.report(serial > 0))
        emit m_document.recordsChanged();
    return serial;
}

} // namespace Taizhang
