#include "ledgerlock.h"

#include <QDateTime>
#include <QFileInfo>

namespace Taizhang {

LedgerLock::LedgerLock(const QString &ledgerPath)
    : m_path(lockPath(ledgerPath))
    , m_file(m_path)
{
    m_file.setStaleLockTime(0); // stale only when its process is gone, however long it was held
}

LedgerLock::Result LedgerLock::acquire()
{
    if (m_file.tryLock(0))
        return Result::Acquired;
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
        if (m_file.tryLock(0))
            return Result::Acquired;
    }
    return Result::HeldElsewhere;
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
