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

QList<Escalation> SqliteRecordRows::issueEscalations(
    const QList<LedgerStore::EscalationToIssue> &notices, const QDate &day, const QDate &replyBy)
{
    QList<Escalation> issued;
    const bool ok = m_connection.write([&] {
        QSqlQuery existing(m_connection.db()), last(m_connection.db()), insert(m_connection.db());
        existing.prepare(u"SELECT id, year, serial, reply_by FROM escalations WHERE task_id = ? AND level = ? AND issued = ?"_s);
        last.prepare(u"SELECT MAX(serial) FROM escalations WHERE level = ? AND year = ?"_s);
        insert.prepare(u"INSERT INTO escalations (task_id, level, year, serial, issued, reply_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const LedgerStore::EscalationToIssue &n : notices) {
            const QString level = EscalationLevels::id(n.level);
            existing.addBindValue(n.taskId);
            existing.addBindValue(level);
            existing.addBindValue(day.toString(Qt::ISODate));
            if (!existing.exec())
                return m_connection.failQuery(existing);
            if (existing.next()) { // printed again the same day: the same notice
                issued.append({existing.value(0).toLongLong(), n.taskId, n.level, existing.value(1).toInt(),
                    existing.value(2).toInt(), day, QDate::fromString(existing.value(3).toString(), Qt::ISODate)});
                continue;
            }
            last.addBindValue(level);
            last.addBindValue(day.year());
            if (!last.exec())
                return m_connection.failQuery(last);
            const int serial = (last.next() ? last.value(0).toInt() : 0) + 1;
            insert.addBindValue(n.taskId);
            insert.addBindValue(level);
            insert.addBindValue(day.year());
            insert.addBindValue(serial);
            insert.addBindValue(day.toString(Qt::ISODate));
            insert.addBindValue(replyBy.toString(Qt::ISODate));
            if (!insert.exec())
                return m_connection.failQuery(insert);
            issued.append({insert.lastInsertId().toLongLong(), n.taskId, n.level, day.year(), serial, day, replyBy});
        }
        return true;
    });
    return ok ? issued : QList<Escalation> {};
}

QList<Escalation> SqliteRecordRows::escalations() const
{
    QList<Escalation> all;
    QSqlQuery q(m_connection.db());
    // Format 9 and later.
    if (!q.exec(u"SELECT id, task_id, level, year, serial, issued, reply_by FROM escalations ORDER BY issued, id"_s))
        return all;
    while (q.next()) {
        Escalation e;
        e.id = q.value(0).toLongLong();
        e.taskId = q.value(1).toLongLong();
        EscalationLevels::fromId(q.value(2).toString(), &e.level);
        e.year = q.value(3).toInt();
        e.serial = q.value(4).toInt();
        e.issued = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.replyBy = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        all.append(e);
    }
    return all;
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
