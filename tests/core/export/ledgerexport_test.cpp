#include "export/csvexporter.h"
#include "export/pdfexporter.h"
#include "export/xlsxexporter.h"
#include "import/csvtable.h"
#include "report/report.h"
#include "storage/ledgerstore.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

// Task text that a spreadsheet would run, or a renderer would take for markup.
const QStringList hostileTitles
    = {u"=HYPERLINK(\"http://example.com\",\"点我\")"_s, u"+1+1"_s, u"-2"_s, u"@SUM(A1:A2)"_s, u"\tcmd"_s};
const QString markup = u"<img src=x onerror=alert(1)>"_s;

// The Lhasa ledger, as of 2021-07-01, with hostile text in its first tasks.
class LedgerExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_dir.path(u"lhasa.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        ASSERT_FALSE(m_store.insertDraft(TestData::lhasaDraft()).isEmpty());
        QList<Task> tasks = m_store.taskPage(0, int(hostileTitles.size()) + 1, LedgerStore::Detail::Full);
        for (int i = 0; i < hostileTitles.size(); ++i) {
            tasks[i].number.clear(); // so the title starts the key-work cell
            tasks[i].title = hostileTitles.at(i);
        }
        tasks[int(hostileTitles.size())].requirement = markup;
        ASSERT_TRUE(m_store.saveTasks(tasks));
    }

    ReportContext context() const
    {
        TaskSelection selection;
        selection.today = QDate(2021, 7, 1);
        return ReportContext::fromStore(m_store, selection);
    }

    QJsonObject readXlsx(const QString &path) const
    {
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/readxlsx.py"_s, path});
        python.waitForFinished(60000);
        EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    TestData::ScratchDir m_dir;
    SqliteLedgerStore m_store;
};

} // namespace

TEST_F(LedgerExportTest, shouldWriteAnXlsxThatReadsBackAsTheLedger)
{
    const QString path = m_dir.path(u"ledger.xlsx"_s);
    ASSERT_EQ(XlsxExporter::write(context(), path, true), QString());
    const QJsonObject book = readXlsx(path);

    // A sheet for the ledger and one per unit; not one formula anywhere.
    const QJsonArray sheets = book[u"sheets"_s].toArray();
    EXPECT_EQ(sheets.at(0).toString(), u"Ledger"_s);
    EXPECT_TRUE(sheets.contains(u"市市场监管局"_s));
    EXPECT_GT(sheets.size(), 20);
    EXPECT_EQ(book[u"formulas"_s].toInt(), 0);

    const QJsonObject main = book[u"main"_s].toObject();
    const QJsonArray rows = main[u"rows"_s].toArray();
    const QJsonArray types = main[u"types"_s].toArray();
    EXPECT_TRUE(rows.at(0).toArray().at(0).toString().startsWith(u"拉萨市2021年优化营商环境"_s));
    EXPECT_EQ(rows.at(1).toArray().at(0).toString(), u"As of 2021-7-1"_s);
    const QJsonArray header = rows.at(2).toArray();
    EXPECT_EQ(header.at(1).toString(), u"Theme"_s);
    EXPECT_EQ(header.at(3).toString(), u"Requirement"_s);
    EXPECT_EQ(header.at(9).toString(), u"Warning"_s);
    // 103 tasks in 3 + 103 rows (the Lhasa ledger's sections have no headings above them).
    EXPECT_EQ(rows.size(), 3 + 103);

    // Hostile titles are strings, exactly as typed.
    for (int i = 0; i < hostileTitles.size(); ++i) {
        const QJsonArray row = rows.at(3 + i).toArray();
        EXPECT_EQ(row.at(2).toString(), hostileTitles.at(i));
        EXPECT_EQ(types.at(3 + i).toArray().at(2).toString(), u"s"_s);
    }
    EXPECT_EQ(rows.at(3).toArray().at(0).toInt(), 1);
    EXPECT_EQ(rows.at(3 + 5).toArray().at(3).toString(), markup);

    // The first theme is merged over the rows of its four tasks; the key work over its two parts.
    const QJsonArray merged = main[u"merged"_s].toArray();
    EXPECT_TRUE(merged.contains(u"A1:K1"_s));
    EXPECT_TRUE(merged.contains(u"B4:B7"_s)) << QJsonDocument(merged).toJson().toStdString();
    EXPECT_EQ(rows.at(4).toArray().at(1).toString(), QString()); // covered by the merge
    EXPECT_EQ(main[u"freeze"_s].toString(), u"A4"_s);
    EXPECT_EQ(main[u"orientation"_s].toString(), u"landscape"_s);
    EXPECT_TRUE(main[u"fit_to_page"_s].toBool());
    EXPECT_EQ(main[u"title_rows"_s].toString(), u"$3:$3"_s);
    EXPECT_TRUE(main[u"wrap"_s].toBool());
    // The warning column is filled by light: overdue red, on track green.
    const QJsonObject fills = main[u"fills"_s].toObject();
    EXPECT_EQ(fills[u"Overdue"_s].toString(), u"FFFFC7CE"_s);
    EXPECT_EQ(fills[u"On track"_s].toString(), u"FFC6EFCE"_s);
}

TEST_F(LedgerExportTest, shouldLeaveTheOldFileWhenAnExportFailsOrIsCancelled)
{
    const QString path = m_dir.path(u"old.xlsx"_s);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("the old export");
    old.close();

    int seen = 0;
    ReportContext big = context();
    const TaskFeed once = big.tasks;
    big.tasks = [once](const TaskVisitor &visit) { // 103 × 20 tasks, so progress is reported
        bool going = true;
        for (int i = 0; i < 20 && going; ++i)
            once([&](const Task &task, TrafficLight light) { return going = visit(task, light); });
    };
    const QString cancelled = XlsxExporter::write(big, path, false, [&seen](int written) {
        seen = written;
        return false;
    });
    EXPECT_TRUE(cancelled.contains(u"cancelled"_s)) << cancelled.toStdString();
    EXPECT_EQ(seen, 1000); // asked at the first thousand, cancelled there
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), "the old export");
    old.close();

    const QString nowhere = m_dir.path(u"missing-folder/ledger.xlsx"_s);
    EXPECT_FALSE(XlsxExporter::write(context(), nowhere).isEmpty());
    EXPECT_FALSE(QFile::exists(nowhere));
    const QString traversal = m_dir.path(u"../"_s.repeated(3) + u"x"_s.repeated(300) + u".pdf"_s);
    std::unique_ptr<Report> report = Report::create(Report::Kind::Ledger, context());
    EXPECT_FALSE(PdfExporter::write(*report, traversal).isEmpty());
    EXPECT_FALSE(QFile::exists(traversal));
}

TEST_F(LedgerExportTest, shouldWriteCsvInUtf8WithABomAndNoFormulas)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_EQ(CsvExporter::write(context(), &buffer), QString());
    EXPECT_TRUE(buffer.data().startsWith("\xEF\xBB\xBF"));

    const QString text = QString::fromUtf8(buffer.data().mid(3));
    QList<QStringList> rows;
    for (const QString &line : CsvTable::toTabSeparated(text).split(u'\n', Qt::SkipEmptyParts))
        rows << line.split(u'\t');
    ASSERT_EQ(rows.size(), 1 + 103);
    EXPECT_EQ(rows.at(0).at(2), u"Key work"_s);
    EXPECT_EQ(rows.at(1).at(2), u"'=HYPERLINK(\"http://example.com\",\"点我\")"_s);
    EXPECT_EQ(rows.at(2).at(2), u"'+1+1"_s);
    EXPECT_EQ(rows.at(3).at(2), u"'-2"_s);
    EXPECT_EQ(rows.at(4).at(2), u"'@SUM(A1:A2)"_s);
    EXPECT_TRUE(text.contains(u",'\tcmd,"_s));
    EXPECT_EQ(rows.at(6).at(3), markup);
    EXPECT_EQ(rows.at(7).at(4), u"Lead: 市发改委 Cooperating: 市行政审批局, 市自然资源局, 市住建局"_s);
    EXPECT_EQ(CsvExporter::field(u"=1+1"_s), u"'=1+1"_s);
    EXPECT_EQ(CsvExporter::field(u"@A1"_s), u"'@A1"_s);
    EXPECT_EQ(CsvExporter::field(u"a,\"b\""_s), u"\"a,\"\"b\"\"\""_s);
}
