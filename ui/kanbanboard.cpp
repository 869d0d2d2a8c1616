#include "kanbanboard.h"

#include "document/ledgerdocument.h"
#include "itemmodels/kanbancolumnmodel.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "kanbancarddelegate.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
constexpr int statusCount = std::size(TaskStatuses::all);
constexpr int laneHeight = 320; // a lane shows three to four cards and scrolls within itself
} // namespace

KanbanBoard::KanbanBoard(TaskFilterProxyModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_laneChoice(new QComboBox(this))
    , m_scroll(new QScrollArea(this))
    , m_moveRight(new QAction(tr("Move to &next column"), this))
    , m_moveLeft(new QAction(tr("Move to &previous column"), this))
{
    setObjectName(u"kanbanBoard"_s);
    m_laneChoice->setObjectName(u"laneChoice"_s);
    m_laneChoice->addItem(tr("No swimlanes"));
    m_laneChoice->addItem(tr("Swimlanes by lead unit"));
    m_laneChoice->addItem(tr("Swimlanes by section"));
    connect(m_laneChoice, &QComboBox::currentIndexChanged, this, [this](int index) { setLanes(Lanes(index)); });

    m_moveRight->setObjectName(u"moveCardRight"_s);
    m_moveRight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_moveLeft->setObjectName(u"moveCardLeft"_s);
    m_moveLeft->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    for (QAction *action : {m_moveRight, m_moveLeft}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_moveRight, &QAction::triggered, this, [this] { moveSelected(+1); });
    connect(m_moveLeft, &QAction::triggered, this, [this] { moveSelected(-1); });

    m_askNote = [this](int count) {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(this, tr("Close out"),
            tr("Closing %n task(s) (已销号). Say why: what was done, which document confirms it.", nullptr, count),
            QString(), &ok);
        return ok ? note.trimmed() : QString();
    };

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Board:"), this));
    bar->addWidget(m_laneChoice);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Drag cards to change their status; Ctrl+←/→ moves the selected ones."), this));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    TaskTableModel *tasks = m_filter->taskModel();
    connect(m_filter, &TaskFilterProxyModel::filterChanged, this, [this] {
        if (m_lanes != Lanes::None)
            rebuild(); // the lanes are the units the filter shows
    });
    connect(tasks, &TaskTableModel::loadingFinished, this, [this] {
        if (m_lanes != Lanes::None)
            rebuild();
    });
    rebuild();
}

KanbanBoard::~KanbanBoard() = default;

void KanbanBoard::setCloseNoteProvider(std::function<QString(int)> provider)
{
    m_askNote = std::move(provider);
}

void KanbanBoard::setLanes(Lanes lanes)
{
    if (lanes == m_lanes)
        return;
    m_lanes = lanes;
    QSignalBlocker blocker(m_laneChoice);
    m_laneChoice->setCurrentIndex(int(lanes));
    rebuild();
}

QStringList KanbanBoard::laneNames() const
{
    return m_laneNames;
}

void KanbanBoard::rebuild()
{
    m_laneNames = {QString()};
    m_laneSections.clear();
    if (m_lanes == Lanes::Section) {
        // The top-level sections that hold a task the filter shows, in the plan's order.
        const TaskTableModel *tasks = m_filter->taskModel();
        const QList<Section> sections = tasks->document() ? tasks->document()->store().sections() : QList<Section>();
        m_laneNames.clear();
        for (const Section &section : sections) {
            if (section.parentId != 0)
                continue;
            bool shown = false;
            for (int row = 0; row < tasks->rowCount() && !shown; ++row)
                shown = m_filter->acceptsTaskRow(row) && tasks->sectionWithin(tasks->taskAt(row).sectionId, section.id);
            if (shown) {
                m_laneNames.append(section.displayName());
                m_laneSections.append(section.id);
            }
        }
        bool unsectioned = false;
        for (int row = 0; row < tasks->rowCount() && !unsectioned; ++row)
            unsectioned = m_filter->acceptsTaskRow(row) && tasks->taskAt(row).sectionId == 0;
        if (unsectioned) {
            m_laneNames.append(QString());
            m_laneSections.append(0);
        }
    } else if (m_lanes == Lanes::LeadUnit) {
        // The lead units of the tasks the filter shows, most tasks first.
        const TaskTableModel *tasks = m_filter->taskModel();
        QHash<QString, int> counts;
        for (int row = 0; row < tasks->rowCount(); ++row) {
            if (m_filter->acceptsTaskRow(row))
                ++counts[tasks->taskAt(row).leadUnits.value(0)];
        }
        m_laneNames = counts.keys();
        std::sort(m_laneNames.begin(), m_laneNames.end(), [&counts](const QString &a, const QString &b) {
            return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
        });
    }

    for (const Cell &cell : m_cells)
        cell.model->deleteLater();
    m_cells.clear();
    m_headers.clear();
    m_grid = new QWidget;
    auto *grid = new QGridLayout(m_grid);
    grid->setSpacing(6);
    grid->setContentsMargins(0, 0, 0, 0);
    const int firstColumn = m_lanes == Lanes::None ? 0 : 1;
    for (int s = 0; s < statusCount; ++s) {
        auto *header = new QLabel(m_grid);
        header->setObjectName(u"columnHeader%1"_s.arg(s));
        header->setAlignment(Qt::AlignCenter);
        header->setStyleSheet(
            u"QLabel { background: #eef1f5; border-radius: 4px; padding: 6px; font-weight: bold; }"_s);
        grid->addWidget(header, 0, firstColumn + s);
        grid->setColumnStretch(firstColumn + s, 1);
        m_headers.push_back(header);
    }
    auto *delegate = new KanbanCardDelegate(m_grid);
    for (int lane = 0; lane < m_laneNames.size(); ++lane) {
        if (m_lanes != Lanes::None) {
            auto *name
                = new QLabel(m_laneNames.at(lane).isEmpty() ? tr("(no lead unit)") : m_laneNames.at(lane), m_grid);
            name->setWordWrap(true);
            name->setFixedWidth(120);
            name->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            grid->addWidget(name, lane + 1, 0);
        }
        for (int s = 0; s < statusCount; ++s) {
            const TaskStatus status = TaskStatuses::all[s];
            auto *model = new KanbanColumnModel(status, this);
            model->setFilter(m_filter);
            if (m_lanes == Lanes::LeadUnit)
                model->setLaneUnit(m_laneNames.at(lane));
            else if (m_lanes == Lanes::Section)
                model->setLaneSection(m_laneSections.at(lane));
            connect(model, &KanbanColumnModel::closeRequested, this, &KanbanBoard::close);
            for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
                connect(model, signal, this, &KanbanBoard::updateHeaders);
            connect(model, &QAbstractItemModel::modelReset, this, &KanbanBoard::updateHeaders);
            connect(model, &QAbstractItemModel::layoutChanged, this, &KanbanBoard::updateHeaders);

            auto *view = new QListView(m_grid);
            view->setObjectName(u"kanbanColumn%1_%2"_s.arg(s).arg(lane));
            view->setModel(model);
            view->setModelColumn(TaskTableModel::NumberColumn);
            view->setItemDelegate(delegate);
            view->setUniformItemSizes(true); // 5,000 cards lay out in constant time
            view->setSelectionMode(QAbstractItemView::ExtendedSelection);
            view->setDragDropMode(QAbstractItemView::DragDrop);
            view->setDefaultDropAction(Qt::MoveAction);
            view->setDragDropOverwriteMode(false);
            view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
            view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cards fit the column's width
            view->setResizeMode(QListView::Adjust);
            view->setStyleSheet(u"QListView { background: #f6f7f9; border: 1px solid #e1e4e8; border-radius: 4px; }"_s);
            if (m_lanes != Lanes::None)
                view->setFixedHeight(laneHeight);
            view->installEventFilter(this);
            view->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(view, &QWidget::customContextMenuRequested, this, [this, view, status](const QPoint &at) {
                QMenu menu(view);
                QAction *add = menu.addAction(tr("New Task in \"%1\"").arg(TaskStatuses::label(status)));
                add->setObjectName(u"boardNewTaskAction"_s);
                connect(add, &QAction::triggered, this, [this, status] { emit newTaskRequested(status); });
                menu.exec(view->viewport()->mapToGlobal(at));
            });
            connect(
                view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
                    if (current.isValid())
                        emit taskActivated(current.data(TaskTableModel::TaskIdRole).toLongLong());
                });
            grid->addWidget(view, lane + 1, firstColumn + s);
            m_cells.push_back({model, view, lane, status});
        }
    }
    if (m_lanes != Lanes::None)
        grid->setRowStretch(int(m_laneNames.size()) + 1, 1);
    m_scroll->setWidget(m_grid); // deletes the previous grid and its views
    updateHeaders();
}

void KanbanBoard::updateHeaders()
{
    for (int s = 0; s < int(m_headers.size()); ++s) {
        int count = 0;
        for (const Cell &cell : m_cells) {
            if (cell.status == TaskStatuses::all[s])
                count += cell.model->rowCount();
        }
        m_headers.at(s)->setText(u"%1  %2"_s.arg(TaskStatuses::label(TaskStatuses::all[s])).arg(count));
    }
}

QListView *KanbanBoard::view(TaskStatus status, int lane) const
{
    for (const Cell &cell : m_cells) {
        if (cell.status == status && cell.lane == lane)
            return cell.view;
    }
    return nullptr;
}

KanbanColumnModel *KanbanBoard::columnModel(TaskStatus status, int lane) const
{
    for (const Cell &cell : m_cells) {
        if (cell.status == status && cell.lane == lane)
            return cell.model;
    }
    return nullptr;
}

const KanbanBoard::Cell *KanbanBoard::cellOf(const QObject *view) const
{
    for (const Cell &cell : m_cells) {
        if (cell.view == view)
            return &cell;
    }
    return nullptr;
}

void KanbanBoard::close(const QList<qint64> &taskIds)
{
    LedgerDocument *document = m_filter->taskModel()->document();
    if (!document || taskIds.isEmpty())
        return;
    const QString note = m_askNote ? m_askNote(int(taskIds.size())) : QString();
    if (note.isEmpty())
        return; // no note, no close-out
    document->closeTasks(taskIds, note);
}

void KanbanBoard::moveSelected(int step)
{
    const Cell *from = cellOf(focusWidget());
    if (!from)
        return;
    const int target = int(from->status) + step;
    if (target < 0 || target >= statusCount)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : from->view->selectionModel()->selectedIndexes())
        ids.append(index.data(TaskTableModel::TaskIdRole).toLongLong());
    if (ids.isEmpty() && from->view->currentIndex().isValid())
        ids.append(from->view->currentIndex().data(TaskTableModel::TaskIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    const TaskStatus status = TaskStatuses::all[target];
    if (status == TaskStatus::Closed)
        close(ids);
    else if (KanbanColumnModel *model = columnModel(status, from->lane))
        model->moveHere(ids);
    // The selection follows the cards into their new column.
    if (QListView *to = view(status, from->lane)) {
        to->setFocus();
        for (int row = 0; row < to->model()->rowCount(); ++row) {
            const QModelIndex index = to->model()->index(row, TaskTableModel::NumberColumn);
            if (ids.contains(index.data(TaskTableModel::TaskIdRole).toLongLong()))
                to->selectionModel()->select(index, QItemSelectionModel::Select);
        }
    }
}

bool KanbanBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Cell *cell = cellOf(watched);
        if (cell && key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            const int target = int(cell->status) + (key->key() == Qt::Key_Right ? 1 : -1);
            if (target >= 0 && target < statusCount) {
                if (QListView *next = view(TaskStatuses::all[target], cell->lane)) {
                    const int row = std::min(cell->view->currentIndex().row(), next->model()->rowCount() - 1);
                    next->setFocus();
                    if (row >= 0)
                        next->setCurrentIndex(next->model()->index(std::max(row, 0), TaskTableModel::NumberColumn));
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Taizhang
