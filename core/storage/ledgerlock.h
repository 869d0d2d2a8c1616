#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace Taizhang {

// One writer per ledger: a lock file beside it (`LEDGER.lock`), so a second Taizhang (another
// process, another user on a shared folder) is told who has the ledger and can open it read-only.
// A lock left behind by a Taizhang that crashed is taken over: QLockFile sees its process is gone.
class LedgerLock {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerLock)

public:
    explicit LedgerLock(const QString &ledgerPath);

    enum class Result {
        Acquired,
        HeldElsewhere, // another Taizhang has it: holder() says who
        Unavailable, // no lock can be made here (a read-only folder): nobody can write there either
    };
    Result acquire();
    QString holder() const; // "host, process 1234 (taizhang)"

    static QString lockPath(const QString &ledgerPath) { return ledgerPath + QStringLiteral(".lock"); }

    static constexpr int emptyLockGraceSeconds = 5;

private:
    QString m_path;
    QLockFile m_file;
};

} // namespace Taizhang
