#include "sqliterecordrows.h"

#include "sqliteconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

SqliteRecordRows::SqliteRecordRows(SqliteConnection &connection)
    : m_connection(connection)
{
}

QList<LedgerStore::IssuedNotice> SqliteRecordRows::issueNotices(
    const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy)
{
    QList<LedgerStore::IssuedNotice> notices;
    const bool ok = m_connection.write([&] {
        QSqlQuery existing(m_connection.db());
        existing.prepare(u"SELECT serial, reply_by FROM notices WHERE task_id = ? AND issued = ?"_s);
        QSqlQuery last(m_connection.db());
        last.prepare(u"SELECT MAX(serial) FROM notices WHERE year = ?"_s);
        last.addBindValue(day.year());
        if (!last.exec())
            return m_connection.failQuery(last);
        int serial = last.next() ? last.value(0).toInt() : 0;
        QSqlQuery insert(m_connection.db());
        insert.prepare(u"INSERT INTO notices (task_id, year, serial, issued, reply_by) VALUES (?, ?, ?, ?, ?)"_s);
        for (const qint64 taskId : taskIds) {
            existing.addBindValue(taskId);
            existing.addBindValue(day.toString(Qt::ISODate));
            if (!existing.exec())
                return m_connection.failQuery(existing);
            if (existing.next()) { // printed again the same day: the same notice
                notices.append({taskId, day.year(), existing.value(0).toInt(), day,
                    QDate::fromString(existing.value(1).toString(), Qt::ISODate)});
                continue;
            }
            const LedgerStore::IssuedNotice notice {taskId, day.year(), ++serial, day, replyBy};
            insert.addBindValue(taskId);
            insert.addBindValue(notice.year);
            insert.addBindValue(notice.serial);
            insert.addBindValue(day.toString(Qt::ISODate));
            insert.addBindValue(replyBy.toString(Qt::ISODate));
            if (!insert.exec())
                return m_connection.failQuery(insert);
            notices.append(notice);
        }
        return true;
    });
    return ok ? notices : QList<LedgerStore::IssuedNotice> {};
}

QList<LedgerStore::IssuedNotice> SqliteRecordRows::noticesIssued(const QDate &from, const QDate &to) const
{
    QList<LedgerStore::IssuedNotice> notices;
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT task_id, year, serial, issued, reply_by FROM notices WHERE issued >= ? AND issued <= ?"
              " ORDER BY issued, year, serial"_s);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return notices;
    while (q.next())
        notices.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
            QDate::fromString(q.value(3).toString(), Qt::ISODate), QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    return notices;
}

std::optional<LedgerStore::Bulletin> SqliteRecordRows::bulletinBefore(const QDate &day) const
{
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT issued, year, serial, figures FROM bulletins WHERE issued < ? ORDER BY issued DESC LIMIT 1"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LedgerStore::Bulletin {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(),
        q.value(2).toInt(), q.value(3).toString().toUtf8()};
}

int SqliteRecordRows::saveBulletin(const QDate &day, const QByteArray &figures)
{
    int serial = 0;
    const bool ok = m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"SELECT serial FROM bulletins WHERE issued = ?"_s);
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec())
            return m_connection.failQuery(q);
        if (q.next()) { // issued again the same day: the same bulletin, with today's figures
            serial = q.value(0).toInt();
            q.prepare(u"UPDATE bulletins SET figures = ? WHERE issued = ?"_s);
            q.addBindValue(QString::fromUtf8(figures));
            q.addBindValue(day.toString(Qt::ISODate));
            return q.exec() || m_connection.failQuery(q);
        }
        q.prepare(u"SELECT COUNT(*) FROM bulletins WHERE year = ?"_s);
        q.addBindValue(day.year());
        if (!q.exec() || !q.next())
            return m_connection.failQuery(q);
        serial = q.value(0).toInt() + 1;
        q.prepare(u"INSERT INTO bulletins (issued, year, serial, figures) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(day.year());
        q.addBindValue(serial);
        q.addBindValue(QString::fromUtf8(figures));
        return q.exec() || m_connection.failQuery(q);
    });
    return ok ? serial : 0;
}

} // namespace Taizhang
