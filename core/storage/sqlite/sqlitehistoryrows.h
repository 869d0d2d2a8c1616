#pragma once

#include "model/historyentry.h"

#include <QList>

namespace Taizhang {

class SqliteConnection;

// The change history: rows added, never changed.
class SqliteHistoryRows {
public:
    explicit SqliteHistoryRows(SqliteConnection &connection);

    bool append(const QList<HistoryEntry> &entries);
    QList<HistoryEntry> entries(qint64 taskId) const; // 0: all

private:
    SqliteConnection &m_connection;
};

} // namespace Taizhang
