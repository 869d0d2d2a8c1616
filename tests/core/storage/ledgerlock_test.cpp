#include "document/ledgerdocument.h"
#include "storage/ledgerlock.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
QString scratchLedger(const TestData::ScratchDir &dir)
{
    const QString path = dir.path(u"shared.taizhang"_s);
    SqliteLedgerStore store;
    EXPECT_TRUE(store.open(path, LedgerStore::OpenMode::CreateOrOpen));
    EXPECT_FALSE(store.insertDraft(TestData::lhasaDraft()).isEmpty());
    return path;
}
} // namespace

TEST(LedgerLock, shouldLetOneWriterHaveALedgerAndOthersReadIt)
{
    TestData::ScratchDir dir;
    const QString path = scratchLedger(dir);
    LedgerDocument first;
    ASSERT_TRUE(first.open(path)) << first.errorString().toStdString();
    EXPECT_TRUE(QFile::exists(LedgerLock::lockPath(path)));

    // A second writer is refused and told who has the ledger; reading it is fine.
    LedgerDocument second;
    EXPECT_FALSE(second.open(path));
    EXPECT_TRUE(second.isLockedElsewhere());
    EXPECT_TRUE(second.errorString().contains(u"shared.taizhang"_s)) << second.errorString().toStdString();
    EXPECT_TRUE(second.errorString().contains(QString::number(QCoreApplication::applicationPid())));
    ASSERT_TRUE(second.open(path, LedgerStore::OpenMode::ReadOnly));
    EXPECT_TRUE(second.isReadOnly());
    EXPECT_EQ(second.store().taskCount(), 103);

    // Once the first lets go, the ledger can be written again.
    first.open(dir.path(u"other.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen);
    EXPECT_FALSE(QFile::exists(LedgerLock::lockPath(path)));
    LedgerDocument third;
    EXPECT_TRUE(third.open(path)) << third.errorString().toStdString();
}

TEST(LedgerLock, shouldTakeOverALockLeftByACrashedTaizhang)
{
    TestData::ScratchDir dir;
    const QString path = scratchLedger(dir);
    // A lock as QLockFile writes it: held by a live process it stands, …
    // (QLockFile also checks that the process still runs the program that wrote the lock.)
    const QByteArray program = QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8();
    auto writeLock = [&path, &program](qint64 pid) {
        QFile lock(LedgerLock::lockPath(path));
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(QByteArray::number(pid) + '\n' + program + '\n' + QSysInfo::machineHostName().toUtf8() + '\n'
            + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
    };
    writeLock(QCoreApplication::applicationPid());
    {
        LedgerDocument refused;
        EXPECT_FALSE(refused.open(path));
        EXPECT_TRUE(refused.isLockedElsewhere());
    }

    // … held by a process that has ended (a crash), it is taken over.
    QProcess ended;
    ended.start(u"true"_s);
    ASSERT_TRUE(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    ASSERT_TRUE(ended.waitForFinished());
    writeLock(deadPid);
    LedgerDocument document;
    EXPECT_TRUE(document.open(path)) << document.errorString().toStdString();
    EXPECT_FALSE(document.isReadOnly());
}

TEST(LedgerLock, shouldTakeOverAnEmptyLockLeftByAKillBetweenCreatingAndWritingIt)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"L.taizhang"_s);
    QFile lock(LedgerLock::lockPath(ledger));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly)); // 0 bytes: names nobody
    lock.close();
    {
        // a moment old, it may still be being written: left alone
        LedgerLock fresh(ledger);
        EXPECT_EQ(fresh.acquire(), LedgerLock::Result::HeldElsewhere);
    }
    ASSERT_TRUE(lock.open(QIODevice::ReadWrite));
    ASSERT_TRUE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    lock.close();
    LedgerLock old(ledger);
    EXPECT_EQ(old.acquire(), LedgerLock::Result::Acquired);
}
