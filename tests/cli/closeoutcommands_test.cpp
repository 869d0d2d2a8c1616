// taizhang-cli closeout …: request with evidence, return, request again, approve; list, form and
// a copy of the evidence; refusals that store nothing.
#include "cliprocess.h"
#include "model/escalation.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

TestData::CliOutput closeout(const QStringList &arguments)
{
    return TestData::runCli(arguments, u"en"_s);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
} // namespace

TEST(CloseOutCli, shouldRequestReturnAndApproveWithEvidence)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"lhasa.taizhang"_s);
    ASSERT_EQ(closeout({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, ledger}).exitCode, 0);
    const QString proof = dir.path(u"验收报告.pdf"_s);
    {
        QFile f(proof);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n% 验收\n%%EOF\n");
        QFile exe(dir.path(u"报告.pdf"_s));
        ASSERT_TRUE(exe.open(QIODevice::WriteOnly));
        exe.write("\x7f" "ELF not a report");
    }

    // A program renamed .pdf is refused, and nothing is recorded.
    const QByteArray before = sha256Of(ledger);
    const TestData::CliOutput refused = closeout({u"closeout"_s, u"request"_s, ledger, u"5"_s, u"--note"_s, u"完成"_s, u"--evidence"_s,
        dir.path(u"报告.pdf"_s)});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"program"_s)) << refused.err.toStdString();
    EXPECT_EQ(sha256Of(ledger), before);

    const TestData::CliOutput requested = closeout({u"closeout"_s, u"request"_s, ledger, u"5"_s, u"--note"_s, u"审批时限已压缩"_s,
        u"--evidence"_s, proof, u"--today"_s, u"2021-07-02"_s});
    ASSERT_EQ(requested.exitCode, 0) << requested.err.toStdString();
    const QString requestId = requested.out.trimmed();
    EXPECT_EQ(closeout({u"closeout"_s, u"decide"_s, ledger, u"5"_s, u"--return"_s, u"--note"_s, u"缺少验收意见"_s, u"--by"_s,
                  u"王科长"_s, u"--today"_s, u"2021-07-05"_s})
                  .exitCode,
        0);
    ASSERT_EQ(closeout({u"closeout"_s, u"request"_s, ledger, u"5"_s, u"--note"_s, u"已补充"_s, u"--evidence"_s, proof,
                  u"--today"_s, u"2021-07-06"_s})
                  .exitCode,
        0);
    EXPECT_EQ(closeout({u"closeout"_s, u"decide"_s, ledger, u"5"_s, u"--approve"_s, u"--note"_s, u"同意"_s, u"--by"_s,
                  u"李主任"_s, u"--today"_s, u"2021-07-09"_s})
                  .exitCode,
        0);
    const TestData::CliOutput again = closeout({u"closeout"_s, u"decide"_s, ledger, u"5"_s, u"--approve"_s, u"--note"_s, u"x"_s});
    EXPECT_EQ(again.exitCode, 2) << "nothing waits any more";

    const TestData::CliOutput list = closeout({u"closeout"_s, u"list"_s, ledger});
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << list.out.toStdString();
    const QStringList first = lines.at(0).split(u'\t'), second = lines.at(1).split(u'\t');
    ASSERT_EQ(first.size(), 7);
    EXPECT_EQ(first.at(0), requestId);
    EXPECT_EQ(first.at(3), u"2021-07-02"_s);
    EXPECT_EQ(first.at(4), u"returned"_s);
    EXPECT_EQ(first.at(5), u"2021-07-05"_s);
    EXPECT_EQ(second.at(4), u"approved"_s);
    EXPECT_EQ(second.at(5), u"2021-07-09"_s);
    EXPECT_TRUE(second.at(6).endsWith(u":验收报告.pdf"_s)) << second.at(6).toStdString();

    const TestData::CliOutput tasks = closeout({u"list"_s, ledger});
    EXPECT_TRUE(tasks.out.contains(u"\tclosed\t"_s));

    // The close-out counts in the unit scores: task 4 (id 5) finished before its day, 9月底.
    const TestData::CliOutput scores = closeout({u"score"_s, ledger, u"--from"_s, u"2021-01-01"_s, u"--to"_s,
        u"2021-12-31"_s, u"--today"_s, u"2021-07-09"_s});
    ASSERT_EQ(scores.exitCode, 0) << scores.err.toStdString();
    bool found = false;
    for (const QString &line : scores.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        ASSERT_EQ(fields.size(), 11) << line.toStdString(); // rank, unit, score, eight rules
        if (fields.at(1) == u"市住建局") {
            found = true;
            EXPECT_EQ(fields.at(3), u"2.0"_s) << "lead_on_time";
            EXPECT_EQ(fields.at(5), u"0.5"_s) << "early";
        }
    }
    EXPECT_TRUE(found) << scores.out.toStdString();
    const QString scorePdf = dir.path(u"scores.pdf"_s);
    ASSERT_EQ(closeout({u"score"_s, ledger, u"--from"_s, u"2021-01-01"_s, u"--to"_s, u"2021-12-31"_s, u"--format"_s,
                  u"pdf"_s, u"--out"_s, scorePdf, u"--today"_s, u"2021-07-09"_s})
                  .exitCode,
        0);
    EXPECT_GT(QFile(scorePdf).size(), 10000);
    // And as Excel, read back with openpyxl: the ranking's header and 市住建局's points.
    const QString scoreXlsx = dir.path(u"scores.xlsx"_s);
    ASSERT_EQ(closeout({u"score"_s, ledger, u"--from"_s, u"2021-01-01"_s, u"--to"_s, u"2021-12-31"_s, u"--format"_s,
                  u"xlsx"_s, u"--out"_s, scoreXlsx, u"--today"_s, u"2021-07-09"_s})
                  .exitCode,
        0);
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import openpyxl,sys\n"
        "wb=openpyxl.load_workbook(sys.argv[1])\n"
        "ws=wb.worksheets[0]\n"
        "print(wb.sheetnames[1])\n"
        "print(ws.cell(2,2).value)\n"
        "print([r[3] for r in ws.iter_rows(min_row=3,values_only=True) if r[1]=='市住建局'][0])"_s, scoreXlsx});
    ASSERT_TRUE(python.waitForFinished(60000) && python.exitCode() == 0) << python.readAllStandardError().toStdString();
    const QStringList read = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(read.size(), 3);
    EXPECT_EQ(read.at(0), u"Points"_s);
    EXPECT_EQ(read.at(1), u"Unit"_s);
    EXPECT_EQ(read.at(2), u"2"_s) << "lead_on_time, stored as a number";

    // The task's history names each step, as TSV and as CSV.
    const TestData::CliOutput history = closeout({u"history"_s, ledger, u"--task"_s, u"5"_s});
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    const QStringList changes = history.out.split(u'\n', Qt::SkipEmptyParts);
    // Requested, returned (with the reason, and the status back), requested, approved (and closed).
    ASSERT_EQ(changes.size(), 6) << history.out.toStdString();
    EXPECT_TRUE(changes.at(1).contains(u"\tdecision\t\treturned: 缺少验收意见\t"_s)) << changes.at(1).toStdString();
    for (const QString &line : changes)
        EXPECT_EQ(line.split(u'\t').size(), 7) << line.toStdString();
    EXPECT_TRUE(changes.constLast().endsWith(u"\tstatus\tin_progress\tclosed\tcloseout"_s)) << changes.constLast().toStdString();
    const TestData::CliOutput csv = closeout({u"history"_s, ledger, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(csv.out.startsWith(u"at,who,task,field,old,new,action\r\n"_s));

    // A copy of the evidence comes out byte for byte; the form prints.
    const QString evidenceId = second.at(6).section(u':', 0, 0);
    const QString copy = dir.path(u"copy.pdf"_s);
    ASSERT_EQ(closeout({u"closeout"_s, u"evidence"_s, ledger, evidenceId, u"--out"_s, copy}).exitCode, 0);
    EXPECT_EQ(sha256Of(copy), sha256Of(proof));
    const QString form = dir.path(u"form.pdf"_s);
    const TestData::CliOutput printed = closeout({u"closeout"_s, u"form"_s, ledger, u"5"_s, u"--out"_s, form});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    EXPECT_GT(QFile(form).size(), 10000);
}

TEST(EscalateCli, shouldListIssueAndNotRepeatTheSameDay)
{
    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"lhasa.taizhang"_s);
    ASSERT_EQ(closeout({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, ledger}).exitCode, 0);
    const TestData::CliOutput due = closeout({u"escalate"_s, ledger, u"--today"_s, u"2021-07-20"_s});
    ASSERT_EQ(due.exitCode, 0) << due.err.toStdString();
    const QStringList lines = due.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList f = line.split(u'\t');
        ASSERT_EQ(f.size(), 5) << line.toStdString();
        EscalationLevel level;
        EXPECT_TRUE(EscalationLevels::fromId(f.at(0), &level)) << line.toStdString();
    }
    EXPECT_TRUE(lines.first().startsWith(u"supervise\t1\t市市场监管局\t20\t"_s)) << "task 1, due 6月底, 20 days overdue";
    const QString pdf = dir.path(u"today.pdf"_s);
    const TestData::CliOutput issued = closeout({u"escalate"_s, ledger, u"--today"_s, u"2021-07-20"_s, u"--issue"_s, u"--out"_s, pdf});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    EXPECT_GT(QFile(pdf).size(), 10000);
    EXPECT_TRUE(closeout({u"escalate"_s, ledger, u"--today"_s, u"2021-07-20"_s}).out.isEmpty()) << "issued today already";
    EXPECT_EQ(closeout({u"escalate"_s, ledger, u"--issue"_s}).exitCode, 2) << "--issue needs --out";
}
