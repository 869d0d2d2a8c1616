#pragma once

#include "report/reportrecords.h"

namespace Taizhang {

class LedgerDocument;

// The document's side of ReportRecords: a printed report's notices and bulletins are written
// to the document's store, refused with its message, and announced with recordsChanged.
class LedgerRecords final : public ReportRecords {
public:
    explicit LedgerRecords(LedgerDocument &document);

    QList<LedgerStore::IssuedNotice> issueNotices(
        const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy) override;
    QList<Escalation> issueEscalations(
        const QList<LedgerStore::EscalationToIssue> &notices, const QDate &day, const QDate &replyBy) override;
    bool recordSkipped(qint64 taskId, EscalationLevel level, const QString &reason) override;
    std::optional<LedgerStore::Bulletin> bulletinBefore(const QDate &day) const override;
    int saveBulletin(const QDate &day, const QByteArray &figures) override;

private:
    LedgerDocument &m_document;
};

} // namespace Taizhang
