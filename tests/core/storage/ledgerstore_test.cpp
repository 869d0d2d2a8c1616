#include "storage/ledgerlocation.h"
#include "storage/ledgerstore.h"
#include "storage/sqlite/ledgerfileprobe.h"
#include "storage/sqlite/schemamigrator.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
QList<Task> allTasks(const LedgerStore &store)
{
    return store.taskPage(0, 1000000, LedgerStore::Detail::Full);
}

// Runs SQL on a file behind LedgerStore's back, as another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &sql : statements)
            ASSERT_TRUE(QSqlQuery(db).exec(sql)) << sql.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}
} // namespace

TEST(LedgerStore, shouldRoundTripTheWholeLhasaLedger)
{
    // GIVEN the Lhasa ledger stored in a new file
    TestData::ScratchDir dir;
    const ImportDraft draft = TestData::lhasaDraft();
    const QString path = dir.path(u"lhasa.taizhang"_s);
    {
        SqliteLedgerStore store;
        ASSERT_TRUE(store.open(path, LedgerStore::OpenMode::CreateOrOpen)) << store.lastError().message.toStdString();
        ASSERT_EQ(store.insertDraft(draft).size(), 1) << store.lastError().message.toStdString();
    }
    // WHEN it is opened again
    SqliteLedgerStore store;
    ASSERT_TRUE(store.open(path)) << store.lastError().message.toStdString();
    // THEN every task reads back as it was drafted
    const QList<Task> tasks = allTasks(store);
    const QList<DraftTask> &drafted = draft.plans.constFirst().tasks;
    ASSERT_EQ(tasks.size(), drafted.size());
    for (int i = 0; i < tasks.size(); ++i) {
        const Task &expected = drafted[i].task;
        EXPECT_EQ(tasks[i].number, expected.number);
        EXPECT_EQ(tasks[i].part, expected.part);
        EXPECT_EQ(tasks[i].title, expected.title);
        EXPECT_EQ(tasks[i].requirement, expected.requirement);
        EXPECT_EQ(tasks[i].leadUnits, expected.leadUnits);
        EXPECT_EQ(tasks[i].coUnits, expected.coUnits);
        EXPECT_EQ(tasks[i].deadline, expected.deadline);
        EXPECT_EQ(tasks[i].milestones, expected.milestones);
        EXPECT_EQ(tasks[i].status, expected.status);
    }
    const QList<Plan> plans = store.plans();
    ASSERT_EQ(plans.size(), 1);
    EXPECT_EQ(plans.constFirst().year, 2021);
    EXPECT_EQ(store.sections().size(), 20);
    EXPECT_TRUE(store.unitNames().contains(u"市市场监管局"_s));
}

TEST(LedgerStore, shouldStampTheFileAsALedger)
{
    TestData::ScratchDir dir;
    const QString path = dir.path(u"new.taizhang"_s);
    {
        SqliteLedgerStore store;
        ASSERT_TRUE(store.open(path, LedgerStore::OpenMode::CreateOrOpen));
    }
    const LedgerFileProbe probe = LedgerFileProbe::inspect(path);
    EXPECT_EQ(probe.kind, LedgerFileProbe::Kind::Ledger);
    EXPECT_EQ(probe.userVersion, SchemaMigrator::currentVersion);
}

TEST(LedgerStore, shouldSaveEditsAndProgressAtOnce)
{
    TestData::ScratchDir dir;
    const QString path = dir.path(u"edit.taizhang"_s);
    SqliteLedgerStore store;
    ASSERT_TRUE(store.open(path, LedgerStore::OpenMode::CreateOrOpen));
    ASSERT_FALSE(store.insertDraft(TestData::lhasaDraft()).isEmpty());
    Task task = *store.task(1);
    task.status = TaskStatus::Blocked;
    task.leadUnits = {u"市发改委"_s, u"新单位"_s};
    task.problems = u"经费未落实"_s;
    ASSERT_TRUE(store.saveTasks({task}));
    const qint64 entry
        = store.addProgress(task.id, {0, QDate(2021, 5, 10), u"市发改委"_s, 40, u"已完成系统招标"_s, u"张三"_s});
    ASSERT_NE(entry, 0);

    // A second connection, as after a crash, sees all of it.
    SqliteLedgerStore reader;
    ASSERT_TRUE(reader.open(path, LedgerStore::OpenMode::ReadOnly));
    const Task read = *reader.task(task.id);
    EXPECT_EQ(read.status, TaskStatus::Blocked);
    EXPECT_EQ(read.leadUnits, (QStringList {u"市发改委"_s, u"新单位"_s}));
    EXPECT_EQ(read.problems, u"经费未落实"_s);
    ASSERT_EQ(read.progress.size(), 1);
    EXPECT_EQ(read.progress.constFirst().percent, 40);
    EXPECT_EQ(read.progress.constFirst().text, u"已完成系统招标"_s);
    EXPECT_EQ(reader.taskPage(0, 1).constFirst().latestProgress()->text, u"已完成系统招标"_s);

    // A read-only ledger refuses writes with a reason.
    EXPECT_FALSE(reader.saveTasks({read}));
    EXPECT_EQ(reader.lastError().kind, StoreError::Kind::ReadOnly);
}

TEST(LedgerStore, shouldMigrateALedgerFromAnOlderVersion)
{
    // GIVEN a version-1 ledger holding one plan and task
    TestData::ScratchDir dir;
    const QString path = dir.path(u"old.taizhang"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(SchemaMigrator::createAtVersion(db, 1).isEmpty());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"INSERT INTO plans (id, title, year) VALUES (1, '旧台账', 2020)"_s));
        ASSERT_TRUE(q.exec(u"INSERT INTO tasks (id, plan_id, number, title, created, updated)"
                           " VALUES (1, 1, '1', '旧任务', '2020-01-01', '2020-01-01')"_s));
        // Two tasks finished before completion dates were kept: one with progress reports, one without.
        ASSERT_TRUE(q.exec(u"INSERT INTO tasks (id, plan_id, number, title, status, created, updated)"
                           " VALUES (2, 1, '2', '已办完', 'done', '2020-01-01', '2020-05-20T08:00:00.000Z'),"
                           " (3, 1, '3', '已销号', 'closed', '2020-01-01', '2020-06-02T08:00:00.000Z')"_s));
        ASSERT_TRUE(q.exec(u"INSERT INTO progress (task_id, reported, text, created) VALUES"
                           " (2, '2020-03-01', '启动', '2020-03-01'), (2, '2020-04-15', '完成', '2020-04-15')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    ASSERT_EQ(LedgerFileProbe::inspect(path).userVersion, 1);

    // WHEN it is opened
    SqliteLedgerStore store;
    ASSERT_TRUE(store.open(path)) << store.lastError().message.toStdString();

    // THEN it is at the current version, its data intact, the new tables usable
    EXPECT_EQ(LedgerFileProbe::inspect(path).userVersion, SchemaMigrator::currentVersion);
    EXPECT_EQ(store.task(1)->title, u"旧任务"_s);
    EXPECT_FALSE(store.task(1)->completed.isValid());
    // Finished tasks get an estimated completion day: the last report's, else their last change's.
    EXPECT_EQ(store.task(2)->completed, QDate(2020, 4, 15));
    EXPECT_TRUE(store.task(2)->completionEstimated);
    EXPECT_FALSE(store.task(2)->closedOn.isValid());
    EXPECT_EQ(store.task(3)->completed, QDate(2020, 6, 2));
    EXPECT_EQ(store.task(3)->closedOn, QDate(2020, 6, 2));
    EXPECT_TRUE(store.setSetting(u"office"_s, u"拉萨市营商环境办"_s));
    EXPECT_EQ(store.setting(u"office"_s), u"拉萨市营商环境办"_s);
}

TEST(LedgerStore, shouldRefuseForeignFilesAndLeaveThemUntouched)
{
    TestData::ScratchDir dir;
    // Not a database at all
    const QString text = dir.path(u"notes.taizhang"_s);
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("这不是台账 just some text\n");
    file.close();
    // Another program's SQLite database
    const QString foreign = dir.path(u"other.db"_s);
    rawExec(foreign, {u"CREATE TABLE contacts (name TEXT)"_s});
    // An empty file
    const QString empty = dir.path(u"empty.taizhang"_s);
    QFile(empty).open(QIODevice::WriteOnly);

    for (const QString &path : {text, foreign, empty}) {
        const QByteArray before = fileBytes(path);
        SqliteLedgerStore store;
        EXPECT_FALSE(store.open(path)) << path.toStdString();
        EXPECT_EQ(store.lastError().kind, StoreError::Kind::NotALedger);
        EXPECT_FALSE(store.lastError().message.isEmpty());
        EXPECT_EQ(fileBytes(path), before);
        EXPECT_FALSE(QFile::exists(path + u"-journal"_s));
    }
}

TEST(LedgerStore, shouldRefuseALedgerFromANewerVersion)
{
    TestData::ScratchDir dir;
    const QString path = dir.path(u"future.taizhang"_s);
    {
        SqliteLedgerStore store;
        ASSERT_TRUE(store.open(path, LedgerStore::OpenMode::CreateOrOpen));
    }
    rawExec(path, {u"PRAGMA user_version = 99"_s});
    const QByteArray before = fileBytes(path);
    SqliteLedgerStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_EQ(store.lastError().kind, StoreError::Kind::NewerVersion);
    EXPECT_EQ(fileBytes(path), before);
}

TEST(LedgerStore, shouldRefuseALedgerCarryingTriggers)
{
    TestData::ScratchDir dir;
    const QString path = dir.path(u"hostile.taizhang"_s);
    {
        SqliteLedgerStore store;
        ASSERT_TRUE(store.open(path, LedgerStore::OpenMode::CreateOrOpen));
    }
    rawExec(path, {u"CREATE TRIGGER wipe AFTER UPDATE ON tasks BEGIN DELETE FROM plans; END"_s});
    SqliteLedgerStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_EQ(store.lastError().kind, StoreError::Kind::Hostile);
}

TEST(LedgerStore, shouldRefuseADamagedLedger)
{
    TestData::ScratchDir dir;
    const QString path = dir.path(u"damaged.taizhang"_s);
    {
        SqliteLedgerStore store;
        ASSERT_TRUE(store.open(path, LedgerStore::OpenMode::CreateOrOpen));
        ASSERT_FALSE(store.insertDraft(TestData::lhasaDraft()).isEmpty());
    }
    // Cut the file in half: the header still says "ledger", the pages do not hold.
    QByteArray bytes = fileBytes(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes.left(bytes.size() / 2));
    file.close();
    SqliteLedgerStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_EQ(store.lastError().kind, StoreError::Kind::Corrupt) << store.lastError().message.toStdString();
}

TEST(LedgerStore, shouldDeleteAPlanWithItsTasks)
{
    TestData::ScratchDir dir;
    SqliteLedgerStore store;
    ASSERT_TRUE(store.open(dir.path(u"d.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    const QList<qint64> ids = store.insertDraft(TestData::lhasaDraft());
    ASSERT_EQ(store.taskCount(), 103);
    ASSERT_TRUE(store.deletePlans(ids));
    EXPECT_EQ(store.taskCount(), 0);
    EXPECT_TRUE(store.sections().isEmpty());
}

TEST(LedgerStore, shouldAddAnImportToAnExistingPlanAndTakeBackExactlyThat)
{
    TestData::ScratchDir dir;
    SqliteLedgerStore store;
    ASSERT_TRUE(store.open(dir.path(u"e.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    const QList<qint64> lhasa = store.insertDraft(TestData::lhasaDraft());
    ASSERT_EQ(lhasa.size(), 1);
    const qsizetype sectionsBefore = store.sections().size();

    ImportDraft more = TestData::lhasaDraft();
    more.plans.first().targetPlanId = lhasa.first();
    more.plans.first().tasks.resize(5);
    LedgerStore::InsertedRows inserted;
    ASSERT_EQ(store.insertDraft(more, &inserted), lhasa);
    EXPECT_TRUE(inserted.newPlans.isEmpty());
    EXPECT_EQ(inserted.tasks.size(), 5);
    EXPECT_EQ(store.plans().size(), 1);
    EXPECT_EQ(store.taskCount(), 108);
    EXPECT_EQ(store.task(inserted.tasks.first())->planId, lhasa.first());

    ASSERT_TRUE(store.deleteInserted(inserted));
    EXPECT_EQ(store.taskCount(), 103);
    EXPECT_EQ(store.plans().size(), 1);
    EXPECT_EQ(store.sections().size(), sectionsBefore);

    more.plans.first().targetPlanId = 9999; // a plan deleted meanwhile: refused, nothing written
    EXPECT_TRUE(store.insertDraft(more).isEmpty());
    EXPECT_EQ(store.taskCount(), 103);
}

TEST(LedgerLocationTest, shouldTellAServerUrlFromAFileAndRefuseWhatThisBuildCannotOpen)
{
    const LedgerLocation file(u"/home/clerk/台账/2024.taizhang"_s);
    EXPECT_TRUE(file.isFile());
    EXPECT_EQ(file.displayName(), u"2024.taizhang"_s);
    const LedgerLocation server(u"postgresql://clerk:secret@ledger.office.gov:5433/reform?sslmode=require"_s);
    EXPECT_EQ(server.kind(), LedgerLocation::Kind::Server);
    EXPECT_EQ(server.displayName(), u"reform @ ledger.office.gov"_s) << "never the password";
    EXPECT_EQ(
        LedgerLocation(u"postgresql://clerk@/reform?host=/run/postgresql"_s).displayName(), u"reform @ localhost"_s);

    QString error;
    EXPECT_NE(LedgerStore::create(file.toString(), &error), nullptr);
    EXPECT_EQ(LedgerStore::create(server.toString(), &error), nullptr);
    EXPECT_TRUE(error.contains(u"reform @ ledger.office.gov"_s)) << error.toStdString();
    EXPECT_FALSE(error.contains(u"secret"_s));
}

TEST(LedgerStore, shouldRefuseALedgerClaimingTheHighestFormatAsNewerAndLeaveItUntouched)
{
    // user_version is an unsigned 32-bit field: 0xffffffff is a far newer format, not -1
    TestData::ScratchDir dir;
    const QString path = dir.path(u"future.taizhang"_s);
    {
        SqliteLedgerStore store;
        ASSERT_TRUE(store.open(path, LedgerStore::OpenMode::CreateOrOpen));
    }
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(60));
        ASSERT_EQ(file.write(QByteArray(4, '\xff')), 4);
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    for (LedgerStore::OpenMode mode : {LedgerStore::OpenMode::OpenExisting, LedgerStore::OpenMode::CreateOrOpen,
             LedgerStore::OpenMode::ReadOnly}) {
        SqliteLedgerStore store;
        EXPECT_FALSE(store.open(path, mode));
        EXPECT_EQ(store.lastError().kind, StoreError::Kind::NewerVersion);
    }
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}
