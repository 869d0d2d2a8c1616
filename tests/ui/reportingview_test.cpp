#include "collectpreviewdialog.h"
#include "dashboard.h"
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "itemmodels/roundboardmodel.h"
#include "newrounddialog.h"
#include "reportingview.h"
#include "rounds/returnsheetlayout.h"
#include "samplewindowtest.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class ReportingViewTest : public SampleWindowTest {
protected:
    void SetUp() override
    {
        SampleWindowTest::SetUp();
        window.document()->setClock(clock);
        view = window.reportingView();
        view->newRoundPrompt = [](NewRoundDialog &dialog) {
            dialog.nameEdit()->setText(u"2026年11月"_s);
            dialog.dueEdit()->setDate(QDate(2026, 12, 5));
            return true;
        };
        view->folderPrompt = [this](const QString &) { return dir.path(u"sheets"_s); };
        QDir().mkpath(dir.path(u"sheets"_s));
        window.findChild<QAction *>(u"showReportingAction"_s)->trigger();
    }

    // A unit's sheet with every row reported on, as openpyxl saves it.
    QString filled(const QString &unit, bool withMistake = false)
    {
        const QStringList sheets = QDir(dir.path(u"sheets"_s)).entryList({u"*_"_s + unit + u"_*.xlsx"_s});
        EXPECT_EQ(sheets.size(), 1) << unit.toStdString();
        QString rows = u"{"_s;
        const ReportingRound round = *view->currentRound();
        for (const RoundAssignment &a : round.assignmentsOf(unit)) {
            const Task task = *window.document()->store().task(a.taskId);
            rows += u"\"%1\": {\"progress\": \"按计划推进\", \"percent\": %2, \"reporter\": \"王五\"},"_s
                        .arg(ReturnSheetLayout::taskLabel(task))
                        .arg(withMistake && a.taskId == round.assignmentsOf(unit).first().taskId ? 150 : 50);
        }
        rows.chop(1);
        rows += u'}';
        const QString out = dir.path(u"back-"_s + unit + u".xlsx"_s);
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/returnsheets.py"_s, u"fill"_s,
            dir.path(u"sheets/"_s + sheets.value(0)), out, rows});
        EXPECT_TRUE(python.waitForFinished(60000) && python.exitCode() == 0) << python.readAllStandardError().toStdString();
        return out;
    }

    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDate(2026, 11, 25));
    ReportingView *view = nullptr;
};
} // namespace

TEST_F(ReportingViewTest, shouldRunARoundFromTheReportingPage)
{
    EXPECT_FALSE(view->collectAction()->isEnabled()) << "no round yet";
    view->newRoundAction()->trigger();
    const std::optional<ReportingRound> round = view->currentRound();
    ASSERT_TRUE(round);
    EXPECT_EQ(round->name, u"2026年11月"_s);
    EXPECT_EQ(round->due, QDate(2026, 12, 5));
    const QStringList units = round->units();
    ASSERT_GE(units.size(), 3);
    EXPECT_EQ(view->boardTable()->model()->rowCount(), units.size());
    EXPECT_TRUE(view->collectAction()->isEnabled());

    view->writeSheetsAction()->trigger();
    EXPECT_EQ(QDir(dir.path(u"sheets"_s)).entryList({u"*.xlsx"_s}).size(), units.size());

    const QString first = filled(units.at(0)), second = filled(units.at(1));
    int previews = 0;
    view->previewPrompt = [&](CollectPreviewDialog &dialog) {
        ++previews;
        EXPECT_EQ(dialog.tree()->topLevelItemCount(), 2);
        dialog.resize(1280, 640);
        dialog.show();
        saveScreenshot(&dialog, u"collect-preview"_s);
        return true;
    };
    view->filesPrompt = [&] { return QStringList {first, second}; };
    clock->setToday(QDate(2026, 12, 3));
    window.document()->setDueSoonDays(window.document()->dueSoonDays()); // the board follows today
    view->collectAction()->trigger();
    EXPECT_EQ(previews, 1);
    auto board = [this] { return view->board(); };
    EXPECT_EQ(board().returned, 2);
    EXPECT_EQ(board().missing, units.size() - 2);
    EXPECT_TRUE(view->countsLabel()->text().contains(u"2"_s));
    // Missing units come first on the board.
    EXPECT_EQ(view->boardTable()->model()->index(0, RoundBoardModel::ReturnedColumn).data().toString(),
        RoundBoardModel::tr("Missing"));
    EXPECT_FALSE(window.dashboard()->roundSummary()->text().isEmpty()) << "Home shows the open round";
    saveScreenshot(&window, u"reporting-page"_s);
    window.findChild<QAction *>(u"showDashboardAction"_s)->trigger();
    saveScreenshot(&window, u"home-with-round"_s);
    window.findChild<QAction *>(u"showReportingAction"_s)->trigger();

    view->copyRemindersAction()->trigger();
    const QString reminders = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(reminders.contains(units.at(2)));
    EXPECT_FALSE(reminders.contains(units.at(0) + QCoreApplication::translate("Taizhang::ChaseNotice", "%1:").arg(QString())));

    // The collect is one step.
    window.document()->undoStack()->undo();
    EXPECT_EQ(board().returned, 0);
    window.document()->undoStack()->redo();
    EXPECT_EQ(board().returned, 2);

    // A sheet dropped on the page is collected through the same preview.
    QMimeData mime;
    const QString stranger = dir.path(u"stranger.xlsx"_s);
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/returnsheets.py"_s, u"random"_s, stranger});
    ASSERT_TRUE(python.waitForFinished(60000) && python.exitCode() == 0);
    mime.setUrls({QUrl::fromLocalFile(filled(units.at(2), true)), QUrl::fromLocalFile(stranger)});
    // As a drag would: entered first (the page takes only .xlsx files), then dropped.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    view->previewPrompt = [&](CollectPreviewDialog &dialog) {
        ++previews;
        EXPECT_EQ(dialog.tree()->topLevelItemCount(), 2);
        EXPECT_TRUE(dialog.preview().anyRefused()) << "the stranger workbook";
        dialog.resize(1280, 640);
        dialog.show();
        saveScreenshot(&dialog, u"collect-preview-problems"_s);
        return dialog.preview().acceptedRows() > 0;
    };
    QCoreApplication::sendEvent(view, &drop);
    EXPECT_EQ(previews, 2);
    EXPECT_EQ(board().returned, 3);
}
