// The views at 100,000 tasks: switching to the board, the charts and the home page, and changing
// the shared filter while the board's five columns follow it. Run with `make bench`.
#include "dashboard.h"
#include "deadlinecharts.h"
#include "document/ledgerdocument.h"
#include "itemmodels/kanbancolumnmodel.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "kanbanboard.h"
#include "mainwindow.h"
#include "model/ledgerstatistics.h"
#include "syntheticledger.h"

#include <QAction>
#include <QApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

// One window on the 100k ledger, every row loaded, shared by the benchmarks below.
MainWindow &window()
{
    static MainWindow *shown = [] {
        auto *w = new MainWindow;
        w->resize(1600, 900);
        w->show();
        w->openLedger(BenchData::bigLedger());
        w->taskModel()->loadAll();
        QApplication::processEvents();
        return w;
    }();
    return *shown;
}

void switchTo(const QString &action, const QString &back, benchmark::State &state)
{
    MainWindow &w = window();
    for (auto _ : state) {
        w.findChild<QAction *>(action)->trigger();
        QApplication::processEvents(); // lays out and paints
        state.PauseTiming();
        w.findChild<QAction *>(back)->trigger();
        // The filter changes while the view is away, so switching back redraws it from the data.
        w.proxyModel()->setStatus(TaskStatus::Blocked);
        w.proxyModel()->setStatus(std::nullopt);
        QApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["tasks"] = w.taskModel()->rowCount();
}

void BM_SwitchToBoard(benchmark::State &state)
{
    switchTo(u"showBoardAction"_s, u"showTableAction"_s, state);
}
BENCHMARK(BM_SwitchToBoard)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_SwitchToCharts(benchmark::State &state)
{
    switchTo(u"showChartsAction"_s, u"showTableAction"_s, state);
}
BENCHMARK(BM_SwitchToCharts)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_SwitchToHome(benchmark::State &state)
{
    switchTo(u"showDashboardAction"_s, u"showTableAction"_s, state);
}
BENCHMARK(BM_SwitchToHome)->Unit(benchmark::kMillisecond)->Iterations(5);

// A unit chosen and cleared again with a view on screen: the table's filter, plus five columns
// when the board is shown.
void filterUnit(const QString &view, benchmark::State &state)
{
    MainWindow &w = window();
    w.findChild<QAction *>(view)->trigger();
    QApplication::processEvents();
    const QString unit = BenchData::unitPool().at(3);
    int shown = 0;
    for (auto _ : state) {
        w.proxyModel()->setUnit(unit);
        shown = w.proxyModel()->rowCount();
        QApplication::processEvents();
        state.PauseTiming();
        w.proxyModel()->setUnit({});
        QApplication::processEvents();
        state.ResumeTiming();
    }
    w.findChild<QAction *>(u"showTableAction"_s)->trigger();
    state.counters["shown"] = shown;
}

void BM_FilterUnitWithTable(benchmark::State &state)
{
    filterUnit(u"showTableAction"_s, state);
}
BENCHMARK(BM_FilterUnitWithTable)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_FilterUnitWithBoard(benchmark::State &state)
{
    filterUnit(u"showBoardAction"_s, state);
}
BENCHMARK(BM_FilterUnitWithBoard)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_StatisticsCollect(benchmark::State &state)
{
    MainWindow &w = window();
    int overdue = 0;
    for (auto _ : state) {
        const LedgerStatistics statistics = w.proxyModel()->statistics();
        overdue = statistics.lights[size_t(TrafficLight::Overdue)].count;
        benchmark::DoNotOptimize(overdue);
    }
    state.counters["overdue"] = overdue;
}
BENCHMARK(BM_StatisticsCollect)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"TaizhangViewBench"_s);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
