#pragma once

#include "storage/ledgerstore.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <optional>

namespace Taizhang {

// What a printed report records in the ledger as it is prepared: the numbers of the supervision
// notices it issues, the figures of the bulletin it publishes (for the next one to compare with).
// The document implements it, so these writes go through it and are announced like any other.
class ReportRecords {
public:
    virtual ~ReportRecords() = default;

    virtual QList<LedgerStore::IssuedNotice> issueNotices(
        const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy)
        = 0;
    virtual QList<Escalation> issueEscalations(
        const QList<LedgerStore::EscalationToIssue> &notices, const QDate &day, const QDate &replyBy)
        = 0;
    // A notice the ladder asked for and the office chose not to issue, with why (kept in the history).
    virtual bool recordSkipped(qint64 taskId, EscalationLevel level, const QString &reason) = 0;
    virtual std::optional<LedgerStore::Bulletin> bulletinBefore(const QDate &day) const = 0;
    virtual int saveBulletin(const QDate &day, const QByteArray &figures) = 0;
};

} // namespace Taizhang
