#include "document/ledgerdocument.h"
#include "export/exporterregistry.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "plaintextexporter.h"
#include "report/reportsettings.h"
#include "reportactions.h"
#include "reportdialog.h"
#include "reportsettingsdialog.h"
#include "samplewindowtest.h"
#include "storage/ledgerstore.h"

#include <QAction>
#include <QMenu>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
// File → Print/Export on the sample ledger as of 2021-07-01, the dialogs answered by the test.
class ReportActionsTest : public SampleWindowTest {
protected:
    void SetUp() override
    {
        SampleWindowTest::SetUp();
        window.document()->setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
        window.resize(1400, 900);
        reports = window.reports();
        reports->savePathPrompt = [this](const QString &suggested, const QString &) {
            savedAs = dir.path(suggested);
            return savedAs;
        };
    }

    void answer(Report::Kind kind, bool filteredOnly = false, const QString &unit = {})
    {
        reports->reportPrompt = [=](ReportDialog &dialog) {
            saveScreenshot(&dialog, u"report-dialog"_s);
            dialog.setKind(kind);
            dialog.setFilteredOnly(filteredOnly);
            dialog.setUnit(unit);
            return true;
        };
    }

    static QString pdfText(const QString &path)
    {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
        pdftotext.waitForFinished(60000);
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
    }

    ReportActions *reports = nullptr;
    QString savedAs;
};
} // namespace

TEST_F(ReportActionsTest, shouldExportTheMeetingSheetAsPdf)
{
    answer(Report::Kind::Meeting);
    QSignalSpy finished(reports, &ReportActions::exportFinished);
    window.findChild<QAction *>(u"exportPdfAction"_s)->trigger();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    EXPECT_TRUE(savedAs.endsWith(u"-meeting.pdf"_s));
    const QString text = pdfText(savedAs);
    EXPECT_TRUE(text.contains(u"Meetingnotes"_s)) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(u"市市场监管局"_s));
}

TEST_F(ReportActionsTest, shouldExportOnlyWhatTheFilterShows)
{
    window.proxyModel()->setUnit(u"市中法"_s);
    ASSERT_EQ(window.proxyModel()->rowCount(), 11);
    QSignalSpy finished(reports, &ReportActions::exportFinished);
    window.findChild<QAction *>(u"exportCsvAction"_s)->trigger();
    ASSERT_EQ(finished.size(), 1);
    QFile csv(savedAs);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\r\n"), 1 + 11); // the header and the filter's eleven tasks
}

TEST_F(ReportActionsTest, shouldExportTheWholeLedgerAsJson)
{
    window.proxyModel()->setUnit(u"市中法"_s); // JSON is the whole ledger, whatever the filter shows
    QSignalSpy finished(reports, &ReportActions::exportFinished);
    window.findChild<QAction *>(u"exportJsonAction"_s)->trigger();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    QFile json(savedAs);
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(root[u"format"_s].toString(), u"taizhang-ledger"_s);
    EXPECT_EQ(root[u"tasks"_s].toArray().size(), window.taskModel()->rowCount());
}

TEST_F(ReportActionsTest, shouldExportExcelOffTheUiThreadWithASheetPerUnit)
{
    answer(Report::Kind::Unit);
    QSignalSpy finished(reports, &ReportActions::exportFinished);
    window.findChild<QAction *>(u"exportXlsxAction"_s)->trigger();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
        {u"-c"_s,
            u"import openpyxl,sys; b=openpyxl.load_workbook(sys.argv[1]); print(len(b.sheetnames)); "
            "print(b.worksheets[0].max_row)"_s,
            savedAs});
    python.waitForFinished(60000);
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << python.readAllStandardError().toStdString();
    EXPECT_EQ(lines.at(0).toInt(), 1 + int(window.document()->store().unitNames().size()));
    EXPECT_EQ(lines.at(1).toInt(), 3 + window.taskModel()->rowCount());
}

TEST_F(ReportActionsTest, shouldPreviewTheLedgerAndKeepTheOfficesSettings)
{
    ReportSettings settings = ReportSettings::load(window.document()->store());
    const ReportSettings before = settings;
    settings.officeName = u"拉萨市优化营商环境工作领导小组办公室"_s;
    ASSERT_TRUE(window.document()->setReportSettings(settings));
    // A settings change is an edit like any other: undone and redone as one step.
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    EXPECT_EQ(ReportSettings::load(window.document()->store()), before);
    window.findChild<QAction *>(u"redoAction"_s)->trigger();
    EXPECT_EQ(ReportSettings::load(window.document()->store()).officeName, settings.officeName);
    ReportSettingsDialog settingsDialog(ReportSettings::load(window.document()->store()), &window);
    settingsDialog.show();
    saveScreenshot(&settingsDialog, u"report-settings"_s);
    EXPECT_EQ(settingsDialog.settings().officeName, settings.officeName);

    answer(Report::Kind::Ledger);
    window.findChild<QAction *>(u"printPreviewAction"_s)->trigger();
    auto *preview = window.findChild<QPrintPreviewDialog *>(u"printPreview"_s);
    ASSERT_NE(preview, nullptr);
    QApplication::processEvents();
    // The preview shows the ledger laid out, not an empty page.
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    ASSERT_NE(pages, nullptr);
    EXPECT_GT(pages->pageCount(), 10);
    saveScreenshot(preview, u"print-preview"_s);
    preview->close();
}

namespace {
// Registers the tests' own format before the window (and its File menu) is made.
struct RegisteredFormat {
    RegisteredFormat() { ExporterRegistry::instance().add(std::make_unique<TestData::PlainTextExporter>()); }
    ~RegisteredFormat() { ExporterRegistry::instance().remove(u"txt"_s); }
};

class RegisteredFormatTest : public RegisteredFormat, public SampleWindowTest { };
} // namespace

TEST_F(RegisteredFormatTest, shouldOfferAFormatRegisteredInTheFileMenuAndExportWithIt)
{
    auto *action = window.findChild<QAction *>(u"exportTxtAction"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QCoreApplication::translate("Taizhang::ReportActions", "Export %1…").arg(u"Plain text"_s));
    if (auto *file = window.findChild<QMenu *>(u"fileMenu"_s)) { // for make screenshots
        file->popup(window.mapToGlobal(QPoint(0, 0)));
        saveScreenshot(file, u"file-menu"_s);
        file->hide();
    }
    QString filter;
    window.reports()->savePathPrompt = [&](const QString &suggested, const QString &asked) {
        filter = asked;
        return dir.path(suggested);
    };
    window.proxyModel()->setUnit(u"市中法"_s);
    QSignalSpy finished(window.reports(), &ReportActions::exportFinished);
    action->trigger();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    EXPECT_EQ(filter, QCoreApplication::translate("Taizhang::LedgerExporter", "%1 (*.%2)").arg(u"Plain text"_s, u"txt"_s));
    QFile text(finished.at(0).at(0).toString());
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    EXPECT_EQ(text.readAll().count('\n'), 11) << "the filter's eleven tasks, as every ledger export";
}
