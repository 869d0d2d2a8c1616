#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Taizhang {

class SqliteConnection;

// Units and their aliases (a merge or rename). Names are looked up once per connection: an
// import names the same few hundred units thousands of times.
class SqliteUnitRows {
public:
    explicit SqliteUnitRows(SqliteConnection &connection);

    // The unit's id, created when new; an alias resolves to its unit. 0 on failure (inside a write).
    qint64 idOf(const QString &name);
    void forgetIds() { m_ids.clear(); }

    QStringList names() const;
    bool setAlias(const QString &alias, const QString &unit);
    bool removeAlias(const QString &alias);
    QHash<QString, QString> aliases() const;

private:
    SqliteConnection &m_connection;
    QHash<QString, qint64> m_ids; // name or alias -> unit id, filled as names are met
};

} // namespace Taizhang
