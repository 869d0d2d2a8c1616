#include "storage/ledgerlock.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult cli(const QStringList &arguments, const QString &language = u"en"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TAIZHANG_LANG"_s, language);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TAIZHANG_CLI), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
} // namespace

TEST(Cli, shouldImportExportAndListTheLhasaLedger)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"lhasa.taizhang"_s);
    const CliResult imported = cli({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, ledger});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains("103")) << imported.out.toStdString();

    const CliResult exported = cli({u"export"_s, ledger, u"--format"_s, u"json"_s});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(exported.out).object();
    EXPECT_EQ(root[u"format"_s].toString(), u"taizhang-ledger"_s);
    EXPECT_EQ(root[u"tasks"_s].toArray().size(), 103);

    const QString out = dir.path(u"out.json"_s);
    ASSERT_EQ(cli({u"export"_s, ledger, u"--format"_s, u"json"_s, u"--out"_s, out}).exitCode, 0);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object(), root);

    // Overdue on 2021-07-01: unfinished tasks due before then.
    const CliResult overdue = cli({u"list"_s, ledger, u"--overdue"_s, u"--today"_s, u"2021-07-01"_s});
    ASSERT_EQ(overdue.exitCode, 0) << overdue.err.toStdString();
    const QStringList lines = QString::fromUtf8(overdue.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        ASSERT_EQ(fields.size(), 7) << line.toStdString();
        EXPECT_EQ(fields[2], u"overdue"_s);
        EXPECT_LT(fields[3], u"2021-07-01"_s);
    }
    const CliResult unit = cli({u"list"_s, ledger, u"--unit"_s, u"市中法"_s});
    EXPECT_EQ(QString::fromUtf8(unit.out).split(u'\n', Qt::SkipEmptyParts).size(), 11);
    const CliResult soon = cli({u"list"_s, ledger, u"--due-within"_s, u"31"_s, u"--today"_s, u"2021-07-01"_s});
    for (const QString &line : QString::fromUtf8(soon.out).split(u'\n', Qt::SkipEmptyParts))
        EXPECT_EQ(line.split(u'\t')[3].left(7), u"2021-07"_s) << line.toStdString();
}

TEST(Cli, shouldFailClearlyAndWriteNothing)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"x.taizhang"_s);
    const QString bad = dir.path(u"bad.txt"_s);
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("no table here\n");
    file.close();
    const CliResult refused = cli({u"import"_s, bad, u"--into"_s, ledger});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_FALSE(QFile::exists(ledger));

    const CliResult missing = cli({u"list"_s, dir.path(u"none.taizhang"_s)});
    EXPECT_NE(missing.exitCode, 0);
    const CliResult foreign = cli({u"export"_s, bad, u"--format"_s, u"json"_s}, u"zh_CN"_s);
    EXPECT_NE(foreign.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(foreign.err).contains(u"台账"_s)) << foreign.err.toStdString();
    EXPECT_NE(cli({u"frobnicate"_s}).exitCode, 0);
    EXPECT_NE(cli({u"list"_s, ledger, u"--today"_s, u"yesterday"_s}).exitCode, 0);
}

TEST(Cli, shouldImportPolicyDocumentsAndLeaveTheLedgerUntouchedWhenASourceFails)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"plans.taizhang"_s);
    const CliResult imported = cli({u"import"_s, TestData::dataPath(u"compilation-shaanxi-2023.txt"_s),
        TestData::dataPath(u"plan-tibet-2019.txt"_s), u"--into"_s, ledger, u"--format"_s, u"auto"_s});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(imported.out).contains(u"in 13 plans"_s)) << imported.out.toStdString();

    QFile before(ledger);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    // A GBK copy read as the user says; a UTF-8 source forced to GB18030 is refused with nothing stored.
    QFile source(TestData::dataPath(u"plan-wushan-2021.txt"_s));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray utf8 = source.readAll();
    const QString gbkPath = dir.path(u"wushan-gbk.txt"_s);
    QFile gbk(gbkPath);
    ASSERT_TRUE(gbk.open(QIODevice::WriteOnly));
    QStringEncoder encoder("GB18030");
    gbk.write(encoder.encode(QString::fromUtf8(utf8)));
    gbk.close();
    const CliResult wrong = cli({u"import"_s, gbkPath, u"--into"_s, ledger, u"--encoding"_s, u"UTF-8"_s});
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(wrong.err).contains(u"not valid UTF-8"_s)) << wrong.err.toStdString();
    QFile after(ledger);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytes);
    after.close();

    const CliResult right = cli({u"import"_s, gbkPath, u"--into"_s, ledger, u"--encoding"_s, u"GB18030"_s});
    ASSERT_EQ(right.exitCode, 0) << right.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(right.out).contains(u"45 tasks"_s)) << right.out.toStdString();
}

TEST(Cli, shouldExportEveryFormatAndReport)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"lhasa.taizhang"_s);
    ASSERT_EQ(cli({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, ledger}).exitCode, 0);
    const QStringList asOf {u"--today"_s, u"2021-07-01"_s};

    const QString xlsx = dir.path(u"ledger.xlsx"_s);
    const CliResult excel = cli(QStringList {u"export"_s, ledger, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx} + asOf);
    ASSERT_EQ(excel.exitCode, 0) << excel.err.toStdString();
    QFile workbook(xlsx);
    ASSERT_TRUE(workbook.open(QIODevice::ReadOnly));
    EXPECT_TRUE(workbook.read(2) == "PK");

    const CliResult csv
        = cli(QStringList {u"export"_s, ledger, u"--format"_s, u"csv"_s, u"--unit"_s, u"市中法"_s} + asOf);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(csv.out.count("\r\n"), 1 + 11);

    for (const QString &report : {u"ledger"_s, u"unit"_s, u"meeting"_s, u"notice"_s, u"bulletin"_s}) {
        const QString pdf = dir.path(report + u".pdf"_s);
        const CliResult printed = cli(
            QStringList {u"export"_s, ledger, u"--format"_s, u"pdf"_s, u"--report"_s, report, u"--out"_s, pdf} + asOf);
        ASSERT_EQ(printed.exitCode, 0) << report.toStdString() << printed.err.toStdString();
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.read(5) == "%PDF-") << report.toStdString();
    }
    // One notice per overdue task: 22 on that day.
    const CliResult notices = cli(QStringList {u"export"_s, ledger, u"--format"_s, u"pdf"_s, u"--report"_s, u"notice"_s,
                                      u"--out"_s, dir.path(u"n.pdf"_s)}
        + asOf);
    EXPECT_TRUE(notices.out.contains("(22 pages)")) << notices.out.toStdString();
    // The meeting sheet of one unit, due within 90 days.
    const CliResult meeting
        = cli(QStringList {u"export"_s, ledger, u"--format"_s, u"pdf"_s, u"--report"_s, u"meeting"_s, u"--unit"_s,
                  u"市中法"_s, u"--due-within"_s, u"90"_s, u"--out"_s, dir.path(u"m.pdf"_s)}
            + asOf);
    EXPECT_EQ(meeting.exitCode, 0) << meeting.err.toStdString();
}

TEST(Cli, shouldRefuseExportsItCannotMake)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"lhasa.taizhang"_s);
    ASSERT_EQ(cli({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, ledger}).exitCode, 0);
    EXPECT_EQ(cli({u"export"_s, ledger, u"--format"_s, u"pdf"_s}).exitCode, 2); // no --out
    EXPECT_EQ(cli({u"export"_s, ledger, u"--format"_s, u"csv"_s, u"--report"_s, u"notice"_s}).exitCode, 2);
    EXPECT_EQ(
        cli({u"export"_s, ledger, u"--format"_s, u"pdf"_s, u"--report"_s, u"memo"_s, u"--out"_s, u"x.pdf"_s}).exitCode,
        2);
    EXPECT_EQ(cli({u"export"_s, ledger, u"--format"_s, u"docx"_s}).exitCode, 2);
    // A folder that is not there: a clear message (in Chinese by default), nothing written.
    const QString nowhere = dir.path(u"no/such/folder/ledger.xlsx"_s);
    const CliResult failed = cli({u"export"_s, ledger, u"--format"_s, u"xlsx"_s, u"--out"_s, nowhere}, u"zh_CN"_s);
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(failed.err).contains(u"无法写入"_s)) << failed.err.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));
}

// The scoring path of the importer: import FILE --into L --year Y, then export --format json.
TEST(Cli, shouldExportLeadersCooperatingUnitsAndContinuingDeadlinesOfAnImportedPlan)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"plan.taizhang"_s);
    const CliResult imported = cli({u"import"_s, TestData::dataPath(u"notations/labelled-lines.txt"_s), u"--into"_s,
        ledger, u"--year"_s, u"2024"_s});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliResult more = cli({u"import"_s, TestData::dataPath(u"notations/compilation-entry.txt"_s), u"--into"_s,
        ledger, u"--year"_s, u"2023"_s});
    ASSERT_EQ(more.exitCode, 0) << more.err.toStdString();

    const CliResult exported = cli({u"export"_s, ledger, u"--format"_s, u"json"_s});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonArray tasks = QJsonDocument::fromJson(exported.out).object()[u"tasks"_s].toArray();
    ASSERT_EQ(tasks.size(), 8);
    const QJsonObject platform = tasks.at(3).toObject();
    EXPECT_EQ(platform[u"title"_s].toString(), u"建设全市统一数据平台"_s);
    EXPECT_EQ(platform[u"leaders"_s].toArray(), QJsonArray {u"王强"_s});
    EXPECT_EQ(platform[u"lead_units"_s].toArray(), QJsonArray {u"市数据局"_s});
    EXPECT_EQ(platform[u"co_units"_s].toArray(), QJsonArray {u"市财政局"_s});
    EXPECT_EQ(platform[u"due"_s].toString(), u"2024-12-31"_s);
    const QJsonObject kept = tasks.at(6).toObject();
    EXPECT_EQ(kept[u"deadline_text"_s].toString(), u"6月底前并长期坚持"_s);
    EXPECT_EQ(kept[u"due"_s].toString(), u"2023-06-30"_s);
    EXPECT_TRUE(kept[u"continuing"_s].toBool());
}

TEST(Cli, shouldRefuseAnOfficeFileItCannotConvertAndStoreNothing)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"plan.taizhang"_s);
    const QString wps = dir.path(u"plan.wps"_s);
    QFile file(wps);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\x01'));
    file.close();
    qputenv("TAIZHANG_SOFFICE", "/nonexistent/soffice"); // as on a desk without LibreOffice
    const CliResult refused = cli({u"import"_s, wps, u"--into"_s, ledger}, u"zh_CN"_s);
    qunsetenv("TAIZHANG_SOFFICE");
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(refused.err).contains(u"LibreOffice"_s)) << refused.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(refused.err).contains(u"另存为"_s)) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(ledger));
}

namespace {

// The Lhasa ledger, imported fresh for a test of the hand-edit verbs.
QString lhasaLedger(const TestData::ScratchDir &dir)
{
    const QString ledger = dir.path(u"edit.taizhang"_s);
    const CliResult imported = cli({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, ledger});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    return ledger;
}

QJsonObject exportedTask(const QString &ledger, qint64 id)
{
    const QJsonArray tasks = QJsonDocument::fromJson(cli({u"export"_s, ledger, u"--format"_s, u"json"_s}).out)
                                 .object()[u"tasks"_s]
                                 .toArray();
    for (const QJsonValue &task : tasks) {
        if (task.toObject()[u"id"_s].toInteger() == id)
            return task.toObject();
    }
    return {};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(Cli, shouldAddSetMoveAndDeleteTasksByHand)
{
    TestData::ScratchDir dir;
    const QString ledger = lhasaLedger(dir);
    // task add: in its section, numbered next, its id printed; units and deadline parsed
    const CliResult added
        = cli({u"task"_s, u"add"_s, ledger, u"--plan"_s, u"1"_s, u"--section"_s, u"（一）提升企业开办注销便利度"_s,
            u"--title"_s, u"推行企业开办一网通办"_s, u"--requirement"_s, u"8月底前上线；11月底前全面推开。"_s,
            u"--lead"_s, u"市市场监管局、人社局"_s, u"--co"_s, u"市税务局"_s, u"--deadline"_s, u"11月底前"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const qint64 id = QString::fromUtf8(added.out).trimmed().toLongLong();
    ASSERT_GT(id, 103);
    QJsonObject task = exportedTask(ledger, id);
    EXPECT_EQ(task[u"title"_s].toString(), u"推行企业开办一网通办"_s);
    EXPECT_EQ(task[u"lead_units"_s].toArray(), (QJsonArray {u"市市场监管局"_s, u"市人社局"_s}));
    EXPECT_EQ(task[u"co_units"_s].toArray(), QJsonArray {u"市税务局"_s});
    EXPECT_EQ(task[u"due"_s].toString(), u"2021-11-30"_s);
    EXPECT_EQ(task[u"milestones"_s].toArray().size(), 2);
    EXPECT_EQ(task[u"sections"_s].toArray(), QJsonArray {u"（一）提升企业开办注销便利度"_s});

    // task set: each field through the same rules as an edit in the window
    for (const auto &[field, value] : QList<std::pair<QString, QString>> {{u"status"_s, u"in_progress"_s},
             {u"deadline"_s, u"2022年3月底前"_s}, {u"leaders"_s, u"张明"_s}, {u"remarks"_s, u"=1+1"_s}}) {
        const CliResult set = cli({u"task"_s, u"set"_s, ledger, QString::number(id), field, value});
        EXPECT_EQ(set.exitCode, 0) << field.toStdString() << set.err.toStdString();
    }
    task = exportedTask(ledger, id);
    EXPECT_EQ(task[u"status"_s].toString(), u"in_progress"_s);
    EXPECT_EQ(task[u"due"_s].toString(), u"2022-03-31"_s);
    EXPECT_EQ(task[u"leaders"_s].toArray(), QJsonArray {u"张明"_s});
    EXPECT_EQ(task[u"remarks"_s].toString(), u"=1+1"_s);

    // task move: by a section's own title, without its number too
    const CliResult moved
        = cli({u"task"_s, u"move"_s, ledger, QString::number(id), u"--section"_s, u"优化获得电力流程"_s});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_EQ(exportedTask(ledger, id)[u"sections"_s].toArray(), QJsonArray {u"（三）优化获得电力流程"_s});

    // progress add
    const CliResult progress
        = cli({u"progress"_s, u"add"_s, ledger, QString::number(id), u"--unit"_s, u"市市场监管局"_s, u"--percent"_s,
            u"40"_s, u"--text"_s, u"已完成方案"_s, u"--date"_s, u"2021-07-01"_s, u"--author"_s, u"王五"_s});
    ASSERT_EQ(progress.exitCode, 0) << progress.err.toStdString();
    const QJsonObject entry = exportedTask(ledger, id)[u"progress"_s].toArray().at(0).toObject();
    EXPECT_EQ(entry[u"percent"_s].toInt(), 40);
    EXPECT_EQ(entry[u"author"_s].toString(), u"王五"_s);

    // --after and --before place a task in the ledger's order (the JSON's "order")
    const CliResult placed = cli({u"task"_s, u"add"_s, ledger, u"--plan"_s, u"1"_s, u"--section"_s,
        u"（一）提升企业开办注销便利度"_s, u"--title"_s, u"紧随任务1"_s, u"--after"_s, u"1"_s});
    ASSERT_EQ(placed.exitCode, 0) << placed.err.toStdString();
    const qint64 placedId = QString::fromUtf8(placed.out).trimmed().toLongLong();
    const double afterOne = exportedTask(ledger, placedId)[u"order"_s].toDouble();
    EXPECT_GT(afterOne, exportedTask(ledger, 1)[u"order"_s].toDouble());
    EXPECT_LT(afterOne, exportedTask(ledger, 2)[u"order"_s].toDouble());
    ASSERT_EQ(cli({u"task"_s, u"move"_s, ledger, QString::number(placedId), u"--section"_s, u"优化获得电力流程"_s,
                      u"--before"_s, u"1"_s})
                  .exitCode,
        0);
    EXPECT_LT(exportedTask(ledger, placedId)[u"order"_s].toDouble(), exportedTask(ledger, 1)[u"order"_s].toDouble());

    // task delete: the task and its history go; the others keep their ids
    ASSERT_EQ(cli({u"task"_s, u"delete"_s, ledger, QString::number(id)}).exitCode, 0);
    EXPECT_TRUE(exportedTask(ledger, id).isEmpty());
    EXPECT_EQ(exportedTask(ledger, 103)[u"id"_s].toInteger(), 103);
}

TEST(Cli, shouldSetAPlansFieldsAndRereadItsDeadlinesForANewYear)
{
    TestData::ScratchDir dir;
    const QString ledger = lhasaLedger(dir);
    EXPECT_EQ(exportedTask(ledger, 1)[u"due"_s].toString(), u"2021-06-30"_s);
    for (const auto &[field, value] : QList<std::pair<QString, QString>> {
             {u"title"_s, u"拉萨市2022年优化营商环境台账"_s}, {u"doc_number"_s, u"拉政办发〔2022〕8号"_s},
             {u"issuer"_s, u"拉萨市人民政府办公室"_s}, {u"issued"_s, u"2022-02-15"_s}, {u"year"_s, u"2022"_s}}) {
        const CliResult set = cli({u"plan"_s, u"set"_s, ledger, u"1"_s, field, value});
        EXPECT_EQ(set.exitCode, 0) << field.toStdString() << set.err.toStdString();
    }
    const QJsonObject plan = QJsonDocument::fromJson(cli({u"export"_s, ledger, u"--format"_s, u"json"_s}).out)
                                 .object()[u"plans"_s]
                                 .toArray()
                                 .at(0)
                                 .toObject();
    EXPECT_EQ(plan[u"title"_s].toString(), u"拉萨市2022年优化营商环境台账"_s);
    EXPECT_EQ(plan[u"doc_number"_s].toString(), u"拉政办发〔2022〕8号"_s);
    EXPECT_EQ(plan[u"issuer"_s].toString(), u"拉萨市人民政府办公室"_s);
    EXPECT_EQ(plan[u"issued"_s].toString(), u"2022-02-15"_s);
    EXPECT_EQ(plan[u"year"_s].toInt(), 2022);
    EXPECT_EQ(exportedTask(ledger, 1)[u"due"_s].toString(), u"2022-06-30"_s); // "6月底" in the new year
}

TEST(Cli, shouldRefuseHandEditsItCannotMakeAndTouchNothing)
{
    TestData::ScratchDir dir;
    const QString ledger = lhasaLedger(dir);
    const QByteArray before = fileBytes(ledger);
    const QList<QStringList> refused = {
        {u"task"_s, u"set"_s, ledger, u"999"_s, u"title"_s, u"x"_s}, // unknown id
        {u"task"_s, u"set"_s, ledger, u"1"_s, u"colour"_s, u"red"_s}, // unknown field
        {u"task"_s, u"set"_s, ledger, u"1"_s, u"status"_s, u"finished"_s}, // unknown status
        {u"task"_s, u"delete"_s, ledger, u"1"_s, u"999"_s}, // one unknown id: none deleted
        {u"task"_s, u"move"_s, ledger, u"1"_s, u"--section"_s, u"不存在的章节"_s},
        {u"task"_s, u"add"_s, ledger, u"--plan"_s, u"7"_s, u"--section"_s, u"（一）提升企业开办注销便利度"_s,
            u"--title"_s, u"x"_s},
        {u"task"_s, u"add"_s, ledger, u"--plan"_s, u"1"_s, u"--section"_s, u"提升"_s, u"--title"_s, u"x"_s},
        {u"plan"_s, u"set"_s, ledger, u"1"_s, u"year"_s, u"二〇二二"_s},
        {u"plan"_s, u"set"_s, ledger, u"9"_s, u"title"_s, u"x"_s},
        {u"progress"_s, u"add"_s, ledger, u"1"_s, u"--unit"_s, u"市市场监管局"_s, u"--percent"_s, u"140"_s, u"--text"_s,
            u"x"_s},
        {u"task"_s, u"set"_s, dir.path(u"missing.taizhang"_s), u"1"_s, u"title"_s, u"x"_s},
    };
    for (const QStringList &arguments : refused) {
        const CliResult result = cli(arguments);
        EXPECT_NE(result.exitCode, 0) << arguments.join(u' ').toStdString();
        EXPECT_FALSE(result.err.isEmpty()) << arguments.join(u' ').toStdString();
    }
    const CliResult unknown = cli({u"task"_s, u"move"_s, ledger, u"1"_s, u"--section"_s, u"不存在的章节"_s});
    EXPECT_TRUE(unknown.err.contains("（二）提速工程建设项目审批")) << unknown.err.toStdString(); // the candidates
    EXPECT_EQ(fileBytes(ledger), before);
    EXPECT_FALSE(QFile::exists(dir.path(u"missing.taizhang"_s)));

    // A ledger that cannot be written, and one a Taizhang window holds.
    QFile::setPermissions(ledger, QFile::ReadOwner | QFile::ReadGroup);
    const bool root = QFile(ledger).open(QIODevice::ReadWrite); // root writes anyway: skip that half
    if (!root) {
        const CliResult readOnly = cli({u"task"_s, u"set"_s, ledger, u"1"_s, u"title"_s, u"x"_s}, u"zh_CN"_s);
        EXPECT_NE(readOnly.exitCode, 0);
        EXPECT_FALSE(readOnly.err.isEmpty());
    }
    QFile::setPermissions(ledger, QFile::ReadOwner | QFile::WriteOwner);
    {
        LedgerLock window(ledger); // as a Taizhang window holds it
        ASSERT_EQ(window.acquire(), LedgerLock::Result::Acquired);
        const CliResult locked = cli({u"task"_s, u"delete"_s, ledger, u"1"_s});
        EXPECT_NE(locked.exitCode, 0);
        EXPECT_TRUE(locked.err.contains("Taizhang")) << locked.err.toStdString();
    }
    EXPECT_EQ(fileBytes(ledger), before);
}
