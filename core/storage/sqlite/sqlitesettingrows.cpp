#include "sqlitesettingrows.h"

#include "sqliteconnection.h"
#include "sqlitevalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

SqliteSettingRows::SqliteSettingRows(SqliteConnection &connection)
    : m_connection(connection)
{
}

QString SqliteSettingRows::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

bool SqliteSettingRows::setSettings(const QList<std::pair<QString, QString>> &values)
{
    return m_connection.write([&] {
        QSqlQuery remove(m_connection.db());
        remove.prepare(u"DELETE FROM settings WHERE key = ?"_s);
        QSqlQuery insert(m_connection.db());
        insert.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
        for (const auto &[key, value] : values) {
            remove.addBindValue(key);
            if (!remove.exec())
                return m_connection.failQuery(remove);
            insert.addBindValue(key);
            insert.addBindValue(SqliteValues::text(value));
            if (!insert.exec())
                return m_connection.failQuery(insert);
        }
        return true;
    });
}

} // namespace Taizhang
