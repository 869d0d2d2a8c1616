#include "sqlitehistoryrows.h"

#include "sqliteconnection.h"
#include "sqlitevalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

SqliteHistoryRows::SqliteHistoryRows(SqliteConnection &connection)
    : m_connection(connection)
{
}

bool SqliteHistoryRows::append(const QList<HistoryEntry> &entries)
{
    if (entries.isEmpty())
        return true;
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"INSERT INTO history (at, who, task_id, field, old_value, new_value, action) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const HistoryEntry &e : entries) {
            q.addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
            q.addBindValue(SqliteValues::text(e.who));
            q.addBindValue(e.taskId);
            q.addBindValue(SqliteValues::text(e.field));
            q.addBindValue(SqliteValues::text(e.oldValue));
            q.addBindValue(SqliteValues::text(e.newValue));
            q.addBindValue(SqliteValues::text(e.action));
            if (!q.exec())
                return m_connection.failQuery(q);
        }
        return true;
    });
}

QList<HistoryEntry> SqliteHistoryRows::entries(qint64 taskId) const
{
    QList<HistoryEntry> entries;
    QSqlQuery q(m_connection.db());
    // Format 8 and later; an older ledger opened read-only has none.
    q.prepare(taskId ? u"SELECT id, at, who, task_id, field, old_value, new_value, action FROM history WHERE task_id = ? ORDER BY id"_s
                     : u"SELECT id, at, who, task_id, field, old_value, new_value, action FROM history ORDER BY id"_s);
    if (taskId)
        q.addBindValue(taskId);
    if (!q.exec())
        return entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
            q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString()});
    return entries;
}

} // namespace Taizhang
