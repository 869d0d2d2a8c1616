#pragma once

#include <QString>

namespace Taizhang {

// Reads the first 100 bytes of a file, the SQLite header, to tell a ledger from anything else
// before SQLite touches it: a foreign file is refused without a journal being created beside it.
struct LedgerFileProbe {
    enum class Kind { Missing, Empty, NotSqlite, ForeignSqlite, Ledger };

    static constexpr quint32 applicationId = 0x545A4C47; // "TZLG"

    Kind kind = Kind::Missing;
    quint32 fileApplicationId = 0;
    qint64 userVersion = 0; // the schema version the file claims (an unsigned 32-bit field)

    static LedgerFileProbe inspect(const QString &path);
};

} // namespace Taizhang
