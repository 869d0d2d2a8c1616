// A disk that fills up under the ledger (a small tmpfs, mounted by the test: it needs root, as CI
// has): edits, an import and an export are refused with a sentence saying the disk is full,
// nothing half-written stays, and every edit reported saved is there afterwards.
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "export/exporterregistry.h"
#include "storage/ledgerlock.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include "rounds/returncollector.h"
#include "rounds/returnsheetlayout.h"
#include "rounds/returnsheetwriter.h"
#include "rounds/roundplanner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST(FullDisk, shouldRefuseEditsImportsAndExportsClearlyAndKeepWhatWasSaved)
{
    TAIZHANG_NEEDS_SMALL_DISK();
    TestData::SmallDisk disk(u"1m"_s);
    ASSERT_TRUE(disk.isMounted());
    const QString ledger = disk.path(u"ledger.taizhang"_s);
    LedgerDocument document;
    ASSERT_TRUE(document.open(ledger, LedgerStore::OpenMode::CreateOrOpen)) << document.errorString().toStdString();
    ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));

    // Progress reports that grow the file until the disk is full: each saved, or refused saying so.
    const QString paragraph = QString(2000, QChar(u'进'));
    QHash<qint64, QStringList> saved; // task -> the reports saved for it
    QString refusal;
    for (int n = 0; n < 1000 && refusal.isEmpty(); ++n) {
        const qint64 task = n % 103 + 1;
        const QString text = QString::number(n) + paragraph;
        if (document.addProgress(task, {0, QDate(2021, 6, 30), u"市司法局"_s, 50, text, u"张三"_s}))
            saved[task].append(text);
        else
            refusal = document.errorString();
    }
    ASSERT_FALSE(refusal.isEmpty()) << "1 MB should have filled up";
    EXPECT_TRUE(refusal.contains(u"disk is full"_s) || refusal.contains(u"磁盘已满"_s)) << refusal.toStdString();

    // An import is refused whole.
    const int before = document.store().taskCount();
    EXPECT_FALSE(document.importDraft(TestData::lhasaDraft(), u"again"_s));
    EXPECT_EQ(document.store().taskCount(), before);

    // An export onto the full disk says so and leaves no partial file.
    const LedgerExporter *csv = ExporterRegistry::instance().find(u"csv"_s);
    ExportJob job;
    job.context = ReportContext::fromStore(document.store(), TaskSelection());
    job.path = disk.path(u"ledger.csv"_s);
    const ExportResult exported = csv->exportLedger(job);
    EXPECT_FALSE(exported.ok());
    EXPECT_FALSE(exported.error.isEmpty());
    EXPECT_FALSE(QFile::exists(job.path));

    // Everything reported saved is there, and the ledger is sound.
    document.close();
    SqliteLedgerStore reader;
    ASSERT_TRUE(reader.open(ledger, LedgerStore::OpenMode::ReadOnly)) << reader.lastError().message.toStdString();
    EXPECT_TRUE(reader.checkIntegrity());
    int reports = 0;
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        const Task task = *reader.task(it.key());
        QStringList stored;
        for (const ProgressEntry &entry : task.progress)
            stored.append(entry.text);
        EXPECT_EQ(stored, it.value()) << "task " << it.key();
        reports += int(it.value().size());
    }
    EXPECT_GT(reports, 10);
}

TEST(FullDisk, shouldStoreNothingOfACollectTheDiskHasNoRoomFor)
{
    TAIZHANG_NEEDS_SMALL_DISK();
    TestData::SmallDisk disk(u"1m"_s);
    ASSERT_TRUE(disk.isMounted());
    TestData::ScratchDir elsewhere;
    LedgerDocument document;
    document.setClock(std::make_shared<FixedClock>(QDate(2021, 6, 25)));
    ASSERT_TRUE(document.open(disk.path(u"ledger.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));
    RoundPlanner::Request request;
    request.name = u"2021年6月"_s;
    request.due = QDate(2021, 7, 5);
    const qint64 roundId = document.rounds().openRound(RoundPlanner::plan(document, request));
    ASSERT_GT(roundId, 0);
    const ReportingRound round = *document.rounds().round(roundId);

    // The approvals office answers every task at length; the disk has a few pages left.
    const QString unit = u"市行政审批局"_s;
    const ReturnSheet sheet = ReturnSheet::forRound(document, round, {unit}).value(0);
    const QString sent = elsewhere.path(u"sent.xlsx"_s), back = elsewhere.path(u"back.xlsx"_s);
    ASSERT_EQ(ReturnSheetWriter::write(sheet, sent), QString());
    QJsonObject rows;
    for (const ReturnSheet::Row &row : sheet.rows)
        rows.insert(ReturnSheetLayout::taskLabel(row.task), QJsonObject {{u"progress"_s, QString(3000, QChar(u'进'))}});
    QFile answers(elsewhere.path(u"answers.json"_s));
    ASSERT_TRUE(answers.open(QIODevice::WriteOnly));
    answers.write(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    answers.close();
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/returnsheets.py"_s, u"fill"_s, sent, back,
        u"@"_s + answers.fileName()});
    ASSERT_TRUE(python.waitForFinished(60000) && python.exitCode() == 0)
        << python.errorString().toStdString() << python.readAllStandardError().toStdString();
    disk.fill(2);

    const ReturnCollector collector(document, round);
    const CollectedReturns returns = collector.collected(collector.preview(QStringList {back}));
    ASSERT_EQ(returns.size(), 1);
    EXPECT_FALSE(document.rounds().collect(returns));
    EXPECT_TRUE(document.errorString().contains(u"disk is full"_s) || document.errorString().contains(u"磁盘已满"_s))
        << document.errorString().toStdString();
    EXPECT_TRUE(document.store().roundReturns(roundId).isEmpty()) << "nothing of it stored";
    for (const ReturnSheet::Row &row : sheet.rows)
        EXPECT_EQ(document.store().task(row.task.id)->progress.size(), row.task.progress.size());
    EXPECT_EQ(document.undoStack()->count(), 2) << "no step for what was not stored";
}

TEST(FullDisk, shouldLeaveNoEmptyLedgerWhenThereIsRoomForTheLockButNotForTheLedger)
{
    TAIZHANG_NEEDS_SMALL_DISK();
    TestData::SmallDisk disk(u"256k"_s);
    ASSERT_TRUE(disk.isMounted());
    disk.fill(1); // full, but for one page: the lock fits, a ledger does not
    const QString ledger = disk.path(u"new.taizhang"_s);
    LedgerDocument document;
    EXPECT_FALSE(document.open(ledger, LedgerStore::OpenMode::CreateOrOpen));
    EXPECT_FALSE(document.errorString().isEmpty());
    EXPECT_FALSE(document.errorString().contains(u"upgraded"_s)) << document.errorString().toStdString();
    EXPECT_FALSE(QFile::exists(ledger)) << "no 0-byte ledger left behind";
    EXPECT_FALSE(QFile::exists(LedgerLock::lockPath(ledger)));
}

TEST(ReadOnlyMedia, shouldOpenALedgerOnReadOnlyMediaReadOnlyAndRefuseEveryEditSayingWhy)
{
    // A ledger on a CD, a write-protected stick or a share mounted read-only (root cannot write it
    // either, unlike a file whose permission bits say so).
    TAIZHANG_NEEDS_SMALL_DISK();
    TestData::SmallDisk disk(u"2m"_s);
    ASSERT_TRUE(disk.isMounted());
    const QString ledger = disk.path(u"ledger.taizhang"_s);
    {
        LedgerDocument writer;
        ASSERT_TRUE(writer.open(ledger, LedgerStore::OpenMode::CreateOrOpen));
        ASSERT_TRUE(writer.importDraft(TestData::lhasaDraft(), u"import"_s));
    }
    ASSERT_TRUE(disk.remountReadOnly());

    LedgerDocument document;
    ASSERT_TRUE(document.open(ledger)) << document.errorString().toStdString();
    EXPECT_TRUE(document.isReadOnly());
    EXPECT_FALSE(document.readOnlyReason().isEmpty());
    EXPECT_EQ(document.store().taskCount(), 103);
    QSignalSpy refused(&document, &LedgerDocument::errorOccurred);
    EXPECT_FALSE(document.setTaskField(1, TaskField::Remarks, u"改不了"_s));
    EXPECT_EQ(refused.count(), 1);
    EXPECT_FALSE(refused.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_EQ(document.records(), nullptr);
}
