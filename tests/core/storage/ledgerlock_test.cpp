#include "document/ledgerdocument.h"
#include "storage/ledgerlock.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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

namespace {
// A lock as QLockFile writes it, from the given process, program and computer.
void writeLockFile(const QString &ledger, qint64 pid, const QByteArray &program, const QByteArray &host,
    const QByteArray &machine, const QDateTime &written = QDateTime::currentDateTime())
{
    QFile lock(LedgerLock::lockPath(ledger));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lock.write(QByteArray::number(pid) + '\n' + program + '\n' + host + '\n' + machine + '\n' + QSysInfo::bootUniqueId()
        + '\n');
    lock.flush(); // before the time is set, or the write sets it again
    ASSERT_TRUE(lock.setFileTime(written, QFileDevice::FileModificationTime));
}

qint64 endedProcess()
{
    QProcess ended;
    ended.start(u"true"_s);
    ended.waitForStarted();
    const qint64 pid = ended.processId();
    ended.waitForFinished();
    return pid;
}
} // namespace

TEST(LedgerLock, shouldNotWaitForARemovalGuardLeftByAKill)
{
    // GIVEN a crashed Taizhang's lock and the empty .rmlock a kill during its removal left
    TestData::ScratchDir dir;
    const QString ledger = scratchLedger(dir);
    const QByteArray program = QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8();
    writeLockFile(ledger, endedProcess(), program, QSysInfo::machineHostName().toUtf8(), QSysInfo::machineUniqueId());
    QFile guard(LedgerLock::lockPath(ledger) + u".rmlock"_s);
    ASSERT_TRUE(guard.open(QIODevice::WriteOnly));
    guard.close();
    ASSERT_TRUE(guard.open(QIODevice::ReadWrite));
    ASSERT_TRUE(guard.setFileTime(QDateTime::currentDateTime().addSecs(-10), QFileDevice::FileModificationTime));
    guard.close();
    // WHEN the ledger is opened, THEN at once, not after Qt's 30 s, and it is known to have been
    // left open (so it gets a full check)
    QElapsedTimer timer;
    timer.start();
    LedgerLock lock(ledger);
    EXPECT_EQ(lock.acquire(), LedgerLock::Result::Acquired);
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_TRUE(lock.tookOverStale());
    EXPECT_FALSE(QFile::exists(guard.fileName()));
}

TEST(LedgerLock, shouldShowWhoLockedItFromAnotherComputerAndLetTheUserBreakIt)
{
    // GIVEN a lock written by a Taizhang on another PC of the office, two hours ago
    TestData::ScratchDir dir;
    const QString ledger = scratchLedger(dir);
    const QDateTime since = QDateTime::currentDateTime().addSecs(-7200);
    writeLockFile(ledger, 4242, "taizhang", "office-pc-7", "0123456789abcdef0123456789abcdef", since);

    // WHEN it is opened here, THEN it is refused, naming that computer and since when, breakable
    LedgerDocument document;
    EXPECT_FALSE(document.open(ledger));
    EXPECT_TRUE(document.isLockedElsewhere());
    EXPECT_TRUE(document.isLockBreakable());
    EXPECT_TRUE(document.errorString().contains(u"office-pc-7"_s)) << document.errorString().toStdString();
    EXPECT_TRUE(document.errorString().contains(since.toString(u"yyyy-MM-dd HH:mm"_s)))
        << document.errorString().toStdString() << " / "
        << since.toString(u"yyyy-MM-dd HH:mm"_s).toStdString();
    // AND once the user says that Taizhang is gone, the lock is this one's
    ASSERT_TRUE(document.breakLockAndOpen(ledger)) << document.errorString().toStdString();
    EXPECT_FALSE(document.isReadOnly());
    EXPECT_TRUE(document.setTaskField(1, TaskField::Remarks, u"接手编辑"_s));
    LedgerLock mine(ledger);
    EXPECT_EQ(mine.acquire(), LedgerLock::Result::HeldElsewhere);
    EXPECT_TRUE(mine.holderInfo()->onThisComputer);
    EXPECT_FALSE(mine.isBreakable()) << "a live Taizhang on this computer is never overruled";
}

TEST(LedgerLock, shouldOpenReadOnlyWhenNoLockCanBeWrittenOnAFullDisk)
{
    // GIVEN a ledger on a disk with no room left (a small tmpfs: root only, as in CI)
    TAIZHANG_NEEDS_SMALL_DISK();
    TestData::SmallDisk disk(u"256k"_s);
    ASSERT_TRUE(disk.isMounted());
    const QString ledger = disk.path(u"full.taizhang"_s);
    {
        SqliteLedgerStore store;
        ASSERT_TRUE(store.open(ledger, LedgerStore::OpenMode::CreateOrOpen));
    }
    disk.fill();

    // WHEN it is opened for writing, THEN read-only, saying why, and nothing is written unlocked
    LedgerDocument document;
    ASSERT_TRUE(document.open(ledger)) << document.errorString().toStdString();
    EXPECT_TRUE(document.isReadOnly());
    EXPECT_TRUE(document.readOnlyReason().contains(u"full"_s)) << document.readOnlyReason().toStdString();
    EXPECT_FALSE(QFile::exists(LedgerLock::lockPath(ledger)));

    // AND a new ledger there is not created at all (no 0-byte file), with the reason
    LedgerDocument fresh;
    EXPECT_FALSE(fresh.open(disk.path(u"new.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    EXPECT_TRUE(fresh.errorString().contains(u"full"_s)) << fresh.errorString().toStdString();
    EXPECT_FALSE(QFile::exists(disk.path(u"new.taizhang"_s)));
}

TEST(LedgerLock, shouldCheckALedgerFullyAfterAnUncleanCloseAndNeverWriteIntoADamagedOne)
{
    // GIVEN a ledger whose index no longer matches its table (a quick check passes it, a full one
    // does not), left locked by a Taizhang that crashed
    TestData::ScratchDir dir;
    const QString ledger = scratchLedger(dir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(ledger);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA writable_schema = ON"_s));
        ASSERT_TRUE(q.exec(u"UPDATE sqlite_master SET sql = 'CREATE INDEX tasks_due ON tasks(title)'"
                           " WHERE name = 'tasks_due'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    {
        SqliteLedgerStore cleanly; // opened normally, the quick check lets it through
        ASSERT_TRUE(cleanly.open(ledger, LedgerStore::OpenMode::ReadOnly)) << cleanly.lastError().message.toStdString();
        EXPECT_FALSE(cleanly.checkIntegrity());
    }
    const QByteArray program = QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8();
    writeLockFile(ledger, endedProcess(), program, QSysInfo::machineHostName().toUtf8(), QSysInfo::machineUniqueId());
    QFile file(ledger);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // WHEN opened for writing, THEN refused as damaged, nothing written, and it can still be read
    LedgerDocument document;
    EXPECT_FALSE(document.open(ledger));
    EXPECT_TRUE(document.isDamaged());
    EXPECT_TRUE(document.errorString().contains(u"full check"_s)) << document.errorString().toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
    file.close();
    ASSERT_TRUE(document.open(ledger, LedgerStore::OpenMode::ReadOnly));
    EXPECT_EQ(document.store().taskCount(), 103);

    // AND the next writer is refused too, though the crashed Taizhang's lock is gone now
    LedgerDocument again;
    EXPECT_FALSE(again.open(ledger));
    EXPECT_TRUE(again.isDamaged());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST(LedgerLock, shouldCheckFullyOnlyAfterAnUncleanClose)
{
    TestData::ScratchDir dir;
    const QString ledger = scratchLedger(dir);
    {
        LedgerLock first(ledger);
        ASSERT_EQ(first.acquire(), LedgerLock::Result::Acquired);
        EXPECT_FALSE(first.tookOverStale()) << "a ledger closed cleanly opens without the slow check";
    }
    const QByteArray program = QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8();
    writeLockFile(ledger, endedProcess(), program, QSysInfo::machineHostName().toUtf8(), QSysInfo::machineUniqueId());
    LedgerDocument document; // taken over from a crash, checked, found sound: opened for writing
    ASSERT_TRUE(document.open(ledger)) << document.errorString().toStdString();
    EXPECT_FALSE(document.isReadOnly());
    EXPECT_FALSE(QFile::exists(LedgerLock::lockPath(ledger) + u".unchecked"_s));
}
