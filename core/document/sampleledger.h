#pragma once

#include <QString>

namespace Taizhang {

// The ledger a first start opens: built once from the bundled Lhasa 2021 ledger table into the
// user's data folder, so the user has something real to look at and try things on.
class SampleLedger {
public:
    // Returns the sample ledger's path in `dataDir`, creating it from `sourcePath` if needed;
    // an empty string (and `error`) when it could not be made.
    static QString ensure(const QString &dataDir, const QString &sourcePath, QString *error);
    static QString fileName();
};

} // namespace Taizhang
