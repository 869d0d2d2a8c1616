#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Taizhang {

class SqliteConnection;

// The ledger's own key/value settings (office name, notice numbering …).
class SqliteSettingRows {
public:
    explicit SqliteSettingRows(SqliteConnection &connection);

    QString setting(const QString &key, const QString &fallback) const;
    bool setSettings(const QList<std::pair<QString, QString>> &values);

private:
    SqliteConnection &m_connection;
};

} // namespace Taizhang
