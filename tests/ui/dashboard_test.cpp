#include "dashboard.h"
#include "document/ledgerdocument.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "samplewindowtest.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class DashboardTest : public SampleWindowTest {
protected:
    void SetUp() override
    {
        SampleWindowTest::SetUp();
        window.document()->setClock(std::make_shared<FixedClock>(QDate(2021, 6, 20)));
        window.resize(1600, 900);
        window.findChild<QAction *>(u"showDashboardAction"_s)->trigger();
        dashboard = window.dashboard();
        dashboard->refresh();
    }
    Dashboard *dashboard = nullptr;
};
} // namespace

TEST_F(DashboardTest, shouldCountListAndRankAndOpenTheTasks)
{
    // On 2021-06-20 nothing is overdue yet; the 22 tasks due at the end of June are due soon.
    EXPECT_TRUE(dashboard->lightTile(int(TrafficLight::DueSoon))->text().contains(u">22<"_s))
        << dashboard->lightTile(int(TrafficLight::DueSoon))->text().toStdString();
    EXPECT_EQ(dashboard->overdueList()->topLevelItemCount(), 0);
    EXPECT_EQ(dashboard->dueSoonList()->topLevelItemCount(), 22);

    window.document()->setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
    dashboard->refresh();
    EXPECT_EQ(dashboard->overdueList()->topLevelItemCount(), 22);
    EXPECT_EQ(dashboard->overdueList()->topLevelItem(0)->text(3), u"2021-06-30"_s);
    EXPECT_EQ(dashboard->overdueList()->topLevelItem(0)->text(4), u"1"_s);
    ASSERT_GT(dashboard->unitList()->topLevelItemCount(), 2);
    EXPECT_EQ(dashboard->unitList()->topLevelItem(0)->text(1), u"3"_s);

    saveScreenshot(&window, u"dashboard"_s);

    // A unit opens its overdue tasks in the table.
    QTreeWidgetItem *worst = dashboard->unitList()->topLevelItem(0);
    emit dashboard->unitList()->itemActivated(worst, 0);
    EXPECT_EQ(window.findChild<QStackedWidget *>(u"views"_s)->currentWidget(), window.tableView());
    EXPECT_EQ(window.tableView()->selectionModel()->selectedRows().size(), 3);

    // The dashboard follows the filter.
    window.proxyModel()->setUnit(u"市中法"_s);
    dashboard->refresh();
    EXPECT_EQ(dashboard->overdueList()->topLevelItemCount(), 2);
}
