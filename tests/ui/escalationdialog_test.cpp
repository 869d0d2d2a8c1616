#include "document/ledgerdocument.h"
#include "escalationdialog.h"
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
