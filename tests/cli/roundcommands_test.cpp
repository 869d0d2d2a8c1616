// taizhang-cli round …: the commands other tools drive, their output and exit codes, and a ledger
// left byte-identical by returns that are refused.
#include "cliprocess.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
using CliRun = TestData::CliOutput;

CliRun cli(const QStringList &arguments)
{
    return TestData::runCli(arguments, u"zh_CN"_s);
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

class RoundCliTest : public testing::Test {
protected:
    void SetUp() override
    {
        ledger = dir.path(u"lhasa.taizhang"_s);
        const CliRun imported = cli({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, ledger});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        const CliRun opened = cli({u"round"_s, u"open"_s, ledger, u"--name"_s, u"2021年6月"_s, u"--due"_s, u"2021-07-05"_s,
            u"--today"_s, u"2021-06-25"_s});
        ASSERT_EQ(opened.exitCode, 0) << opened.err.toStdString();
        const QStringList fields = opened.out.trimmed().split(u'\t');
        ASSERT_EQ(fields.size(), 3) << opened.out.toStdString();
        EXPECT_EQ(fields.at(0), u"2021年6月"_s);
        units = fields.at(1).toInt();
        EXPECT_GT(units, 10);
    }

    QString sheetOf(const QString &unit) const
    {
        const QStringList found = QDir(dir.path(u"out"_s)).entryList({u"*_"_s + unit + u"_*.xlsx"_s});
        return found.isEmpty() ? QString() : dir.path(u"out/"_s + found.first());
    }

    TestData::ScratchDir dir;
    QString ledger;
    int units = 0;
};
} // namespace

TEST_F(RoundCliTest, shouldSendCollectAndReportARound)
{
    const CliRun sheets = cli({u"round"_s, u"sheets"_s, ledger, u"--round"_s, u"2021年6月"_s, u"--out"_s, dir.path(u"out"_s)});
    ASSERT_EQ(sheets.exitCode, 0) << sheets.err.toStdString();
    EXPECT_EQ(sheets.out.split(u'\n', Qt::SkipEmptyParts).size(), units);
    const QString sheet = sheetOf(u"市发改委"_s);
    ASSERT_FALSE(sheet.isEmpty());
    EXPECT_TRUE(QFileInfo(sheet).fileName().endsWith(u"_进展填报表.xlsx"_s)) << sheet.toStdString();
    const CliRun pdf = cli({u"round"_s, u"sheets"_s, ledger, u"--round"_s, u"2021年6月"_s, u"--out"_s, dir.path(u"pdf"_s),
        u"--format"_s, u"pdf"_s, u"--unit"_s, u"市发改委"_s});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    EXPECT_TRUE(QFile(pdf.out.trimmed()).size() > 10000) << pdf.out.toStdString();

    // The development office answers its first task; a random workbook comes back too.
    QProcess python;
    const QString back = dir.path(u"back.xlsx"_s);
    python.start(u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/returnsheets.py"_s, u"fill"_s, sheet, back,
        u"{\"5\": {\"progress\": \"已完成\", \"percent\": 100, \"status\": \"已完成\", \"reporter\": \"李四\"}}"_s});
    ASSERT_TRUE(python.waitForFinished(60000) && python.exitCode() == 0) << python.readAllStandardError().toStdString();
    const QString random = dir.path(u"random.xlsx"_s);
    python.start(u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/returnsheets.py"_s, u"random"_s, random});
    ASSERT_TRUE(python.waitForFinished(60000) && python.exitCode() == 0);

    const CliRun collected = cli({u"round"_s, u"collect"_s, ledger, u"--round"_s, u"2021年6月"_s, back, random, u"--today"_s, u"2021-07-03"_s});
    EXPECT_EQ(collected.exitCode, 2) << "a file was refused: " << collected.err.toStdString();
    const QStringList lines = collected.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3) << collected.out.toStdString();
    EXPECT_EQ(lines.at(0), back + u"\t市发改委\t1\tstored"_s);
    const qsizetype randomLine = lines.indexOf(random + u"\t-\t0\trefused"_s);
    ASSERT_GE(randomLine, 0) << collected.out.toStdString();
    EXPECT_TRUE(lines.value(randomLine + 1).startsWith(u"  error: "_s)) << collected.out.toStdString();

    const CliRun status = cli({u"round"_s, u"status"_s, ledger, u"--round"_s, u"2021年6月"_s, u"--today"_s, u"2021-07-06"_s});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    const QStringList rows = status.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(rows.size(), units);
    for (const QString &row : rows) {
        const QStringList f = row.split(u'\t');
        ASSERT_EQ(f.size(), 5) << row.toStdString();
        if (f.at(0) == u"市发改委") {
            EXPECT_EQ(f.at(2), u"1"_s);
            EXPECT_EQ(f.at(3), u"2021-07-03"_s);
            EXPECT_EQ(f.at(4), u"no"_s);
        } else {
            EXPECT_EQ(f.at(3), u"missing"_s);
            EXPECT_EQ(f.at(4), u"yes"_s) << "missing past the due date";
        }
    }
    const CliRun listed = cli({u"list"_s, ledger});
    EXPECT_TRUE(listed.out.contains(u"\tdone\t"_s)) << "the lead unit's 已完成 set the status";

    const CliRun chase = cli({u"round"_s, u"chase"_s, ledger, u"--round"_s, u"2021年6月"_s, u"--out"_s, dir.path(u"chase.pdf"_s),
        u"--today"_s, u"2021-07-06"_s});
    ASSERT_EQ(chase.exitCode, 0) << chase.err.toStdString();
    EXPECT_FALSE(chase.out.contains(u"市发改委"_s));
    EXPECT_TRUE(chase.out.contains(u"市税务局"_s));
    EXPECT_GT(QFile(dir.path(u"chase.pdf"_s)).size(), 10000);
}

TEST_F(RoundCliTest, shouldLeaveTheLedgerByteIdenticalWhenEveryFileIsRefused)
{
    // A folder of bad returns: a zip bomb, noise, 100 MB, a password-protected workbook (an OLE
    // container), an ordinary workbook, and a sheet of another ledger's round of the same name.
    const QString bad = dir.path(u"bad"_s);
    QDir().mkpath(bad);
    ASSERT_TRUE(TestData::writeZip(bad + u"/bomb.xlsx"_s, {{u"xl/workbook.xml"_s, QByteArray(40 * 1024 * 1024, ' ')}}));
    auto write = [](const QString &path, const QByteArray &bytes, qint64 size = -1) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        if (size > 0) {
            ASSERT_TRUE(file.resize(size));
        }
    };
    write(bad + u"/garbage.xlsx"_s, QByteArray(5000, '\x07'));
    write(bad + u"/huge.xlsx"_s, "PK", 100LL * 1024 * 1024);
    write(bad + u"/locked.xlsx"_s, QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(4096, '\0'));
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/returnsheets.py"_s, u"random"_s, bad + u"/random.xlsx"_s});
    ASSERT_TRUE(python.waitForFinished(60000) && python.exitCode() == 0);
    const QString other = dir.path(u"other.taizhang"_s);
    ASSERT_EQ(cli({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, other}).exitCode, 0);
    ASSERT_EQ(cli({u"round"_s, u"open"_s, other, u"--name"_s, u"2021年6月"_s, u"--due"_s, u"2021-07-05"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"round"_s, u"sheets"_s, other, u"--round"_s, u"2021年6月"_s, u"--out"_s, bad, u"--unit"_s, u"市发改委"_s}).exitCode, 0);

    const QByteArray before = hashOf(ledger);
    const CliRun collected = cli({u"round"_s, u"collect"_s, ledger, u"--round"_s, u"2021年6月"_s, bad});
    EXPECT_EQ(collected.exitCode, 2);
    EXPECT_EQ(collected.out.count(u"\trefused"_s), 6) << collected.out.toStdString();
    EXPECT_EQ(collected.out.count(u"  error: "_s), 6) << "each with its reason";
    EXPECT_TRUE(collected.out.contains(u"其他台账"_s)) << collected.out.toStdString();
    EXPECT_TRUE(collected.out.contains(u"密码"_s)) << collected.out.toStdString();
    EXPECT_EQ(hashOf(ledger), before);
    const CliRun unknown = cli({u"round"_s, u"status"_s, ledger, u"--round"_s, u"2099年1月"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"2021年6月"_s)) << "names the rounds there are";
}
