#include "document/ledgerdocument.h"
#include "ledgerwindows.h"
#include "storage/ledgerlock.h"
#include "runninginstance.h"
#include "samplewindowtest.h"

#include <QFile>
#include <QSignalSpy>
#include <QUuid>

#include <future>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class LedgerWindowsTest : public SampleWindowTest {
protected:
    QString copyOfSample(const QString &name)
    {
        const QString path = dir.path(name);
        EXPECT_TRUE(QFile::copy(samplePath, path));
        return path;
    }
};
} // namespace

TEST_F(LedgerWindowsTest, shouldNeverOpenOneLedgerForTwoWriters)
{
    // Another Taizhang (here: another window) has the sample: a second window may only read it.
    MainWindow second;
    std::optional<QString> asked;
    second.readOnlyPrompt = [&asked](const QString &question) {
        asked = question;
        return false;
    };
    EXPECT_FALSE(second.openLedger(samplePath));
    ASSERT_TRUE(asked.has_value());
    EXPECT_TRUE(asked->contains(u"another Taizhang"_s)) << asked->toStdString();
    EXPECT_EQ(second.document(), nullptr);

    second.readOnlyPrompt = [](const QString &) { return true; };
    ASSERT_TRUE(second.openLedger(samplePath));
    EXPECT_TRUE(second.document()->isReadOnly());
    EXPECT_FALSE(window.document()->isReadOnly());
}

TEST_F(LedgerWindowsTest, shouldRaiseTheWindowThatShowsALedgerInsteadOfOpeningItAgain)
{
    // The fixture's window moves to another ledger and lets go of the sample.
    ASSERT_TRUE(window.openLedger(copyOfSample(u"elsewhere.taizhang"_s)));
    LedgerWindows windows;
    MainWindow *first = windows.open(samplePath);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(windows.open(samplePath), first);
    EXPECT_EQ(windows.windows().size(), 1);

    MainWindow *other = windows.open(copyOfSample(u"second.taizhang"_s));
    ASSERT_NE(other, nullptr);
    EXPECT_NE(other, first);
    EXPECT_EQ(windows.windows().size(), 2);
    EXPECT_EQ(windows.windowFor(samplePath), first);

    // File → Open in the other window, of the ledger the first shows: the first comes forward.
    const QString secondPath = other->document()->path();
    EXPECT_TRUE(other->openLedger(samplePath));
    EXPECT_EQ(other->document()->path(), secondPath) << "the other window keeps its own ledger";
    EXPECT_EQ(windows.windows().size(), 2);
}

TEST(RunningInstance, shouldHandFilesToTheRunningTaizhang)
{
    const QString name = u"taizhang-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
    EXPECT_FALSE(RunningInstance(name).handOver({u"/nowhere.taizhang"_s})) << "nobody runs yet";

    RunningInstance running(name);
    ASSERT_TRUE(running.listen());
    QSignalSpy received(&running, &RunningInstance::filesReceived);
    // The second start blocks until it is answered, so it runs beside this thread's event loop.
    std::future<bool> handed = std::async(std::launch::async, [name] {
        return RunningInstance(name).handOver({u"/data/a.taizhang"_s, u"/data/b.taizhang"_s});
    });
    ASSERT_TRUE(received.wait(5000));
    EXPECT_EQ(received.at(0).at(0).toStringList(), (QStringList {u"/data/a.taizhang"_s, u"/data/b.taizhang"_s}));
    EXPECT_TRUE(handed.get());
}

TEST_F(LedgerWindowsTest, shouldAskBeforeBreakingALockLeftByAnotherComputer)
{
    // GIVEN a copy of the sample locked by a Taizhang on another PC of the office
    const QString ledger = copyOfSample(u"shared.taizhang"_s);
    QFile lock(LedgerLock::lockPath(ledger));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write("4242\ntaizhang\noffice-pc-7\n0123456789abcdef0123456789abcdef\nboot\n");
    lock.close();
    MainWindow second;
    std::optional<QString> asked;
    second.foreignLockPrompt = [&asked](const QString &explanation) {
        asked = explanation;
        return MainWindow::ForeignLockChoice::ReadOnly;
    };
    // WHEN opened, THEN the user is asked (naming that computer); read-only keeps the lock theirs
    ASSERT_TRUE(second.openLedger(ledger));
    ASSERT_TRUE(asked.has_value());
    EXPECT_TRUE(asked->contains(u"office-pc-7"_s)) << asked->toStdString();
    EXPECT_TRUE(second.document()->isReadOnly());
    // AND told that Taizhang is gone, the window takes the ledger for writing
    second.foreignLockPrompt = [](const QString &) { return MainWindow::ForeignLockChoice::BreakLock; };
    ASSERT_TRUE(second.openLedger(ledger));
    EXPECT_FALSE(second.document()->isReadOnly());
    EXPECT_TRUE(second.document()->setTaskField(1, TaskField::Remarks, u"接手"_s));
}
