#include "document/ledgerdocument.h"
#include "export/pdfexporter.h"
#include "report/ledgersheet.h"
#include "report/report.h"
#include "storage/ledgerstore.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// What poppler reads from a PDF: its text (pages split by form feeds), pages and fonts.
struct PdfContents {
    explicit PdfContents(const QString &path)
        : text(run(u"pdftotext"_s, {path, u"-"_s}))
        , fonts(run(u"pdffonts"_s, {path}))
    {
        // Latin ligatures come out as one character (ﬁ).
        for (const QChar ligature : u"\uFB00\uFB01\uFB02\uFB03\uFB04"_s)
            text.replace(ligature, QString(ligature).normalized(QString::NormalizationForm_KC));
        const QString info = run(u"pdfinfo"_s, {path});
        pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
    }
    QString page(int n) const { return text.split(u'\f').value(n - 1); }
    // The text without line breaks: a cell wraps wherever its column ends.
    QString flat() const { return QString(text).remove(QRegularExpression(u"\\s+"_s)); }
    QString text;
    QString fonts;
    int pages = 0;
};

// The Lhasa ledger (103 tasks, 22 overdue on 2021-07-01), printed through the CLI's path.
class ReportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_dir.path(u"lhasa.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        ASSERT_FALSE(m_store.insertDraft(TestData::lhasaDraft()).isEmpty());
        ReportSettings settings = ReportSettings::load(m_store);
        settings.officeName = u"拉萨市优化营商环境办公室"_s;
        settings.noticePrefix = u"拉营商督"_s;
        ASSERT_TRUE(m_store.setSettings(settings.values()));
    }

    PdfContents print(Report::Kind kind, const QDate &today, const QString &unit = {})
    {
        TaskSelection selection;
        selection.today = today;
        selection.unit = unit;
        // As the CLI prints: through a document, which records notices and bulletins.
        LedgerDocument document;
        EXPECT_TRUE(document.open(m_store.path()));
        ReportContext context = ReportContext::fromStore(document.store(), selection, document.records());
        std::unique_ptr<Report> report = Report::create(kind, context);
        const QString path = m_dir.path(Report::id(kind) + today.toString(Qt::ISODate) + u".pdf"_s);
        int pages = 0;
        EXPECT_EQ(PdfExporter::write(*report, path, &pages), QString());
        PdfContents contents(path);
        EXPECT_EQ(contents.pages, pages);
        // Real text in an embedded CJK font, never a picture of it.
        EXPECT_TRUE(contents.fonts.contains(u"NotoSansCJK"_s)) << contents.fonts.toStdString();
        for (const QString &line : contents.fonts.split(u'\n', Qt::SkipEmptyParts).mid(2))
            EXPECT_TRUE(line.contains(QRegularExpression(u"Identity-H\\s+yes"_s))) << line.toStdString();
        return contents;
    }

    TestData::ScratchDir m_dir;
    SqliteLedgerStore m_store;
};

} // namespace

TEST_F(ReportTest, shouldPrintTheLedgerWithEveryTaskAndPageNumbers)
{
    QList<Task> first = m_store.taskPage(0, 1, LedgerStore::Detail::Full);
    first[0].requirement = u"<img src=x> <b>不是粗体</b>"_s;
    ASSERT_TRUE(m_store.saveTasks(first));

    const PdfContents pdf = print(Report::Kind::Ledger, QDate(2021, 7, 1));
    EXPECT_GT(pdf.pages, 10);
    EXPECT_TRUE(pdf.page(1).contains(u"拉萨市2021年优化营商环境重点工作任务落实台账"_s));
    EXPECT_TRUE(pdf.page(1).contains(u"拉萨市优化营商环境办公室"_s));
    // Task text is printed as text: the markup shows, it is not interpreted.
    EXPECT_TRUE(pdf.flat().contains(u"<imgsrc=x><b>不是粗体</b>"_s));
    EXPECT_TRUE(pdf.flat().contains(u"1.简化企业开办流程"_s));
    // Ideographs come back as themselves, never as the radicals that share their glyphs (⾏ for 行).
    EXPECT_TRUE(pdf.flat().contains(u"国网拉萨供电公司"_s));
    EXPECT_TRUE(pdf.flat().contains(u"市行政审批局"_s));
    EXPECT_FALSE(pdf.text.contains(QRegularExpression(u"[\\x{2E80}-\\x{2FDF}]"_s)));
    EXPECT_TRUE(pdf.flat().contains(u"（一）提升企业开办注销便利度"_s));
    EXPECT_TRUE(pdf.page(1).contains(u"Page 1 of %1"_s.arg(pdf.pages)));
    EXPECT_TRUE(pdf.page(pdf.pages).contains(u"Page %1 of %1"_s.arg(pdf.pages)));
    // The header is repeated on every page.
    for (int page = 1; page <= pdf.pages; ++page)
        EXPECT_TRUE(pdf.page(page).contains(u"Requirement"_s)) << page;
    // Every task's serial number is printed, the last one too.
    EXPECT_TRUE(pdf.page(pdf.pages).contains(QRegularExpression(u"\\b103\\b"_s)));
}

TEST_F(ReportTest, shouldPrintOneUnitsSheetAsLeadThenAsCooperatingUnit)
{
    const PdfContents pdf = print(Report::Kind::Unit, QDate(2021, 7, 1), u"市人社局"_s);
    EXPECT_TRUE(pdf.page(1).contains(u"Task sheet of 市人社局"_s));
    const qsizetype lead = pdf.text.indexOf(u"As lead unit"_s);
    const qsizetype cooperating = pdf.text.indexOf(u"As cooperating unit"_s);
    EXPECT_GE(lead, 0);
    EXPECT_GT(cooperating, lead);
    EXPECT_FALSE(pdf.text.contains(u"Task sheet of 市税务局"_s));
}

TEST_F(ReportTest, shouldGroupTheMeetingSheetByLeadUnit)
{
    const PdfContents pdf = print(Report::Kind::Meeting, QDate(2021, 7, 1));
    EXPECT_TRUE(pdf.flat().contains(u"22task(s)of"_s)) << pdf.page(1).toStdString();
    EXPECT_TRUE(pdf.flat().contains(u"市市场监管局:3overdue,0duesoon"_s));
    EXPECT_TRUE(pdf.text.contains(u"Meeting notes"_s));
    EXPECT_TRUE(pdf.flat().contains(u"1day(s)overdue"_s));
}

TEST_F(ReportTest, shouldNumberNoticesOncePerTaskAndDay)
{
    const PdfContents pdf = print(Report::Kind::Notice, QDate(2021, 7, 1));
    EXPECT_EQ(pdf.pages, 22); // one page per overdue task
    EXPECT_TRUE(pdf.page(1).contains(u"拉营商督 [2021] No. 1"_s)) << pdf.page(1).toStdString();
    EXPECT_TRUE(pdf.page(22).contains(u"拉营商督 [2021] No. 22"_s));
    EXPECT_TRUE(pdf.page(1).contains(u"2021-7-8"_s)); // reply within the default 7 days
    EXPECT_TRUE(pdf.page(1).contains(u"Received by (seal)"_s));

    // Printed again the same day: the same numbers. The next day: new ones.
    EXPECT_TRUE(print(Report::Kind::Notice, QDate(2021, 7, 1)).page(22).contains(u"No. 22"_s));
    const PdfContents later = print(Report::Kind::Notice, QDate(2021, 7, 2));
    EXPECT_TRUE(later.page(1).contains(u"No. 23"_s)) << later.page(1).toStdString();
}

TEST_F(ReportTest, shouldSayInTheBulletinWhoReportedInTheLatestRound)
{
    const PdfContents before = print(Report::Kind::Bulletin, QDate(2021, 7, 1));
    EXPECT_FALSE(before.text.contains(u"4. Progress reporting"_s)) << "no round yet: no section";

    // A round asking three units; one returns on time, one late, one not at all.
    const QList<Task> tasks = m_store.taskPage(0, 3, LedgerStore::Detail::Full);
    ReportingRound round;
    round.name = u"2021年6月"_s;
    round.opened = QDate(2021, 6, 25);
    round.due = QDate(2021, 7, 5);
    round.assignments = {{tasks.at(0).id, u"市发改委"_s, ReportRole::Lead}, {tasks.at(1).id, u"市税务局"_s, ReportRole::Lead},
        {tasks.at(2).id, u"市司法局"_s, ReportRole::Cooperating}};
    round.id = m_store.insertRound(round);
    ASSERT_GT(round.id, 0);
    ASSERT_GT(m_store.insertRoundReturn({0, round.id, u"市发改委"_s, QDate(2021, 7, 3), u"a.xlsx"_s, {tasks.at(0).id}}), 0);
    ASSERT_GT(m_store.insertRoundReturn({0, round.id, u"市税务局"_s, QDate(2021, 7, 8), u"b.xlsx"_s, {tasks.at(1).id}}), 0);

    const PdfContents bulletin = print(Report::Kind::Bulletin, QDate(2021, 7, 10));
    EXPECT_TRUE(bulletin.text.contains(u"4. Progress reporting (2021年6月)"_s)) << bulletin.text.toStdString();
    EXPECT_TRUE(bulletin.flat().contains(u"Of3unitsaskedtoreportby"_s));
    EXPECT_TRUE(bulletin.flat().contains(u"Ontime:市发改委."_s));
    EXPECT_TRUE(bulletin.flat().contains(u"Late:市税务局."_s));
    EXPECT_TRUE(bulletin.flat().contains(u"Notreported:市司法局."_s));
}

TEST_F(ReportTest, shouldNameTheTasksTheLadderPutAtTheBulletin)
{
    const Task first = m_store.taskPage(0, 1, LedgerStore::Detail::Full).first();
    ASSERT_EQ(m_store.issueEscalations({{first.id, EscalationLevel::Bulletin}}, QDate(2021, 7, 20), QDate(2021, 7, 27)).size(), 1);
    ASSERT_EQ(m_store.issueEscalations({{first.id + 1, EscalationLevel::Supervise}}, QDate(2021, 7, 20), QDate(2021, 7, 27)).size(), 1);
    const PdfContents bulletin = print(Report::Kind::Bulletin, QDate(2021, 8, 1));
    EXPECT_TRUE(bulletin.text.contains(u"5. Tasks named in this bulletin"_s)) << bulletin.text.toStdString();
    const QString section = bulletin.flat().mid(bulletin.flat().indexOf(u"5.Tasksnamed"_s));
    EXPECT_TRUE(section.contains(LedgerSheet::keyWork(first).remove(QRegularExpression(u"\\s+"_s))));
    EXPECT_EQ(section.count(u"市市场监管局"_s), 1) << "only the task put at 通报, not the supervised one";
}

TEST_F(ReportTest, shouldCompareTheBulletinWithThePreviousOne)
{
    const PdfContents first = print(Report::Kind::Bulletin, QDate(2021, 7, 1));
    EXPECT_TRUE(first.text.contains(u"Issue 1 of 2021"_s));
    EXPECT_TRUE(first.flat().contains(u"Thisisthefirstbulletin"_s));
    EXPECT_TRUE(first.flat().contains(u"Completionratebyleadunit"_s));
    EXPECT_TRUE(first.text.contains(u"3. Overdue tasks"_s));

    // A month on, two of the overdue tasks are done.
    QList<Task> tasks = m_store.taskPage(0, 1000, LedgerStore::Detail::Full);
    int finished = 0;
    for (Task &task : tasks) {
        if (finished < 2 && task.deadline.due.isValid() && task.deadline.due < QDate(2021, 7, 1)) {
            task.status = TaskStatus::Done;
            ++finished;
        }
    }
    ASSERT_TRUE(m_store.saveTasks(tasks));
    const PdfContents second = print(Report::Kind::Bulletin, QDate(2021, 8, 1));
    EXPECT_TRUE(second.text.contains(u"Issue 2 of 2021"_s));
    EXPECT_TRUE(second.flat().contains(u"Sincethepreviousbulletinof2021-7-1:done+2"_s)) << second.page(1).toStdString();
}
