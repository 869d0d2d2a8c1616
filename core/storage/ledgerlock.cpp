#include "ledgerlock.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Taizhang {

LedgerLock::LedgerLock(const QString &ledgerPath)
    : m_path(lockPath(ledgerPath))
    , m_file(m_path)
{
    m_file.setStaleLockTime(0); // stale only when its process is gone, however long it was held
}

void LedgerLock::clearAbandonedRemovalLock()
{
    // QLockFile guards the removal of a stale lock with LEDGER.lock.rmlock, and a kill during that
    // leaves it behind (empty, or naming a dead process); Qt would wait 30 s for it to age. Taken
    // and let go at once with a short stale time, Qt's own check removes it when abandoned.
    const QString removal = m_path + u".rmlock"_s;
    if (!QFileInfo::exists(removal))
        return;
    QLockFile guard(removal);
    guard.setStaleLockTime(emptyLockGraceSeconds * 1000);
    if (guard.tryLock(0))
        guard.unlock();
}

LedgerLock::Result LedgerLock::acquire()
{
    m_tookOverStale = false;
    clearAbandonedRemovalLock();
    const bool leftBefore = QFileInfo::exists(m_path);
    if (m_file.tryLock(0)) {
        // Qt removed a lock whose process is gone, or a check found the ledger damaged before
        m_tookOverStale = leftBefore || QFileInfo::exists(uncheckedPath());
        return Result::Acquired;
    }
    if (m_file.error() != QLockFile::LockFailedError)
        return Result::Unavailable;
    // A lock that names nobody was left by a Taizhang killed between creating the file and writing
    // who it is: no live process holds it. Only a moment old, it may still be being written.
    qint64 pid = 0;
    QString host, application;
    const QFileInfo file(m_path);
    if (!m_file.getLockInfo(&pid, &host, &application) && file.exists()
        && file.lastModified().secsTo(QDateTime::currentDateTime()) > emptyLockGraceSeconds) {
        m_file.removeStaleLockFile();
        if (m_file.tryLock(0)) {
            m_tookOverStale = true;
            return Result::Acquired;
        }
    }
    return Result::HeldElsewhere;
}

std::optional<LedgerLock::Holder> LedgerLock::holderInfo() const
{
    Holder holder;
    if (!m_file.getLockInfo(&holder.pid, &holder.host, &holder.application))
        return std::nullopt;
    holder.since = QFileInfo(m_path).lastModified();
    holder.onThisComputer = holder.host == QSysInfo::machineHostName();
    return holder;
}

QString LedgerLock::holder() const
{
    const std::optional<Holder> holder = holderInfo();
    if (!holder)
        return tr("another program");
    return tr("%1 on %2, process %3, since %4")
        .arg(holder->application.isEmpty() ? tr("a program") : holder->application, holder->host)
        .arg(holder->pid)
        .arg(holder->since.toString(u"yyyy-MM-dd HH:mm"_s)); // read alike in every language
}

bool LedgerLock::isBreakable() const
{
    const std::optional<Holder> holder = holderInfo();
    return holder && !holder->onThisComputer;
}

LedgerLock::Result LedgerLock::breakAndAcquire()
{
    if (!isBreakable())
        return acquire();
    m_file.removeStaleLockFile();
    const Result result = acquire();
    m_tookOverStale = result == Result::Acquired; // its holder never closed the ledger
    return result;
}

void LedgerLock::markDamaged()
{
    QFile mark(uncheckedPath());
    if (mark.open(QIODevice::WriteOnly | QIODevice::Truncate))
        mark.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + " failed a full check\n");
}

void LedgerLock::markChecked()
{
    QFile::remove(uncheckedPath());
}

QString LedgerLock::error() const
{
    switch (m_file.error()) {
    case QLockFile::PermissionError: return tr("its folder cannot be written");
    case QLockFile::UnknownError: return tr("the lock file could not be written: is the disk full?");
    default: return {};
    }
}

} // namespace Taizhang
