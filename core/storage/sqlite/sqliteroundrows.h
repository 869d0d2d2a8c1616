#pragma once

#include "model/reportinground.h"

#include <QList>

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

private:
    SqliteConnection &m_connection;
};

} // namespace Taizhang
