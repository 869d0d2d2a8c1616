#pragma once

#include "storage/ledgerstore.h"

namespace Taizhang {

class SqliteConnection;

// What printed reports record: supervision notices with their numbers, bulletins with their figures.
class SqliteRecordRows {
public:
    explicit SqliteRecordRows(SqliteConnection &connection);

    QList<LedgerStore::IssuedNotice> issueNotices(const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy);
    QList<LedgerStore::IssuedNotice> noticesIssued(const QDate &from, const QDate &to) const;
    QList<Escalation> issueEscalations(
        const QList<LedgerStore::EscalationToIssue> &notices, const QDate &day, const QDate &replyBy);
    QList<Escalation> escalations() const;
    std::optional<LedgerStore::Bulletin> bulletinBefore(const QDate &day) const;
    int saveBulletin(const QDate &day, const QByteArray &figures);

private:
    SqliteConnection &m_connection;
};

} // namespace Taizhang
