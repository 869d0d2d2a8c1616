#include "ledgerstore.h"

#include "ledgerlocation.h"
#include "sqlite/sqliteledgerstore.h"

namespace Taizhang {

std::unique_ptr<LedgerStore> LedgerStore::create(const QString &location, QString *error)
{
    // A new backend is one more case here; nothing above the seam changes.
    switch (LedgerLocation(location).kind()) {
    case LedgerLocation::Kind::File: return std::make_unique<SqliteLedgerStore>();
    case LedgerLocation::Kind::Server: break;
    }
    if (error)
        *error = tr("%1 is a ledger on a database server; this version of Taizhang opens ledger files only.")
                     .arg(LedgerLocation(location).displayName());
    return nullptr;
}

} // namespace Taizhang
