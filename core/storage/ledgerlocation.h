#pragma once

#include <QString>
#include <QUrl>

namespace Taizhang {

// Where a ledger lives: a file on this computer or a shared folder, or a database on a server
// (libpq's connection URI, postgresql://user@host:port/database). Only the location knows which;
// everything above the storage seam passes it on as the string the user chose.
class LedgerLocation {
public:
    enum class Kind { File, Server };

    explicit LedgerLocation(const QString &location);

    Kind kind() const { return m_kind; }
    bool isFile() const { return m_kind == Kind::File; }
    QString toString() const { return m_location; }
    // For a title bar: the file's name, or "database on host" (never the password).
    QString displayName() const;
    QUrl url() const { return m_url; } // a server's URL; empty for a file

    static bool isServerUrl(const QString &location);

private:
    QString m_location;
    Kind m_kind = Kind::File;
    QUrl m_url;
};

} // namespace Taizhang
