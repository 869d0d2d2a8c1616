#pragma once

#include "model/progressentry.h"

#include <QString>

class QSqlQuery;

namespace Taizhang {

class SqliteConnection;

// A task's progress history. Entries keep their ids through an undo, so a redo finds them.
class SqliteProgressRows {
public:
    explicit SqliteProgressRows(SqliteConnection &connection);

    qint64 add(qint64 taskId, const ProgressEntry &entry);
    bool restore(qint64 taskId, const ProgressEntry &entry); // under entry.id
    bool remove(qint64 entryId);

    // For the task rows: an INSERT (with the id first when `withId`), bound and run inside a write.
    static QString insertStatement(bool withId);
    // The new entry's id, 0 on failure. With an id statement, bind the id first.
    qint64 insert(QSqlQuery &prepared, qint64 taskId, const ProgressEntry &entry);
    static ProgressEntry read(const QSqlQuery &query, int firstColumn);

private:
    SqliteConnection &m_connection;
};

} // namespace Taizhang
