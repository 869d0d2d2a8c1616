#include "taskfilterproxymodel.h"

#include "document/ledgerdocument.h"
#include "taskidsmime.h"
#include "tasktablemodel.h"

#include <QCollator>
#include <QMimeData>

namespace Taizhang {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TaskFilterProxyModel::setTaskModel(TaskTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void TaskFilterProxyModel::refilter()
{
    // One layout change rather than invalidateFilter()'s removal per run of rows: at 100,000 tasks a
    // table's header relays itself once per run, which made a unit filter take half a second.
    invalidate();
    emit filterChanged();
}

void TaskFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // Case folding costs time on every character and means nothing for Han text.
    m_textCase = m_text.toLower() == m_text.toUpper() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    refilter();
}

void TaskFilterProxyModel::setUnit(const QString &unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    refilter();
}

void TaskFilterProxyModel::setStatus(std::optional<TaskStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void TaskFilterProxyModel::setLight(std::optional<TrafficLight> light)
{
    if (light == m_light)
        return;
    m_light = light;
    refilter();
}

void TaskFilterProxyModel::setSection(qint64 sectionId)
{
    if (sectionId == m_section)
        return;
    m_section = sectionId;
    refilter();
}

void TaskFilterProxyModel::setDueWindow(std::optional<std::pair<QDate, QDate>> window)
{
    if (window == m_dueWindow)
        return;
    m_dueWindow = window;
    refilter();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_model)
        return true;
    const Task &task = m_model->taskAt(sourceRow);
    if (m_status && task.status != *m_status)
        return false;
    if (!m_unit.isEmpty() && !task.leadUnits.contains(m_unit) && !task.coUnits.contains(m_unit))
        return false;
    if (m_light && m_model->lightAt(sourceRow) != *m_light)
        return false;
    if (m_section && !m_model->sectionWithin(task.sectionId, m_section))
        return false;
    if (m_dueWindow
        && (task.deadline.kind != Deadline::Kind::Date || task.deadline.due < m_dueWindow->first
            || task.deadline.due > m_dueWindow->second))
        return false;
    if (m_text.isEmpty())
        return true;
    auto has = [this](const QString &field) { return field.contains(m_text, m_textCase); };
    if (has(task.title) || has(task.requirement) || has(task.number) || has(task.deadline.text) || has(task.problems)
        || has(task.remarks) || has(m_model->sectionName(task.sectionId)))
        return true;
    for (const QString &unit : task.leadUnits + task.coUnits) {
        if (has(unit))
            return true;
    }
    const ProgressEntry *latest = task.latestProgress();
    return latest && has(latest->text);
}

bool TaskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column == TaskTableModel::NumberColumn || column == TaskTableModel::SectionColumn) {
        // Ledger order: the order rows were loaded in (by id), save for tasks moved by hand.
        const double a = left.data(TaskTableModel::OrderRole).toDouble();
        const double b = right.data(TaskTableModel::OrderRole).toDouble();
        return a != b ? a < b : left.row() < right.row();
    }
    if (column == TaskTableModel::DueColumn) {
        const QDate a = left.data(TaskTableModel::DueDateRole).toDate();
        const QDate b = right.data(TaskTableModel::DueDateRole).toDate();
        if (a.isValid() != b.isValid())
            return a.isValid(); // undated last
        return a < b;
    }
    if (column == TaskTableModel::LightColumn)
        return left.data(TaskTableModel::LightRole).toInt() < right.data(TaskTableModel::LightRole).toInt();
    if (column == TaskTableModel::StatusColumn)
        return left.data(TaskTableModel::StatusRole).toInt() < right.data(TaskTableModel::StatusRole).toInt();
    static const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    return collator.compare(left.data().toString(), right.data().toString()) < 0;
}

std::array<int, 5> TaskFilterProxyModel::lightCounts() const
{
    std::array<int, 5> counts {};
    if (!m_model)
        return counts;
    for (int row = 0; row < rowCount(); ++row)
        ++counts[size_t(m_model->lightAt(mapToSource(index(row, 0)).row()))];
    return counts;
}

QList<Task> TaskFilterProxyModel::acceptedTasks() const
{
    QList<Task> tasks;
    const TaskTableModel *model = taskModel();
    if (!model)
        return tasks;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (acceptsTaskRow(row))
            tasks.append(model->taskAt(row));
    }
    return tasks;
}

Qt::ItemFlags TaskFilterProxyModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled : flags | Qt::ItemIsDropEnabled;
}

QStringList TaskFilterProxyModel::mimeTypes() const
{
    return {QString::fromLatin1(TaskIdsMime::mimeType)};
}

QMimeData *TaskFilterProxyModel::mimeData(const QModelIndexList &indexes) const
{
    return TaskIdsMime::encode(indexes, m_model && m_model->document() ? m_model->document()->path() : QString());
}

Qt::DropActions TaskFilterProxyModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool TaskFilterProxyModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    const bool ledgerOrder = sortColumn() < 0 || sortColumn() == TaskTableModel::NumberColumn
        || sortColumn() == TaskTableModel::SectionColumn;
    LedgerDocument *document = m_model ? m_model->document() : nullptr;
    return ledgerOrder && document && !document->isReadOnly() && !TaskIdsMime::decode(data, document->path()).isEmpty();
}

bool TaskFilterProxyModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a row: before it; between rows: before the one below; past the last: after it.
    const int target = parent.isValid() ? parent.row() : row;
    const bool after = target < 0 || target >= rowCount();
    const int anchorRow = after ? rowCount() - 1 : target;
    if (anchorRow < 0)
        return false;
    const QModelIndex anchor = index(anchorRow, 0);
    const qint64 anchorId = anchor.data(TaskTableModel::TaskIdRole).toLongLong();
    QList<qint64> ids;
    for (qint64 id : TaskIdsMime::decode(data, m_model->document()->path())) {
        if (id != anchorId && m_model->rowOfTask(id) >= 0) // a task this table holds
            ids.append(id);
    }
    if (ids.isEmpty())
        return false;
    // In the order they show, so a block of rows stays a block.
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        return m_model->taskAt(m_model->rowOfTask(a)).order < m_model->taskAt(m_model->rowOfTask(b)).order;
    });
    LedgerDocument *document = m_model->document();
    const Task &anchorTask = m_model->taskAt(m_model->rowOfTask(anchorId));
    document->moveTasks(ids, anchorTask.sectionId,
        after ? document->outline().orderAfter(anchorId) : document->outline().orderBefore(anchorId));
    return false; // the document moved them: the view must not remove rows itself
}

LedgerStatistics TaskFilterProxyModel::statistics() const
{
    const TaskTableModel *model = taskModel();
    if (!model || !model->document())
        return LedgerStatistics();
    LedgerStatistics statistics(model->document()->clock().today());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (acceptsTaskRow(row))
            statistics.add(model->taskAt(row), model->lightAt(row));
    }
    statistics.finish();
    return statistics;
}

} // namespace Taizhang
