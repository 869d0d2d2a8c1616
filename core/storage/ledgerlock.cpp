#include "ledgerlock.h"

namespace Taizhang {

LedgerLock::LedgerLock(const QString &ledgerPath)
    : m_file(lockPath(ledgerPath))
{
    m_file.setStaleLockTime(0); // stale only when its process is gone, however long it was held
}

LedgerLock::Result LedgerLock::acquire()
{
    if (m_file.tryLock(0))
        return Result::Acquired;
    return m_file.error() == QLockFile::LockFailedError ? Result::HeldElsewhere : Result::Unavailable;
}

QString LedgerLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_file.getLockInfo(&pid, &host, &application))
        return tr("another program");
    return tr("%1 on %2, process %3").arg(application.isEmpty() ? tr("a program") : application, host).arg(pid);
}

} // namespace Taizhang
