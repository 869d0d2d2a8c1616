#include "deadlinecharts.h"
#include "document/ledgerdocument.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "samplewindowtest.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class DeadlineChartsTest : public SampleWindowTest {
protected:
    void SetUp() override
    {
        SampleWindowTest::SetUp();
        window.document()->setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
        window.resize(1600, 900);
        window.findChild<QAction *>(u"showChartsAction"_s)->trigger();
        charts = window.charts();
        QApplication::processEvents();
        charts->refresh();
    }
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("TAIZHANG_SCREENSHOTS"))
            return;
        for (int c = 0; c < DeadlineCharts::ChartCount; ++c) {
            charts->showChart(DeadlineCharts::Chart(c));
            saveScreenshot(&window, u"chart-%1"_s.arg(c));
        }
        charts->showChart(DeadlineCharts::DueByMonth);
    }
    DeadlineCharts *charts = nullptr;
};
} // namespace

TEST_F(DeadlineChartsTest, shouldSelectTheTasksOfAClickedBarInTheTable)
{
    screenshots();
    QChartView *view = charts->chartView(DeadlineCharts::DueByMonth);
    QChart *chart = view->chart();
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
    ASSERT_TRUE(bars);
    // June 2021 is the first month; its overdue set holds 22 tasks.
    QBarSet *overdue = bars->barSets().value(0);
    ASSERT_EQ(overdue->at(0), 22);

    // Click the middle of the first month's overdue bar.
    const QPointF valuePoint(0, 11);
    const QPointF scenePoint = chart->mapToScene(chart->mapToPosition(valuePoint, bars));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scenePoint));
    QApplication::processEvents();

    EXPECT_EQ(window.findChild<QStackedWidget *>(u"views"_s)->currentWidget(), window.tableView());
    const QModelIndexList rows = window.tableView()->selectionModel()->selectedRows();
    EXPECT_EQ(rows.size(), 22);
    for (const QModelIndex &row : rows)
        EXPECT_EQ(row.siblingAtColumn(TaskTableModel::DueColumn).data().toString().left(7), u"2021-06"_s);
}

TEST_F(DeadlineChartsTest, shouldFollowTheFilterAndExportPngAndSvg)
{
    auto overdueInJune = [this] {
        auto *bars = qobject_cast<QStackedBarSeries *>(
            charts->chartView(DeadlineCharts::DueByMonth)->chart()->series().value(0));
        return bars ? bars->barSets().value(0)->at(0) : -1;
    };
    EXPECT_EQ(overdueInJune(), 22);
    window.proxyModel()->setUnit(u"市市场监管局"_s);
    charts->refresh();
    EXPECT_LT(overdueInJune(), 22);

    TestData::ScratchDir dir;
    ASSERT_TRUE(charts->exportChart(DeadlineCharts::ByUnit, dir.path(u"units.png"_s)));
    ASSERT_TRUE(charts->exportChart(DeadlineCharts::ByUnit, dir.path(u"units.svg"_s)));
    QImage png(dir.path(u"units.png"_s));
    EXPECT_FALSE(png.isNull());
    QFile svg(dir.path(u"units.svg"_s));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    EXPECT_TRUE(drawing.contains("<svg"));
    EXPECT_GT(drawing.size(), 2000);
}
