// A reporting round from end to end, on the Lhasa 2021 ledger with a frozen clock: sheets written
// and read back with openpyxl, filled by three units (one resaved by LibreOffice, one by openpyxl
// only, one copied into a fresh workbook), collected, and the ledger, the board and the reminders
// checked; then the returns a clerk must be protected from.
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "import/officeconverter.h"
#include "rounds/chasenotice.h"
#include "rounds/returncollector.h"
#include "rounds/returnsheetlayout.h"
#include "rounds/returnsheetwriter.h"
#include "report/roundboard.h"
#include "rounds/roundplanner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

// Failure messages name files and units as they are.
static std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << text.toStdString();
}

namespace {

QString python(const QStringList &arguments, bool *ok = nullptr)
{
    QProcess process;
    process.start(u"/usr/bin/python3"_s, QStringList {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/returnsheets.py"_s} + arguments);
    const bool finished = process.waitForFinished(60000) && process.exitCode() == 0;
    if (ok)
        *ok = finished;
    EXPECT_TRUE(finished) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Saves `path` again with LibreOffice, as a unit on a desk without Excel would, into `outDir`.
QString resaveWithLibreOffice(const QString &path, const QString &outDir)
{
    QTemporaryDir profile;
    QProcess soffice;
    soffice.start(OfficeConverter::program(),
        {u"-env:UserInstallation=file://"_s + profile.path(), u"--headless"_s, u"--convert-to"_s,
            u"xlsx:Calc MS Excel 2007 XML"_s, u"--outdir"_s, outDir, path});
    if (!soffice.waitForFinished(OfficeConverter::timeoutMs) || soffice.exitCode() != 0)
        return {};
    const QString out = QDir(outDir).filePath(QFileInfo(path).fileName());
    return QFileInfo::exists(out) ? out : QString();
}

class ReportingRoundTest : public testing::Test {
protected:
    void SetUp() override
    {
        document.setClock(clock);
        ASSERT_TRUE(document.open(dir.path(u"round.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));
        QDir().mkpath(dir.path(u"out"_s));
        QDir().mkpath(dir.path(u"back"_s));
    }

    ReportingRound openRound()
    {
        RoundPlanner::Request request;
        request.name = u"2021年6月"_s;
        request.due = QDate(2021, 7, 5);
        const qint64 id = document.rounds().openRound(RoundPlanner::plan(document, request));
        EXPECT_GT(id, 0);
        return document.rounds().round(id).value_or(ReportingRound {});
    }

    QString writeSheet(const ReportingRound &round, const QString &unit)
    {
        const QList<ReturnSheet> sheets = ReturnSheet::forRound(document, round, {unit});
        EXPECT_EQ(sheets.size(), 1);
        const QString path = dir.path(u"out/"_s + sheets.value(0).fileName(u"xlsx"_s));
        EXPECT_EQ(ReturnSheetWriter::write(sheets.value(0), path), QString());
        return path;
    }

    // The unit's rows filled in: lead tasks 60% 推进中 (the first one asks for close-out), and the
    // cooperating ones with progress and a status the lead unit's sheet alone may set.
    QJsonObject answers(const ReportingRound &round, const QString &unit, const QString &tag)
    {
        QJsonObject rows;
        bool first = true;
        for (const RoundAssignment &a : round.assignmentsOf(unit)) {
            const Task task = *document.store().task(a.taskId);
            QJsonObject row {{u"progress"_s, u"%1已推进第%2项工作"_s.arg(tag, task.number)}, {u"reporter"_s, u"张三"_s},
                {u"phone"_s, u"0891-6320000"_s}};
            if (a.role == ReportRole::Lead) {
                row.insert(u"percent"_s, 60);
                row.insert(u"status"_s, first ? ReturnSheetLayout::closeOutRequestLabel() : TaskStatuses::label(TaskStatus::InProgress));
                row.insert(u"problems"_s, u"资金未到位"_s);
                first = false;
            } else {
                row.insert(u"status"_s, TaskStatuses::label(TaskStatus::Done));
            }
            rows.insert(ReturnSheetLayout::taskLabel(task), row);
        }
        return rows;
    }

    QString fill(const QString &sheet, const QJsonObject &rows, const QString &name)
    {
        const QString out = dir.path(u"back/"_s + name);
        python({u"fill"_s, sheet, out, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
        return out;
    }

    int progressCount(qint64 taskId) const { return int(document.store().task(taskId)->progress.size()); }

    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDate(2021, 6, 25));
    TestData::ScratchDir dir;
    LedgerDocument document;
};

} // namespace

TEST_F(ReportingRoundTest, shouldAssignEachOpenTaskToItsLeadAndCooperatingUnits)
{
    ASSERT_TRUE(document.setTaskField(5, TaskField::Status, int(TaskStatus::Done)));
    const ReportingRound round = openRound();
    const Task first = *document.store().task(1);
    EXPECT_TRUE(round.assignments.contains(RoundAssignment {1, first.leadUnits.first(), ReportRole::Lead}));
    EXPECT_TRUE(round.assignments.contains(RoundAssignment {1, first.coUnits.first(), ReportRole::Cooperating}));
    for (const RoundAssignment &a : round.assignments)
        EXPECT_NE(a.taskId, 5) << "a finished task is not asked about";
    EXPECT_EQ(round.opened, QDate(2021, 6, 25));
    EXPECT_EQ(round.periodEnd, QDate(2021, 6, 30));
    // A second round of the same name is refused; undo takes the round back.
    RoundPlanner::Request again;
    again.name = u"2021年6月"_s;
    again.due = QDate(2021, 7, 5);
    EXPECT_EQ(document.rounds().openRound(RoundPlanner::plan(document, again)), 0);
    document.undoStack()->undo();
    EXPECT_TRUE(document.rounds().rounds().isEmpty());
    document.undoStack()->redo();
    ASSERT_EQ(document.rounds().rounds().size(), 1);
    EXPECT_EQ(document.rounds().rounds().first(), round) << "redone under the same id, with the same assignments";
}

TEST_F(ReportingRoundTest, shouldWriteAProtectedValidatedStampedSheetWithoutFormulas)
{
    // A task whose text a unit typed earlier looks like a formula: it stays text.
    ASSERT_TRUE(document.setTaskField(2, TaskField::Requirement, u"=HYPERLINK(\"http://x\",\"点此\")"_s));
    ASSERT_TRUE(document.addProgress(2, {0, QDate(2021, 6, 20), u"市市场监管局"_s, 40, u"+1 已完成系统改造"_s, {}}));
    const ReportingRound round = openRound();
    const QString path = writeSheet(round, u"市市场监管局"_s);
    EXPECT_TRUE(QFileInfo(path).fileName().startsWith(u"2021年6月_市市场监管局_"_s));
    const QJsonObject sheet = QJsonDocument::fromJson(python({u"check"_s, path}).toUtf8()).object();

    EXPECT_EQ(sheet[u"states"_s].toArray(), (QJsonArray {u"visible"_s, u"hidden"_s}));
    EXPECT_TRUE(sheet[u"protected"_s].toBool());
    EXPECT_TRUE(sheet[u"stampProtected"_s].toBool());
    EXPECT_TRUE(sheet[u"formulas"_s].toArray().isEmpty()) << "nothing is ever written as a formula";
    QJsonArray locked;
    for (int c = 0; c < ReturnSheetLayout::ColumnCount; ++c)
        locked.append(!ReturnSheetLayout::isInput(ReturnSheetLayout::Column(c)));
    EXPECT_EQ(sheet[u"locked"_s].toArray(), locked);
    const int rows = int(round.assignmentsOf(u"市市场监管局"_s).size());
    EXPECT_EQ(sheet[u"rows"_s].toInt(), rows);
    const QString range = u"%1%2:%1%3"_s;
    const QJsonArray validations = sheet[u"validations"_s].toArray();
    ASSERT_EQ(validations.size(), 2);
    EXPECT_EQ(validations.at(0).toArray(),
        (QJsonArray {u"list"_s, u"\"%1\""_s.arg(ReturnSheetLayout::statusChoices().join(u',')), QJsonValue(), range.arg(u"I").arg(5).arg(4 + rows)}));
    EXPECT_EQ(validations.at(1).toArray(), (QJsonArray {u"whole"_s, u"0"_s, u"100"_s, range.arg(u"H").arg(5).arg(4 + rows)}));
    EXPECT_EQ(sheet[u"titleRows"_s].toString(), u"$4:$4"_s);
    EXPECT_EQ(sheet[u"orientation"_s].toString(), u"landscape"_s);
    EXPECT_EQ(sheet[u"paper"_s].toInt(), 9); // A4
    const QJsonArray stamp = sheet[u"stampRows"_s].toArray();
    EXPECT_EQ(stamp.at(0).toArray().at(0).toString(), u"taizhang-return-sheet"_s);
    EXPECT_EQ(stamp.at(1).toArray().at(1).toString(), document.rounds().ledgerId());
    EXPECT_EQ(stamp.at(3).toArray().at(1).toString(), u"市市场监管局"_s);
    EXPECT_EQ(stamp.size(), 5 + rows + 1);
}

TEST_F(ReportingRoundTest, shouldCollectThreeUnitsSavedThreeWaysAndChaseTheRest)
{
    const ReportingRound round = openRound();
    const QString reform = u"市发改委"_s, tax = u"市税务局"_s, justice = u"市司法局"_s;
    // The development office fills its sheet in (openpyxl only).
    const QString reformBack = fill(writeSheet(round, reform), answers(round, reform, u"发改"_s), u"reform.xlsx"_s);
    // The tax bureau's is saved again by LibreOffice.
    const QString taxFilled = fill(writeSheet(round, tax), answers(round, tax, u"税务"_s), u"tax-filled.xlsx"_s);
    QDir().mkpath(dir.path(u"lo"_s));
    const QString taxBack = resaveWithLibreOffice(taxFilled, dir.path(u"lo"_s));
    if (taxBack.isEmpty() && qEnvironmentVariable("CI") != u"true")
        GTEST_SKIP() << "LibreOffice cannot convert here";
    ASSERT_FALSE(taxBack.isEmpty());
    // The justice bureau copied its rows into a fresh workbook: the stamp is lost.
    const QString justiceFilled = fill(writeSheet(round, justice), answers(round, justice, u"司法"_s), u"justice-filled.xlsx"_s);
    const QString justiceBack = dir.path(u"back/justice.xlsx"_s);
    python({u"copy"_s, justiceFilled, justiceBack});

    // Two come back on time, one after the due date.
    clock->setToday(QDate(2021, 7, 2));
    const ReturnCollector collector(document, round);
    const CollectPreview onTime = collector.preview(QStringList {reformBack, taxBack});
    ASSERT_EQ(onTime.files.size(), 2);
    for (const CollectPreview::File &file : onTime.files) {
        EXPECT_FALSE(file.refused) << file.fileName;
        EXPECT_TRUE(file.matchedByStamp) << file.fileName;
        EXPECT_EQ(file.acceptedRows(), round.assignmentsOf(file.unit).size()) << file.fileName;
    }
    EXPECT_EQ(onTime.files.at(0).unit, reform);
    EXPECT_EQ(onTime.files.at(1).unit, tax);
    ASSERT_TRUE(document.rounds().collect(collector.collected(onTime)));

    clock->setToday(QDate(2021, 7, 7));
    const CollectPreview late = ReturnCollector(document, round).preview(QStringList {justiceBack});
    ASSERT_EQ(late.files.size(), 1);
    EXPECT_FALSE(late.files.first().refused);
    EXPECT_FALSE(late.files.first().matchedByStamp);
    EXPECT_EQ(late.files.first().unit, justice);
    ASSERT_FALSE(late.files.first().problems.isEmpty()) << "matched by name and numbers, with a warning";
    EXPECT_EQ(late.files.first().problems.first().severity, CollectPreview::Problem::Severity::Warning);
    EXPECT_EQ(late.files.first().acceptedRows(), round.assignmentsOf(justice).size());
    ASSERT_TRUE(document.rounds().collect(ReturnCollector(document, round).collected(late)));

    // Every row is a progress entry of its unit, dated the day it came back, by its reporter.
    for (const QString &unit : {reform, tax, justice}) {
        bool firstLead = true;
        for (const RoundAssignment &a : round.assignmentsOf(unit)) {
            const Task task = *document.store().task(a.taskId);
            auto entry = std::find_if(task.progress.cbegin(), task.progress.cend(), [&](const ProgressEntry &e) { return e.unit == unit; });
            ASSERT_NE(entry, task.progress.cend()) << unit.toStdString() << " task " << task.number.toStdString();
            EXPECT_EQ(entry->date, unit == justice ? QDate(2021, 7, 7) : QDate(2021, 7, 2));
            EXPECT_TRUE(entry->text.contains(u"已推进第%1项工作"_s.arg(task.number))) << entry->text;
            EXPECT_EQ(entry->author, u"张三（0891-6320000）"_s);
            if (a.role == ReportRole::Lead) {
                EXPECT_EQ(entry->percent, 60);
                EXPECT_EQ(task.problems, u"资金未到位"_s);
                if (firstLead) {
                    EXPECT_NE(task.status, TaskStatus::InProgress) << "申请销号 asks; it changes no status";
                }
                firstLead = false;
            } else {
                EXPECT_EQ(entry->percent, -1);
                bool leadReported = false;
                for (const QString &lead : task.leadUnits)
                    leadReported = leadReported || lead == reform || lead == tax || lead == justice;
                if (!leadReported) {
                    EXPECT_NE(task.status, TaskStatus::Done) << "a cooperating unit's status is not applied";
                }
            }
        }
    }
    // The close-out requests: each unit's first lead task.
    QSet<QString> requesting;
    for (const CloseOutRequest &r : document.store().closeOutRequests()) {
        EXPECT_EQ(r.roundId, round.id);
        requesting.insert(r.unit);
    }
    EXPECT_EQ(requesting, (QSet<QString> {reform, tax, justice}));

    // The board on the day after: three returned (one late), the rest missing and late.
    const RoundBoard board = RoundBoard::of(document.store(), round, QDate(2021, 7, 7));
    EXPECT_EQ(board.returned, 3);
    EXPECT_EQ(board.missing, round.units().size() - 3);
    EXPECT_EQ(board.late, 1 + board.missing);
    for (const RoundBoard::Unit &unit : board.units) {
        if (unit.name == reform || unit.name == tax) {
            EXPECT_EQ(unit.returned, QDate(2021, 7, 2));
            EXPECT_FALSE(unit.late);
            EXPECT_EQ(unit.reported, unit.tasks);
        } else if (unit.name == justice) {
            EXPECT_TRUE(unit.late);
        } else {
            EXPECT_TRUE(unit.missing());
        }
    }
    EXPECT_EQ(board.byWhatIsMissing().first().missing(), true);

    // 催报: the reminders name every unit still missing, and none that returned.
    const std::unique_ptr<ChaseNotice> chase = ChaseNotice::forRound(document, round);
    const QString messages = chase->messages();
    for (const RoundBoard::Unit &unit : board.missingUnits())
        EXPECT_TRUE(messages.contains(unit.name)) << unit.name;
    for (const QString &unit : {reform, tax, justice})
        EXPECT_FALSE(messages.contains(unit)) << unit;
    EXPECT_TRUE(chase->emptyMessage().isEmpty());

    // A closed round takes no more sheets.
    ASSERT_TRUE(document.rounds().closeRound(round.id));
    EXPECT_FALSE(document.rounds().collect(ReturnCollector(document, round).collected(late)));
    document.undoStack()->undo(); // open again

    // Each collect is one step: undoing the late one takes back its entries and its return.
    const int before = progressCount(round.assignmentsOf(justice).first().taskId);
    document.undoStack()->undo();
    EXPECT_EQ(progressCount(round.assignmentsOf(justice).first().taskId), before - 1);
    EXPECT_EQ(RoundBoard::of(document.store(), round, QDate(2021, 7, 7)).returned, 2);
    document.undoStack()->redo();
    EXPECT_EQ(RoundBoard::of(document.store(), round, QDate(2021, 7, 7)).returned, 3);
}

TEST_F(ReportingRoundTest, shouldFlagWhatAUnitGotWrongRowByRow)
{
    const ReportingRound round = openRound();
    const QString unit = u"市发改委"_s;
    const QList<RoundAssignment> mine = round.assignmentsOf(unit);
    ASSERT_GE(mine.size(), 4);
    QStringList labels;
    for (const RoundAssignment &a : mine)
        labels.append(ReturnSheetLayout::taskLabel(*document.store().task(a.taskId)));
    const QString sheet = writeSheet(round, unit);
    // The ledger changes after sending: someone else reports on the first task.
    ASSERT_TRUE(document.addProgress(mine.at(0).taskId, {0, QDate(2021, 6, 28), u"市委督查室"_s, 30, u"已督查"_s, {}}));
    const QJsonObject rows {{labels.at(0), QJsonObject {{u"progress"_s, u"按期推进"_s}}},
        {labels.at(1), QJsonObject {{u"progress"_s, u"超额"_s}, {u"percent"_s, 150}}},
        {labels.at(2), QJsonObject {{u"progress"_s, u"暂停"_s}, {u"status"_s, u"暂缓"_s}}},
        {labels.at(3), QJsonObject {{u"progress"_s, u"公式"_s}, {u"percent"_s, u"=40+10"_s}}}};
    const QString back = fill(sheet, rows, u"mistakes.xlsx"_s);
    const CollectPreview preview = ReturnCollector(document, round).preview(QStringList {back});
    ASSERT_EQ(preview.files.size(), 1);
    const CollectPreview::File &file = preview.files.first();
    ASSERT_EQ(file.rows.size(), 4);
    auto has = [](const CollectPreview::Row &row, CollectPreview::Problem::Severity severity) {
        return std::any_of(row.problems.cbegin(), row.problems.cend(), [&](const auto &p) { return p.severity == severity; });
    };
    using Severity = CollectPreview::Problem::Severity;
    EXPECT_TRUE(file.rows.at(0).accepted) << "changed since: both shown, the row kept";
    EXPECT_TRUE(has(file.rows.at(0), Severity::Warning));
    EXPECT_TRUE(file.rows.at(0).ledgerProgress.contains(u"已督查"_s));
    EXPECT_FALSE(file.rows.at(1).accepted) << "150%";
    EXPECT_TRUE(has(file.rows.at(1), Severity::Error));
    EXPECT_FALSE(file.rows.at(2).accepted) << "an unknown status";
    EXPECT_TRUE(file.rows.at(3).accepted) << "a formula is flagged, its value read";
    EXPECT_TRUE(has(file.rows.at(3), Severity::Warning));
    EXPECT_EQ(file.rows.at(3).newPercent, -1) << "openpyxl stores no value for the formula, and none is calculated";
    const CollectedReturns returns = ReturnCollector(document, round).collected(preview);
    ASSERT_EQ(returns.size(), 1);
    EXPECT_EQ(returns.first().entries.size(), 2);
}

TEST_F(ReportingRoundTest, shouldKeepTheLaterOfTwoSheetsFromOneUnit)
{
    const ReportingRound round = openRound();
    const QString unit = u"市税务局"_s;
    const QString sheet = writeSheet(round, unit);
    const QString label = ReturnSheetLayout::taskLabel(*document.store().task(round.assignmentsOf(unit).first().taskId));
    const QString early = fill(sheet, {{label, QJsonObject {{u"progress"_s, u"第一次"_s}}}}, u"early.xlsx"_s);
    const QString later = fill(sheet, {{label, QJsonObject {{u"progress"_s, u"第二次"_s}}}}, u"later.xlsx"_s);
    QFile touch(early);
    ASSERT_TRUE(touch.open(QIODevice::ReadWrite));
    ASSERT_TRUE(touch.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
    touch.close();
    const CollectPreview preview = ReturnCollector(document, round).preview(QStringList {later, early});
    ASSERT_EQ(preview.files.size(), 2);
    EXPECT_FALSE(preview.files.at(0).superseded);
    EXPECT_TRUE(preview.files.at(1).superseded);
    const CollectedReturns returns = ReturnCollector(document, round).collected(preview);
    ASSERT_EQ(returns.size(), 1);
    EXPECT_EQ(returns.first().entries.first().entry.text, u"第二次"_s);
}

TEST_F(ReportingRoundTest, shouldRefuseReturnsThatAreNotThisRoundsSheets)
{
    const ReportingRound round = openRound();
    const QString unit = u"市税务局"_s;
    const QString label = ReturnSheetLayout::taskLabel(*document.store().task(round.assignmentsOf(unit).first().taskId));
    const QJsonObject one {{label, QJsonObject {{u"progress"_s, u"已完成"_s}}}};

    // An ordinary workbook.
    const QString random = dir.path(u"back/random.xlsx"_s);
    python({u"random"_s, random});
    // A sheet of another ledger's round of the same name.
    LedgerDocument other;
    other.setClock(clock);
    ASSERT_TRUE(other.open(dir.path(u"other.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    ASSERT_TRUE(other.importDraft(TestData::lhasaDraft(), u"import"_s));
    RoundPlanner::Request request;
    request.name = round.name;
    request.due = round.due;
    const qint64 otherRound = other.rounds().openRound(RoundPlanner::plan(other, request));
    const ReturnSheet foreign = ReturnSheet::forRound(other, *other.rounds().round(otherRound), {unit}).value(0);
    ASSERT_EQ(ReturnSheetWriter::write(foreign, dir.path(u"out/foreign.xlsx"_s)), QString());
    const QString foreignBack = fill(dir.path(u"out/foreign.xlsx"_s), one, u"foreign.xlsx"_s);
    // A sheet of this ledger's next round.
    RoundPlanner::Request july;
    july.name = u"2021年7月"_s;
    july.due = QDate(2021, 8, 5);
    const qint64 julyRound = document.rounds().openRound(RoundPlanner::plan(document, july));
    const ReturnSheet next = ReturnSheet::forRound(document, *document.rounds().round(julyRound), {unit}).value(0);
    ASSERT_EQ(ReturnSheetWriter::write(next, dir.path(u"out/next.xlsx"_s)), QString());
    const QString nextBack = fill(dir.path(u"out/next.xlsx"_s), one, u"next.xlsx"_s);
    // A sheet whose only filled row is a task deleted since.
    const QString deletedSheet = writeSheet(round, unit);
    const QString deletedBack = fill(deletedSheet, one, u"deleted.xlsx"_s);
    ASSERT_TRUE(document.deleteTasks({round.assignmentsOf(unit).first().taskId}));
    // A 100 MB file, a zip bomb, a password-protected workbook (an OLE container, not a zip).
    const QString huge = dir.path(u"back/huge.xlsx"_s);
    {
        QFile f(huge);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(100LL * 1024 * 1024));
    }
    const QString bomb = dir.path(u"back/bomb.xlsx"_s);
    ASSERT_TRUE(TestData::writeZip(bomb, {{u"[Content_Types].xml"_s, "<Types/>"}, {u"xl/workbook.xml"_s, QByteArray(40 * 1024 * 1024, ' ')}}));
    const QString locked = dir.path(u"back/locked.xlsx"_s);
    {
        QFile f(locked);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(4096, '\0'));
    }

    const CollectPreview preview
        = ReturnCollector(document, round).preview(QStringList {random, foreignBack, deletedBack, huge, bomb, locked, nextBack});
    ASSERT_EQ(preview.files.size(), 7);
    for (const CollectPreview::File &file : preview.files) {
        EXPECT_EQ(file.acceptedRows(), 0) << file.fileName;
        QStringList texts;
        for (const auto &p : file.problems)
            texts.append(p.text);
        for (const auto &row : file.rows) {
            for (const auto &p : row.problems)
                texts.append(p.text);
        }
        EXPECT_FALSE(texts.isEmpty()) << file.fileName << " needs a reason";
        if (file.fileName != u"deleted.xlsx") {
            EXPECT_TRUE(file.refused) << file.fileName;
        }
    }
    EXPECT_TRUE(preview.files.at(1).problems.first().text.contains(u"another ledger"_s)
        || preview.files.at(1).problems.first().text.contains(u"其他台账"_s))
        << preview.files.at(1).problems.first().text;
    EXPECT_TRUE(preview.files.at(2).rows.first().hasError());
    EXPECT_TRUE(preview.files.at(6).problems.first().text.contains(u"2021年7月"_s)) << preview.files.at(6).problems.first().text;
    EXPECT_TRUE(ReturnCollector(document, round).collected(preview).isEmpty()) << "nothing to store";
}
