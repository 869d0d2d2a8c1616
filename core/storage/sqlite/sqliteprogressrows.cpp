#include "sqliteprogressrows.h"

#include "sqliteconnection.h"
#include "sqlitevalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

SqliteProgressRows::SqliteProgressRows(SqliteConnection &connection)
    : m_connection(connection)
{
}

QString SqliteProgressRows::insertStatement(bool withId)
{
    return withId ? u"INSERT INTO progress (id, task_id, reported, unit, percent, text, author, created)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s
                  : u"INSERT INTO progress (task_id, reported, unit, percent, text, author, created)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
}

ProgressEntry SqliteProgressRows::read(const QSqlQuery &q, int first)
{
    ProgressEntry entry;
    entry.id = q.value(first).toLongLong();
    entry.date = SqliteValues::readDate(q.value(first + 1));
    entry.unit = q.value(first + 2).toString();
    entry.percent = q.value(first + 3).isNull() ? -1 : q.value(first + 3).toInt();
    entry.text = q.value(first + 4).toString();
    entry.author = q.value(first + 5).toString();
    return entry;
}

qint64 SqliteProgressRows::insert(QSqlQuery &q, qint64 taskId, const ProgressEntry &entry)
{
    q.addBindValue(taskId);
    q.addBindValue(SqliteValues::date(entry.date));
    q.addBindValue(SqliteValues::text(entry.unit));
    q.addBindValue(entry.percent >= 0 ? QVariant(entry.percent) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(SqliteValues::text(entry.text));
    q.addBindValue(SqliteValues::text(entry.author));
    q.addBindValue(SqliteValues::now());
    if (!q.exec()) {
        m_connection.failQuery(q);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 SqliteProgressRows::add(qint64 taskId, const ProgressEntry &entry)
{
    qint64 id = 0;
    const bool committed = m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(insertStatement(false));
        return (id = insert(q, taskId, entry)) != 0;
    });
    return committed ? id : 0; // an id from a transaction that did not commit names nothing
}

bool SqliteProgressRows::restore(qint64 taskId, const ProgressEntry &entry)
{
    // Undo of a removal puts the entry back under its old id, so a redo can remove it again.
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(insertStatement(true));
        q.addBindValue(entry.id);
        return insert(q, taskId, entry) != 0;
    });
}

bool SqliteProgressRows::remove(qint64 entryId)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"DELETE FROM progress WHERE id = ?"_s);
        q.addBindValue(entryId);
        return q.exec() || m_connection.failQuery(q);
    });
}

} // namespace Taizhang
