#include "document/ledgerdocument.h"
#include "escalationdialog.h"
#include "historydialog.h"
#include "historylabels.h"
#include <QComboBox>
#include <QLineEdit>
#include "reportingview.h"
#include "samplewindowtest.h"
#include "unitscoresdialog.h"

#include <QAction>
#include <QFile>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST_F(SampleWindowTest, shouldIssueTodaysNoticesAndSkipOneWithAReason)
{
    window.document()->setClock(std::make_shared<FixedClock>(QDate(2021, 7, 20)));
    ReportingView *view = window.reportingView();
    const QString pdf = dir.path(u"today.pdf"_s);
    int shown = 0;
    view->escalationPrompt = [&](EscalationDialog &dialog) {
        ++shown;
        ASSERT_GE(dialog.tree()->topLevelItemCount(), 2);
        QTreeWidgetItem *skip = dialog.tree()->topLevelItem(1);
        skip->setCheckState(0, Qt::Unchecked);
        skip->setText(5, u"已电话督促"_s);
        dialog.resize(1200, 600);
        dialog.show();
        saveScreenshot(&dialog, u"todays-notices"_s);
        const int chosen = int(dialog.chosen().size());
        EXPECT_EQ(chosen, dialog.tree()->topLevelItemCount() - 1);
        EXPECT_EQ(dialog.issue(pdf), QString());
        EXPECT_EQ(window.document()->store().escalations().size(), chosen);
    };
    view->todaysNoticesAction()->trigger();
    EXPECT_EQ(shown, 1);
    EXPECT_GT(QFile(pdf).size(), 10000);
    bool skipped = false;
    for (const HistoryEntry &e : window.document()->store().history())
        skipped = skipped || (e.action == u"skip" && e.newValue == u"已电话督促");
    EXPECT_TRUE(skipped) << "the skip and its reason are in the history";

    view->scoresPrompt = [&](UnitScoresDialog &dialog) {
        dialog.setPeriod(QDate(2021, 1, 1), QDate(2021, 12, 31));
        ASSERT_GT(dialog.table()->rowCount(), 10);
        EXPECT_EQ(dialog.table()->item(0, 0)->text(), u"1"_s);
        dialog.show();
        saveScreenshot(&dialog, u"unit-scores"_s);
        EXPECT_EQ(dialog.savePdf(dir.path(u"scores.pdf"_s)), QString());
    };
    view->unitScoresAction()->trigger();
    EXPECT_GT(QFile(dir.path(u"scores.pdf"_s)).size(), 10000);
}

TEST_F(SampleWindowTest, shouldShowTheLedgersHistoryFilteredAndExportIt)
{
    LedgerDocument *document = window.document();
    document->setAuthor(u"赵科员"_s);
    const qint64 taskId = document->store().taskPage(0, 1).first().id;
    ASSERT_TRUE(document->setTaskField(taskId, TaskField::Problems, u"资金缺口"_s));
    document->undoStack()->undo();
    const QString csv = dir.path(u"history.csv"_s);
    int shown = 0;
    window.historyPrompt = [&](HistoryDialog &dialog) {
        ++shown;
        ASSERT_GE(dialog.table()->rowCount(), 2);
        EXPECT_EQ(dialog.table()->item(0, 6)->text(), HistoryLabels::action(u"undo"_s)) << "newest first, as users read it";
        dialog.searchEdit()->setText(u"资金缺口"_s);
        EXPECT_EQ(dialog.table()->rowCount(), 2) << "the edit and its undo";
        dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(u"edit"_s));
        EXPECT_EQ(dialog.table()->rowCount(), 1);
        EXPECT_EQ(dialog.table()->item(0, 1)->text(), u"赵科员"_s);
        dialog.show();
        saveScreenshot(&dialog, u"history"_s);
        EXPECT_EQ(dialog.exportCsv(csv), QString());
    };
    window.findChild<QAction *>(u"historyAction"_s)->trigger();
    EXPECT_EQ(shown, 1);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2); // the header and the one edit shown
    EXPECT_TRUE(lines.at(1).contains(u",problems,,资金缺口,edit"_s)) << lines.at(1).toStdString();
}
