#pragma once

#include <QString>

namespace Taizhang {

// Why the ledger could not be opened or written, in terms a user can act on.
struct StoreError {
    enum class Kind {
        None,
        NotALedger, // not a SQLite file, or a SQLite file of another program
        NewerVersion, // made by a newer Taizhang: refused rather than damaged
        Corrupt, // fails the integrity check or is truncated
        Hostile, // holds triggers or views Taizhang never creates
        Locked, // another process holds a write lock
        ReadOnly, // file or folder not writable
        DiskFull,
        Io,
        Other,
    };
    Kind kind = Kind::None;
    QString message; // translated, complete sentence

    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace Taizhang
