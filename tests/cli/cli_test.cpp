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
