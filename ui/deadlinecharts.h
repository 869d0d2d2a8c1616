#pragma once

#include "model/ledgerstatistics.h"

#include <QWidget>

class QChart;
class QChartView;
class QTabWidget;
class QTimer;

namespace Taizhang {

class TaskFilterProxyModel;

// The deadline charts over the shared filter: tasks due per month stacked by traffic light with a
// today marker, the plan year's burn-up, lead units by light (worst first), completion rate by unit,
// and a timeline of due dates with milestones. Clicking a bar or a task asks for those tasks to be
// selected; each chart exports as PNG or SVG. Charts redraw when the filter or the data change,
// while they are on screen.
class DeadlineCharts : public QWidget {
    Q_OBJECT

public:
    enum Chart { DueByMonth, BurnUp, ByUnit, Completion, Timeline, ChartCount };
    static constexpr int maxUnits = 15; // more bars than this are unreadable on a page
    static constexpr int maxTimelineTasks = 24;

    explicit DeadlineCharts(TaskFilterProxyModel *filter, QWidget *parent = nullptr);

    QChartView *chartView(Chart chart) const { return m_views[chart]; }
    void showChart(Chart chart);
    Chart currentChart() const;
    const LedgerStatistics &statistics() const { return m_statistics; }
    void refresh();
    // Writes the chart as .png or .svg (by the path's suffix); false when it could not be written.
    bool exportChart(Chart chart, const QString &path) const;

signals:
    void tasksSelected(const QList<qint64> &taskIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void exportCurrent();
    QChart *dueByMonthChart();
    QChart *burnUpChart();
    QChart *byUnitChart();
    QChart *completionChart();
    QChart *timelineChart();

    TaskFilterProxyModel *m_filter;
    QTabWidget *m_tabs;
    QChartView *m_views[ChartCount] {};
    QTimer *m_refreshTimer;
    LedgerStatistics m_statistics;
    bool m_stale = true;
};

} // namespace Taizhang
