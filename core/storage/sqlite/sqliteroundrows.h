#pragma once

#include "model/reportinground.h"

#include <QList>

#include <optional>

class QSqlQuery;

namespace Taizhang {

class SqliteConnection;

// Reporting rounds, their assignments and returns, and the close-out requests units make.
class SqliteRoundRows {
public:
    explicit SqliteRoundRows(SqliteConnection &connection);

    QList<ReportingRound> rounds() const;
    qint64 insertRound(const ReportingRound &round);
    bool deleteRound(qint64 roundId);
    bool setClosed(qint64 roundId, const QDate &closed);
    QList<RoundReturn> returns(qint64 roundId) const;
    qint64 insertReturn(const RoundReturn &record);
    bool deleteReturn(qint64 returnId);
    QList<CloseOutRequest> closeOutRequests() const;
    qint64 insertCloseOutRequest(const CloseOutRequest &request);
    bool deleteCloseOutRequest(qint64 requestId);
    std::optional<QByteArray> evidenceData(qint64 evidenceId) const;
    qint64 evidenceBytes() const;
    bool setCloseOutDecision(const CloseOutRequest &decision);

private:
    bool writeDecision(QSqlQuery &query, qint64 requestId, const CloseOutRequest &decision);

    SqliteConnection &m_connection;
};

} // namespace Taizhang
