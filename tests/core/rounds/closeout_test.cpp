// 销号 with evidence: requested with two files, returned with a reason the unit reads on its next
// sheet, requested again, approved; files refused for what they are; every step undone and redone.
#include "document/ledgercloseouts.h"
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "rounds/closeoutform.h"
#include "rounds/evidencefile.h"
#include "rounds/returnsheet.h"
#include "rounds/returnsheetlayout.h"
#include "rounds/roundplanner.h"
#include "export/pdfexporter.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class CloseOutTest : public testing::Test {
protected:
    void SetUp() override
    {
        document.setClock(clock);
        ASSERT_TRUE(document.open(dir.path(u"closeout.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));
        // A photo of the site and the acceptance report, as a unit sends them.
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        ASSERT_TRUE(photo.save(dir.path(u"现场照片.png"_s)));
        write(u"验收报告.pdf"_s, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    Evidence evidence(const QString &name)
    {
        QString why;
        const std::optional<Evidence> e = EvidenceFile::read(dir.path(name), document.closeOuts().maxEvidenceBytes(), &why);
        EXPECT_TRUE(e) << why.toStdString();
        return e.value_or(Evidence {});
    }

    QString refusalOf(const QString &name)
    {
        QString why;
        EXPECT_FALSE(EvidenceFile::read(dir.path(name), document.closeOuts().maxEvidenceBytes(), &why)) << name.toStdString();
        return why;
    }

    Task task(qint64 id) const { return *document.store().task(id); }

    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDate(2021, 7, 2));
    TestData::ScratchDir dir;
    LedgerDocument document;
};
} // namespace

TEST_F(CloseOutTest, shouldRequestReturnRequestAgainAndApproveWithEvidence)
{
    const Evidence photo = evidence(u"现场照片.png"_s);
    EXPECT_EQ(photo.type, u"image/png"_s);
    const Evidence report = evidence(u"验收报告.pdf"_s);
    EXPECT_EQ(report.type, u"application/pdf"_s);
    QFile original(dir.path(u"验收报告.pdf"_s));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    EXPECT_EQ(report.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

    CloseOutRequest request;
    request.taskId = 5;
    request.unit = task(5).leadUnits.first();
    request.note = u"审批时限已压缩至15个工作日"_s;
    request.evidence = {photo, report};
    const qint64 first = document.closeOuts().requestCloseOut(request);
    ASSERT_GT(first, 0);
    EXPECT_EQ(document.closeOuts().requestCloseOut(request), 0) << "one request waits at a time";
    const CloseOutRequest stored = *document.closeOuts().request(first);
    ASSERT_EQ(stored.evidence.size(), 2);
    EXPECT_EQ(stored.evidence.at(1).name, u"验收报告.pdf"_s);
    EXPECT_EQ(stored.evidence.at(1).size, bytes.size());
    EXPECT_TRUE(stored.evidence.at(1).data.isEmpty()) << "lists carry no data";
    EXPECT_EQ(document.store().evidenceData(stored.evidence.at(1).id), bytes) << "kept byte for byte";
    EXPECT_EQ(document.store().evidenceBytes(), photo.size + report.size);

    // Returned: the task is open again, and the unit reads why on its next sheet.
    clock->setToday(QDate(2021, 7, 5));
    EXPECT_FALSE(document.closeOuts().returnRequest(first, u"王科长"_s, {})) << "a reason is asked for";
    ASSERT_TRUE(document.closeOuts().returnRequest(first, u"王科长"_s, u"缺少第三方验收意见"_s));
    EXPECT_EQ(task(5).status, TaskStatus::InProgress);
    const CloseOutRequest returned = *document.closeOuts().request(first);
    EXPECT_EQ(returned.state, CloseOutRequest::State::Returned);
    EXPECT_EQ(returned.decided, QDate(2021, 7, 5));
    EXPECT_EQ(returned.decidedBy, u"王科长"_s);
    RoundPlanner::Request next;
    next.name = u"2021年7月"_s;
    next.due = QDate(2021, 8, 5);
    const qint64 round = document.rounds().openRound(RoundPlanner::plan(document, next));
    bool shown = false;
    for (const ReturnSheet &sheet : ReturnSheet::forRound(document, *document.rounds().round(round), {request.unit})) {
        for (const ReturnSheet::Row &row : sheet.rows)
            shown = shown || (row.task.id == 5 && row.closeOutReturned == u"缺少第三方验收意见"_s);
    }
    EXPECT_TRUE(shown);

    // Asked again, approved: 已销号 with the day and the approver.
    request.note = u"已补充第三方验收意见"_s;
    request.evidence = {report};
    const qint64 second = document.closeOuts().requestCloseOut(request);
    ASSERT_GT(second, 0);
    clock->setToday(QDate(2021, 7, 9));
    ASSERT_TRUE(document.closeOuts().approve(second, u"李主任"_s, u"同意销号"_s));
    EXPECT_EQ(task(5).status, TaskStatus::Closed);
    EXPECT_EQ(task(5).closedOn, QDate(2021, 7, 9));
    EXPECT_FALSE(document.closeOuts().approve(second, u"李主任"_s)) << "decided once";
    EXPECT_EQ(document.closeOuts().requestsOf(5).size(), 2);

    // The 销号审批表 names the files and the decision.
    TaskSelection selection;
    selection.today = clock->today();
    CloseOutForm form(ReportContext::fromStore(document.store(), selection),
        {{task(5), *document.closeOuts().request(second)}});
    const QString pdf = dir.path(u"form.pdf"_s);
    ASSERT_EQ(PdfExporter::write(form, pdf), QString());
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
    EXPECT_TRUE(printed.contains(u"验收报告.pdf"_s)) << printed.toStdString();
    EXPECT_TRUE(printed.contains(report.sha256.left(16))) << printed.toStdString();
    EXPECT_TRUE(printed.contains(u"李主任"_s));

    // Every step undone, then redone under the same ids.
    const int steps = document.undoStack()->count();
    document.undoStack()->undo(); // the approval
    EXPECT_EQ(task(5).status, TaskStatus::InProgress);
    EXPECT_EQ(document.closeOuts().request(second)->state, CloseOutRequest::State::Pending);
    document.undoStack()->undo(); // the second request
    EXPECT_FALSE(document.closeOuts().request(second));
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_EQ(document.undoStack()->count(), steps);
    EXPECT_EQ(task(5).status, TaskStatus::Closed);
    const CloseOutRequest again = *document.closeOuts().request(second);
    ASSERT_EQ(again.evidence.size(), 1);
    EXPECT_EQ(document.store().evidenceData(again.evidence.first().id), bytes);
}

TEST_F(CloseOutTest, shouldRefuseEvidenceForWhatItIsAndSaySo)
{
    // An oversized file, a program renamed .pdf, a missing file, a Word file named .pdf, an empty file.
    QFile big(dir.path(u"扫描件.pdf"_s));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write("%PDF-1.4\n");
    ASSERT_TRUE(big.resize(document.closeOuts().maxEvidenceBytes() + 1));
    big.close();
    QFile program(u"/bin/ls"_s);
    ASSERT_TRUE(program.open(QIODevice::ReadOnly));
    write(u"报告.pdf"_s, program.readAll());
    ASSERT_TRUE(TestData::writeZip(dir.path(u"说明.pdf"_s), {{u"[Content_Types].xml"_s, "<Types/>"}, {u"word/document.xml"_s, "<w:document/>"}}));
    write(u"空.pdf"_s, {});

    EXPECT_TRUE(refusalOf(u"扫描件.pdf"_s).contains(u"20 MB"_s));
    EXPECT_TRUE(refusalOf(u"报告.pdf"_s).contains(u"program"_s) || refusalOf(u"报告.pdf"_s).contains(u"程序"_s));
    EXPECT_TRUE(refusalOf(u"不存在.pdf"_s).contains(u"不存在.pdf"_s));
    EXPECT_TRUE(refusalOf(u"说明.pdf"_s).contains(u".docx"_s)) << "named .pdf, holds a Word file";
    EXPECT_FALSE(refusalOf(u"空.pdf"_s).isEmpty());

    // The ledger's cap on all its evidence, set in its settings.
    document.close();
    {
        SqliteLedgerStore settings;
        ASSERT_TRUE(settings.open(dir.path(u"closeout.taizhang"_s)));
        ASSERT_TRUE(settings.setSetting(u"closeout.maxTotalMb"_s, u"1"_s));
    }
    ASSERT_TRUE(document.open(dir.path(u"closeout.taizhang"_s)));
    CloseOutRequest request;
    request.taskId = 5;
    request.note = u"完成"_s;
    Evidence large = evidence(u"验收报告.pdf"_s);
    large.size = 2 * 1024 * 1024;
    request.evidence = {large};
    EXPECT_EQ(document.closeOuts().requestCloseOut(request), 0);
    EXPECT_TRUE(document.errorString().contains(u"1 MB"_s)) << document.errorString().toStdString();
    EXPECT_TRUE(document.closeOuts().requests().isEmpty());
}
