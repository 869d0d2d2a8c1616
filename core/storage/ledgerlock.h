#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <optional>

namespace Taizhang {

// One writer per ledger: a lock file beside it (`LEDGER.lock`), so a second Taizhang (another
// process, another user on a shared folder) is told who has the ledger and can open it read-only.
// A lock left behind by a Taizhang that crashed on this computer is taken over (its process is
// gone); one from another computer cannot be judged from here, so the user is shown who and since
// when, and may break it.
class LedgerLock {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerLock)

public:
    explicit LedgerLock(const QString &ledgerPath);

    enum class Result {
        Acquired,
        HeldElsewhere, // another Taizhang has it: holder() says who
        Unavailable, // no lock can be made here (a read-only folder, a full disk): error() says why
    };
    Result acquire();
    // The lock was taken over from a Taizhang that did not close the ledger (it crashed or was
    // killed): its last writes may have been cut short, so the ledger deserves a full check.
    bool tookOverStale() const { return m_tookOverStale; }

    struct Holder {
        qint64 pid = 0;
        QString host;
        QString application;
        QDateTime since; // when the lock was written
        bool onThisComputer = false;
    };
    std::optional<Holder> holderInfo() const;
    QString holder() const; // "taizhang on office-pc-3, process 1234, since 2024-06-03 09:12"
    // Whether the user may break it: a lock of another computer, which cannot tell from here
    // whether that Taizhang still runs. On this computer a live holder is never overruled.
    bool isBreakable() const;
    // Removes another computer's lock (the user confirmed that Taizhang is gone) and takes it.
    Result breakAndAcquire();
    // A ledger found damaged after an unclean close stays marked (LEDGER.lock.unchecked), so the
    // next writer checks it fully too; markChecked() takes the mark away once a check passed.
    void markDamaged();
    void markChecked();
    // Why a lock could not be made, for Result::Unavailable.
    QString error() const;

    static QString lockPath(const QString &ledgerPath) { return ledgerPath + QStringLiteral(".lock"); }

    static constexpr int emptyLockGraceSeconds = 5;

private:
    void clearAbandonedRemovalLock();
    QString uncheckedPath() const { return m_path + QStringLiteral(".unchecked"); }

    QString m_path;
    QLockFile m_file;
    bool m_tookOverStale = false;
};

} // namespace Taizhang
