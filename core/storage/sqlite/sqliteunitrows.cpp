#include "sqliteunitrows.h"

#include "sqliteconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

SqliteUnitRows::SqliteUnitRows(SqliteConnection &connection)
    : m_connection(connection)
{
}

qint64 SqliteUnitRows::idOf(const QString &name)
{
    if (auto it = m_ids.constFind(name); it != m_ids.cend())
        return *it;
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT unit_id FROM unit_aliases WHERE alias = ?"_s);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return m_ids[name] = q.value(0).toLongLong();
    q.prepare(u"SELECT id FROM units WHERE name = ?"_s);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return m_ids[name] = q.value(0).toLongLong();
    q.prepare(u"INSERT INTO units (name) VALUES (?)"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        m_connection.failQuery(q);
        return 0;
    }
    return m_ids[name] = q.lastInsertId().toLongLong();
}

QStringList SqliteUnitRows::names() const
{
    QStringList names;
    QSqlQuery q(m_connection.db());
    q.exec(u"SELECT name FROM units WHERE id IN (SELECT unit_id FROM task_units) ORDER BY name"_s);
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

bool SqliteUnitRows::setAlias(const QString &alias, const QString &unit)
{
    return m_connection.write([&] {
        const qint64 id = idOf(unit);
        if (id == 0)
            return false;
        QSqlQuery q(m_connection.db());
        q.prepare(u"DELETE FROM unit_aliases WHERE alias = ?"_s); // portable "insert or replace"
        q.addBindValue(alias);
        if (!q.exec())
            return m_connection.failQuery(q);
        q.prepare(u"INSERT INTO unit_aliases (alias, unit_id) VALUES (?, ?)"_s);
        q.addBindValue(alias);
        q.addBindValue(id);
        if (!q.exec())
            return m_connection.failQuery(q);
        m_ids.remove(alias);
        return true;
    });
}

bool SqliteUnitRows::removeAlias(const QString &alias)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"DELETE FROM unit_aliases WHERE alias = ?"_s);
        q.addBindValue(alias);
        if (!q.exec())
            return m_connection.failQuery(q);
        m_ids.remove(alias);
        return true;
    });
}

QHash<QString, QString> SqliteUnitRows::aliases() const
{
    QHash<QString, QString> aliases;
    QSqlQuery q(m_connection.db());
    q.exec(u"SELECT a.alias, u.name FROM unit_aliases a JOIN units u ON u.id = a.unit_id"_s);
    while (q.next())
        aliases.insert(q.value(0).toString(), q.value(1).toString());
    return aliases;
}

} // namespace Taizhang
