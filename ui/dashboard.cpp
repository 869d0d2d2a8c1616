#include "dashboard.h"

#include "document/ledgerdocument.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "model/ledgerstatistics.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
constexpr int idsRole = Qt::UserRole + 1;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(u"font-weight: bold; font-size: 11pt; padding: 6px 0 2px 0;"_s);
    return label;
}
} // namespace

Dashboard::Dashboard(TaskFilterProxyModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_overdue(newList(u"overdueList"_s, {tr("No."), tr("Task"), tr("Lead unit"), tr("Due"), tr("Days overdue")}))
    , m_dueSoon(newList(u"dueSoonList"_s, {tr("No."), tr("Task"), tr("Lead unit"), tr("Due"), tr("Days left")}))
    , m_units(newList(u"unitList"_s, {tr("Lead unit"), tr("Overdue"), tr("Due soon"), tr("On track"), tr("Done")}))
    , m_dueSoonTitle(sectionTitle(QString(), this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"dashboard"_s);
    m_round = new QLabel(this);
    m_round->setObjectName(u"roundSummary"_s);
    m_round->setStyleSheet(u"QLabel { padding: 6px; background: #eef3fb; border-radius: 4px; }"_s);
    m_round->hide();
    auto *tiles = new QHBoxLayout;
    for (TrafficLight light : TrafficLights::all) {
        auto *tile = new QLabel(this);
        tile->setObjectName(u"lightTile%1"_s.arg(int(light)));
        tile->setAlignment(Qt::AlignCenter);
        tile->setMinimumHeight(86);
        const QColor colour = TaskTableModel::lightColor(light);
        tile->setStyleSheet(
            u"QLabel { background: %1; color: white; border-radius: 6px; font-size: 13pt; }"_s.arg(colour.name()));
        m_tiles[int(light)] = tile;
        tiles->addWidget(tile);
    }

    auto *lists = new QGridLayout;
    lists->addWidget(sectionTitle(tr("Overdue"), this), 0, 0);
    lists->addWidget(m_overdue, 1, 0);
    lists->addWidget(m_dueSoonTitle, 0, 1);
    lists->addWidget(m_dueSoon, 1, 1);
    lists->addWidget(sectionTitle(tr("Lead units by overdue tasks"), this), 2, 0, 1, 2);
    lists->addWidget(m_units, 3, 0, 1, 2);
    lists->setRowStretch(1, 3);
    lists->setRowStretch(3, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_round);
    layout->addLayout(lists, 1);

    for (QTreeWidget *list : {m_overdue, m_dueSoon, m_units}) {
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            const QList<qint64> ids = item->data(0, idsRole).value<QList<qint64>>();
            if (!ids.isEmpty())
                emit tasksActivated(ids);
        });
    }

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, &Dashboard::refresh);
    TaskTableModel *tasks = m_filter->taskModel();
    connect(m_filter, &TaskFilterProxyModel::filterChanged, this, &Dashboard::scheduleRefresh);
    connect(tasks, &QAbstractItemModel::dataChanged, this, &Dashboard::scheduleRefresh);
    connect(tasks, &QAbstractItemModel::modelReset, this, &Dashboard::scheduleRefresh);
    connect(tasks, &TaskTableModel::loadingFinished, this, &Dashboard::scheduleRefresh);
}

void Dashboard::setRoundSummary(const QString &summary)
{
    m_round->setText(summary);
    m_round->setVisible(!summary.isEmpty());
}

QTreeWidget *Dashboard::newList(const QString &name, const QStringList &headers)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(headers.size() > 4 && name != u"unitList" ? 1 : 0, QHeaderView::Stretch);
    return list;
}

void Dashboard::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void Dashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void Dashboard::fillTasks(QTreeWidget *list, const QList<qint64> &taskIds)
{
    list->clear();
    const TaskTableModel *tasks = m_filter->taskModel();
    const QDate today = tasks->document() ? tasks->document()->clock().today() : QDate::currentDate();
    QList<const Task *> shown;
    for (qint64 id : taskIds) {
        const int row = tasks->rowOfTask(id);
        if (row >= 0)
            shown.append(&tasks->taskAt(row));
    }
    std::stable_sort(
        shown.begin(), shown.end(), [](const Task *a, const Task *b) { return a->deadline.due < b->deadline.due; });
    for (const Task *task : shown.mid(0, maxListed)) {
        const int days = std::abs(TrafficLights::daysLeft(task->deadline, today));
        auto *item = new QTreeWidgetItem(list,
            {task->number, task->title, task->leadUnits.value(0), task->deadline.due.toString(Qt::ISODate),
                QString::number(days)});
        item->setData(0, idsRole, QVariant::fromValue(QList<qint64> {task->id}));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (shown.size() > maxListed) {
        auto *more = new QTreeWidgetItem(
            list, {QString(), tr("… and %n more: open them in the table", nullptr, int(shown.size() - maxListed))});
        more->setData(0, idsRole, QVariant::fromValue(taskIds));
    }
}

void Dashboard::refresh()
{
    const LedgerStatistics statistics = m_filter->statistics();
    for (TrafficLight light : TrafficLights::all)
        m_tiles[int(light)]->setText(u"<span style='font-size:26pt; font-weight:bold'>%1</span><br>%2"_s
                                         .arg(statistics.lights[size_t(light)].count)
                                         .arg(TrafficLights::label(light)));
    fillTasks(m_overdue, statistics.lights[size_t(TrafficLight::Overdue)].taskIds);
    fillTasks(m_dueSoon, statistics.lights[size_t(TrafficLight::DueSoon)].taskIds);
    const LedgerDocument *document = m_filter->taskModel()->document();
    m_dueSoonTitle->setText(
        tr("Due within %n day(s)", nullptr, document ? document->dueSoonDays() : TrafficLights::defaultDueSoonDays));

    m_units->clear();
    for (const LedgerStatistics::UnitRow &unit : statistics.units) {
        if (unit.lights[size_t(TrafficLight::Overdue)].count == 0
            && unit.lights[size_t(TrafficLight::DueSoon)].count == 0)
            continue; // the ranking is of units with something late or close
        QStringList cells {unit.unit};
        for (TrafficLight light :
            {TrafficLight::Overdue, TrafficLight::DueSoon, TrafficLight::OnTrack, TrafficLight::Done})
            cells.append(QString::number(unit.lights[size_t(light)].count));
        auto *item = new QTreeWidgetItem(m_units, cells);
        item->setData(0, idsRole, QVariant::fromValue(unit.lights[size_t(TrafficLight::Overdue)].taskIds));
        item->setForeground(1, TaskTableModel::lightColor(TrafficLight::Overdue));
        for (int c = 1; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_stale = false;
}

} // namespace Taizhang
