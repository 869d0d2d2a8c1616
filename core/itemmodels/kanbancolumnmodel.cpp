#include "kanbancolumnmodel.h"

#include "document/ledgerdocument.h"
#include "taskfilterproxymodel.h"
#include "taskidsmime.h"
#include "tasktablemodel.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Taizhang {

KanbanColumnModel::KanbanColumnModel(TaskStatus status, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_status(status)
{
}

void KanbanColumnModel::setFilter(TaskFilterProxyModel *filter)
{
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    setSourceModel(filter ? filter->taskModel() : nullptr);
    // Unsorted: cards keep the ledger's own order.
    if (filter)
        connect(filter, &TaskFilterProxyModel::filterChanged, this, &KanbanColumnModel::invalidateFilter);
}

void KanbanColumnModel::setLaneUnit(std::optional<QString> unit)
{
    if (unit == m_laneUnit)
        return;
    m_laneUnit = unit;
    invalidateFilter();
}

void KanbanColumnModel::setLaneSection(std::optional<qint64> sectionId)
{
    if (sectionId == m_laneSection)
        return;
    m_laneSection = sectionId;
    invalidateFilter();
}

TaskTableModel *KanbanColumnModel::taskModel() const
{
    return m_filter ? m_filter->taskModel() : nullptr;
}

bool KanbanColumnModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const TaskTableModel *model = taskModel();
    if (!model)
        return false;
    const Task &task = model->taskAt(sourceRow);
    if (task.status != m_status)
        return false;
    if (m_laneUnit && task.leadUnits.value(0) != *m_laneUnit)
        return false;
    if (m_laneSection
        && (*m_laneSection == 0 ? task.sectionId != 0 : !model->sectionWithin(task.sectionId, *m_laneSection)))
        return false;
    return m_filter->acceptsTaskRow(sourceRow);
}

Qt::ItemFlags KanbanColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList KanbanColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(TaskIdsMime::mimeType)};
}

QMimeData *KanbanColumnModel::mimeData(const QModelIndexList &indexes) const
{
    return TaskIdsMime::encode(indexes, ledgerPath());
}

QList<qint64> KanbanColumnModel::taskIds(const QMimeData *data) const
{
    return TaskIdsMime::decode(data, ledgerPath());
}

QString KanbanColumnModel::ledgerPath() const
{
    return taskModel() && taskModel()->document() ? taskModel()->document()->path() : QString();
}

Qt::DropActions KanbanColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions KanbanColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool KanbanColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return !taskIds(data).isEmpty() && taskModel() && taskModel()->document() && !taskModel()->document()->isReadOnly();
}

bool KanbanColumnModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids;
    for (qint64 id : taskIds(data)) {
        const int sourceRow = taskModel()->rowOfTask(id);
        if (sourceRow >= 0 && taskModel()->taskAt(sourceRow).status != m_status)
            ids.append(id);
    }
    if (ids.isEmpty())
        return false;
    if (m_status == TaskStatus::Closed) {
        emit closeRequested(ids);
        return false; // nothing moved yet: the view must not remove the dragged cards itself
    }
    moveHere(ids);
    return false; // the document moved them; a "true" would have the source view delete rows too
}

bool KanbanColumnModel::moveHere(const QList<qint64> &taskIds)
{
    LedgerDocument *document = taskModel() ? taskModel()->document() : nullptr;
    if (!document || m_status == TaskStatus::Closed)
        return false;
    return document->setTasksField(taskIds, TaskField::Status, int(m_status));
}

} // namespace Taizhang
