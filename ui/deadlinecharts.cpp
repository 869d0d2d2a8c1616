#include "deadlinecharts.h"

#include "document/ledgerdocument.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "settings/preferences.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // 100,000 tasks redraw on every filter change
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->titleFont();
    font.setPointSize(font.pointSize() + 2);
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

QBarSet *lightSet(TrafficLight light)
{
    auto *set = new QBarSet(TrafficLights::label(light));
    set->setColor(TaskTableModel::lightColor(light));
    set->setBorderColor(TaskTableModel::lightColor(light));
    return set;
}

int niceMaximum(int value)
{
    return std::max(4, value + std::max(1, value / 10));
}

} // namespace

DeadlineCharts::DeadlineCharts(TaskFilterProxyModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_tabs(new QTabWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"deadlineCharts"_s);
    const QString names[ChartCount]
        = {tr("Due per month"), tr("Burn-up"), tr("By lead unit"), tr("Completion rate"), tr("Timeline")};
    for (int c = 0; c < ChartCount; ++c) {
        m_views[c] = new QChartView(this);
        m_views[c]->setObjectName(u"chart%1"_s.arg(c));
        m_views[c]->setRenderHint(QPainter::Antialiasing);
        m_tabs->addTab(m_views[c], names[c]);
    }
    auto *exportButton = new QPushButton(tr("Export chart…"), this);
    exportButton->setObjectName(u"exportChart"_s);
    connect(exportButton, &QPushButton::clicked, this, &DeadlineCharts::exportCurrent);
    m_tabs->setCornerWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, &DeadlineCharts::refresh);
    TaskTableModel *tasks = m_filter->taskModel();
    connect(m_filter, &TaskFilterProxyModel::filterChanged, this, &DeadlineCharts::scheduleRefresh);
    connect(tasks, &QAbstractItemModel::dataChanged, this, &DeadlineCharts::scheduleRefresh);
    connect(tasks, &QAbstractItemModel::modelReset, this, &DeadlineCharts::scheduleRefresh);
    connect(tasks, &QAbstractItemModel::rowsInserted, this, &DeadlineCharts::scheduleRefresh);
    connect(tasks, &TaskTableModel::loadingFinished, this, &DeadlineCharts::scheduleRefresh);
}

void DeadlineCharts::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(chart);
}

DeadlineCharts::Chart DeadlineCharts::currentChart() const
{
    return Chart(m_tabs->currentIndex());
}

void DeadlineCharts::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void DeadlineCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DeadlineCharts::refresh()
{
    m_statistics = m_filter->statistics();
    QChart *charts[ChartCount] = {dueByMonthChart(), burnUpChart(), byUnitChart(), completionChart(), timelineChart()};
    for (int c = 0; c < ChartCount; ++c) {
        QChart *old = m_views[c]->chart();
        m_views[c]->setChart(charts[c]);
        delete old;
    }
    m_stale = false;
}

QChart *DeadlineCharts::dueByMonthChart()
{
    QChart *chart = newChart(tr("Tasks due per month"));
    auto *series = new QStackedBarSeries;
    QStringList months;
    const QList<QDate> keys = m_statistics.dueByMonth.keys();
    for (TrafficLight light : TrafficLights::all) {
        if (light == TrafficLight::Ongoing)
            continue; // ongoing tasks have no due month
        QBarSet *set = lightSet(light);
        for (const QDate &month : keys)
            *set << m_statistics.dueByMonth.value(month)[size_t(light)].count;
        connect(set, &QBarSet::clicked, this, [this, keys, light](int index) {
            emit tasksSelected(m_statistics.dueByMonth.value(keys.value(index))[size_t(light)].taskIds);
        });
        series->append(set);
    }
    int highest = 0;
    for (const QDate &month : keys) {
        months.append(month.toString(u"yyyy-MM"_s));
        int total = 0;
        for (const auto &bucket : m_statistics.dueByMonth.value(month))
            total += bucket.count;
        highest = std::max(highest, total);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    auto *y = new QValueAxis;
    y->setRange(0, niceMaximum(highest));
    y->applyNiceNumbers();
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(tr("Tasks"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    // Today, as a line between the month bars: the months are categories 0, 1, 2 … on a value axis.
    const QDate today = m_statistics.today;
    qsizetype at = -1;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).year() == today.year() && keys.at(i).month() == today.month())
            at = i;
    }
    if (at < 0 && !keys.isEmpty() && today > keys.last())
        at = keys.size() - 1;
    if (at >= 0) {
        const double x0 = double(at) - 0.5 + double(today.day()) / today.daysInMonth();
        auto *todayLine = new QLineSeries;
        todayLine->setName(tr("Today %1").arg(today.toString(Qt::ISODate)));
        todayLine->append(x0, 0);
        todayLine->append(x0, y->max());
        todayLine->setPen(QPen(QColor(0x21, 0x25, 0x29), 2, Qt::DashLine));
        chart->addSeries(todayLine);
        auto *overlay = new QValueAxis;
        overlay->setRange(-0.5, double(keys.size()) - 0.5);
        overlay->setVisible(false);
        chart->addAxis(overlay, Qt::AlignTop);
        todayLine->attachAxis(overlay);
        todayLine->attachAxis(y);
    }
    return chart;
}

QChart *DeadlineCharts::burnUpChart()
{
    const int year = m_statistics.today.year() > 0 && !m_statistics.dueByMonth.isEmpty()
        ? m_statistics.dueByMonth.firstKey().year()
        : m_statistics.today.year();
    QChart *chart = newChart(tr("Burn-up %1: tasks due and done, cumulative").arg(year));
    auto *due = new QLineSeries;
    due->setName(tr("Due"));
    due->setPen(QPen(TaskTableModel::lightColor(TrafficLight::Overdue), 3));
    auto *done = new QLineSeries;
    done->setName(tr("Done"));
    done->setPen(QPen(TaskTableModel::lightColor(TrafficLight::OnTrack), 3));
    int highest = 0;
    for (const LedgerStatistics::BurnUpPoint &point : m_statistics.burnUp(year)) {
        due->append(point.monthEnd.month(), point.dueSoFar);
        done->append(point.monthEnd.month(), point.doneSoFar);
        highest = std::max(highest, point.dueSoFar);
    }
    chart->addSeries(due);
    chart->addSeries(done);
    // A category axis, since Qt Charts formats value-axis labels through Latin-1 ("1?" for "1月").
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int month = 1; month <= 12; ++month)
        x->append(tr("Month %1").arg(month), month);
    x->setRange(1, 12);
    auto *y = new QValueAxis;
    y->setRange(0, niceMaximum(highest));
    y->applyNiceNumbers();
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {due, done}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QChart *DeadlineCharts::byUnitChart()
{
    QChart *chart = newChart(tr("Lead units by traffic light, worst first"));
    auto *series = new QHorizontalStackedBarSeries;
    const QList<LedgerStatistics::UnitRow> units = m_statistics.units.mid(0, maxUnits);
    QStringList names;
    for (qsizetype i = units.size() - 1; i >= 0; --i)
        names.append(units.at(i).unit); // bottom to top: the worst unit ends on top
    for (TrafficLight light : TrafficLights::all) {
        QBarSet *set = lightSet(light);
        for (qsizetype i = units.size() - 1; i >= 0; --i)
            *set << units.at(i).lights[size_t(light)].count;
        connect(set, &QBarSet::clicked, this, [this, units, light](int index) {
            const qsizetype unit = units.size() - 1 - index;
            if (unit >= 0 && unit < units.size())
                emit tasksSelected(units.at(unit).lights[size_t(light)].taskIds);
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setLabelFormat(u"%d"_s);
    int widest = 0;
    for (const auto &unit : units) {
        int total = 0;
        for (const auto &bucket : unit.lights)
            total += bucket.count;
        widest = std::max(widest, total);
    }
    x->setRange(0, niceMaximum(widest));
    x->applyNiceNumbers(); // ticks on whole, round numbers
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return chart;
}

QChart *DeadlineCharts::completionChart()
{
    QChart *chart = newChart(tr("Completion rate by lead unit (done on time ÷ due by today)"));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Completion rate %"));
    set->setColor(TaskTableModel::lightColor(TrafficLight::OnTrack));
    const QList<LedgerStatistics::UnitRow> units = m_statistics.unitsByCompletion().mid(0, maxUnits);
    QStringList names;
    for (qsizetype i = units.size() - 1; i >= 0; --i) {
        names.append(u"%1 (%2/%3)"_s.arg(units.at(i).unit).arg(units.at(i).doneOnTime).arg(units.at(i).due));
        *set << 100.0 * units.at(i).completionRate();
    }
    connect(set, &QBarSet::clicked, this, [this, units](int index) {
        // The unit's tasks due by today: the ones its rate is counted on.
        const qsizetype unit = units.size() - 1 - index;
        if (unit < 0 || unit >= units.size())
            return;
        QList<qint64> due;
        const TaskTableModel *tasks = m_filter->taskModel();
        for (TrafficLight light : TrafficLights::all) {
            for (qint64 id : units.at(unit).lights[size_t(light)].taskIds) {
                const Task &task = tasks->taskAt(tasks->rowOfTask(id));
                if (task.deadline.kind == Deadline::Kind::Date && task.deadline.due <= m_statistics.today)
                    due.append(id);
            }
        }
        emit tasksSelected(due);
    });
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value%"_s);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(u"%d%"_s);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->hide();
    return chart;
}

QChart *DeadlineCharts::timelineChart()
{
    QChart *chart = newChart(tr("Timeline: due dates and milestones"));
    // The tasks nearest to today: the ones a meeting talks about.
    QList<LedgerStatistics::TimelineRow> rows = m_statistics.timeline;
    const QDate today = m_statistics.today;
    std::stable_sort(rows.begin(), rows.end(), [today](const auto &a, const auto &b) {
        return std::abs(a.due.daysTo(today)) < std::abs(b.due.daysTo(today));
    });
    rows = rows.mid(0, maxTimelineTasks);
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.due < b.due; });

    auto msecs = [](const QDate &date) { return double(date.startOfDay().toMSecsSinceEpoch()); };
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *x = new QDateTimeAxis;
    x->setFormat(u"yyyy-MM-dd"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QDate first = today, last = today;
    QScatterSeries *dots[std::size(TrafficLights::all)] {};
    auto *milestones = new QScatterSeries;
    milestones->setName(tr("Milestones"));
    milestones->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    milestones->setMarkerSize(7);
    milestones->setColor(QColor(0x7a, 0x82, 0x8a));
    const TaskTableModel *tasks = m_filter->taskModel();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto &row = rows.at(i);
        const Task &task = tasks->taskAt(tasks->rowOfTask(row.taskId));
        QScatterSeries *&dot = dots[size_t(row.light)];
        if (!dot) {
            dot = new QScatterSeries;
            dot->setName(TrafficLights::label(row.light));
            dot->setColor(TaskTableModel::lightColor(row.light));
            dot->setMarkerSize(11);
        }
        auto *bar = new QLineSeries; // from the first milestone to the due date
        QDate start = row.due;
        for (const Milestone &m : task.milestones) {
            if (!m.due.isValid())
                continue;
            start = std::min(start, m.due);
            milestones->append(msecs(m.due), double(i));
        }
        bar->append(msecs(start), double(i));
        bar->append(msecs(row.due), double(i));
        bar->setPen(QPen(TaskTableModel::lightColor(row.light).lighter(140), 4));
        chart->addSeries(bar);
        bar->attachAxis(x);
        bar->attachAxis(y);
        dot->append(msecs(row.due), double(i));
        y->append((task.number + u' ' + task.title).left(12), double(i));
        first = std::min(first, start);
        last = std::max(last, row.due);
    }
    for (QScatterSeries *dot : dots) {
        if (!dot)
            continue;
        chart->addSeries(dot);
        dot->attachAxis(x);
        dot->attachAxis(y);
        connect(dot, &QScatterSeries::clicked, this, [this, rows](const QPointF &point) {
            const qsizetype i = qRound(point.y());
            if (i >= 0 && i < rows.size())
                emit tasksSelected({rows.at(i).taskId});
        });
    }
    chart->addSeries(milestones);
    milestones->attachAxis(x);
    milestones->attachAxis(y);
    auto *todayLine = new QLineSeries;
    todayLine->setName(tr("Today"));
    todayLine->append(msecs(today), -1);
    todayLine->append(msecs(today), double(rows.size()));
    todayLine->setPen(QPen(QColor(0x21, 0x25, 0x29), 2, Qt::DashLine));
    chart->addSeries(todayLine);
    todayLine->attachAxis(x);
    todayLine->attachAxis(y);
    x->setRange(first.addDays(-7).startOfDay(), last.addDays(7).startOfDay());
    y->setRange(-1, double(std::max<qsizetype>(rows.size(), 1)));
    // Every series but the lights and milestones is drawing, not legend.
    for (QAbstractSeries *series : chart->series()) {
        if (qobject_cast<QLineSeries *>(series) && series != todayLine && !qobject_cast<QScatterSeries *>(series))
            chart->legend()->markers(series).value(0)->setVisible(false);
    }
    return chart;
}

bool DeadlineCharts::exportChart(Chart chart, const QString &path) const
{
    QChartView *view = m_views[chart];
    const QSize size = view->size().isEmpty() ? QSize(1200, 800) : view->size();
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart() ? view->chart()->title() : QString());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        view->render(&painter);
        return painter.end();
    }
    return view->grab().save(path, "PNG");
}

void DeadlineCharts::exportCurrent()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
        QDir(Preferences::startFolder()).filePath(m_tabs->tabText(m_tabs->currentIndex()) + u".png"_s),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (!exportChart(currentChart(), path))
        QMessageBox::warning(this, tr("Export chart"), tr("%1 could not be written.").arg(path));
}

} // namespace Taizhang
