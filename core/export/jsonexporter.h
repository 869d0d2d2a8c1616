#pragma once

#include <QString>

class QIODevice;

namespace Taizhang {

class LedgerStore;

// Writes the whole ledger as the stable JSON other tools read (`taizhang-cli export --format json`):
// {"format":"taizhang-ledger","version":1,"plans":[…],"tasks":[…]}. Tasks are streamed page by
// page, so a 100,000-task ledger never sits in memory as one JSON document.
class JsonExporter {
public:
    static constexpr int formatVersion = 1;

    // Returns an empty string on success, else what went wrong.
    static QString write(const LedgerStore &store, QIODevice *out);
};

} // namespace Taizhang
