#include "tasktablemodel.h"

#include "document/ledgerdocument.h"

#include <QColor>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QString unitSeparator = u"、"_s;

// Tab, newline and friends would break a one-line cell; the detail panel shows them as written.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ');
    line.replace(u'\t', u' ');
    return line;
}
} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TaskTableModel::setDocument(LedgerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &LedgerDocument::tasksReset, this, &TaskTableModel::reload);
        connect(m_document, &LedgerDocument::tasksChanged, this, &TaskTableModel::refreshTasks);
        connect(m_document, &LedgerDocument::displaySettingsChanged, this, [this] {
            if (!m_tasks.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
    reload();
}

void TaskTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_tasks.clear();
    m_rowOfId.clear();
    m_sectionNames.clear();
    m_sectionParents.clear();
    m_fullyLoaded = true;
    if (m_document && m_document->store().isOpen()) {
        for (const Section &section : m_document->store().sections()) {
            m_sectionNames.insert(section.id, section.displayName());
            m_sectionParents.insert(section.id, section.parentId);
        }
        m_fullyLoaded = !loadNextPage(firstPageSize);
    }
    endResetModel();
    if (m_fullyLoaded)
        emit loadingFinished();
    else
        scheduleNextPage();
}

bool TaskTableModel::loadNextPage(int size)
{
    const qint64 after = m_tasks.isEmpty() ? 0 : m_tasks.constLast().id;
    QList<Task> page = m_document->store().taskPage(after, size);
    const bool more = page.size() == size;
    if (page.isEmpty())
        return false;
    const bool resetting = m_tasks.isEmpty(); // inside begin/endResetModel
    if (!resetting)
        beginInsertRows({}, int(m_tasks.size()), int(m_tasks.size() + page.size() - 1));
    m_tasks.reserve(m_tasks.size() + page.size());
    for (Task &task : page) {
        m_rowOfId.insert(task.id, int(m_tasks.size()));
        m_tasks.append(std::move(task));
    }
    if (!resetting)
        endInsertRows();
    return more;
}

void TaskTableModel::scheduleNextPage()
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation || !m_document)
            return;
        if (loadNextPage(pageSize)) {
            scheduleNextPage();
        } else {
            m_fullyLoaded = true;
            emit loadingFinished();
        }
    });
}

void TaskTableModel::loadAll()
{
    if (m_fullyLoaded || !m_document)
        return;
    ++m_generation; // the scheduled page is no longer needed
    while (loadNextPage(pageSize)) { }
    m_fullyLoaded = true;
    emit loadingFinished();
}

void TaskTableModel::refreshTasks(const QList<qint64> &taskIds)
{
    for (qint64 id : taskIds) {
        const int row = rowOfTask(id);
        if (row < 0)
            continue;
        QList<Task> fresh = m_document->store().taskPage(id - 1, 1);
        if (fresh.isEmpty() || fresh.constFirst().id != id)
            continue;
        m_tasks[row] = fresh.takeFirst();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

TrafficLight TaskTableModel::lightAt(int row) const
{
    return m_document ? m_document->lightOf(m_tasks.at(row)) : TrafficLight::Ongoing;
}

bool TaskTableModel::sectionWithin(qint64 sectionId, qint64 ancestorId) const
{
    for (int depth = 0; sectionId > 0 && depth < 32; ++depth) { // a damaged file may hold a cycle
        if (sectionId == ancestorId)
            return true;
        sectionId = m_sectionParents.value(sectionId);
    }
    return false;
}

QColor TaskTableModel::lightColor(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Overdue: return QColor(0xd9, 0x3a, 0x2b);
    case TrafficLight::DueSoon: return QColor(0xe8, 0xa3, 0x17);
    case TrafficLight::OnTrack: return QColor(0x2e, 0x9b, 0x4f);
    case TrafficLight::Done: return QColor(0x9a, 0x9a, 0x9a);
    case TrafficLight::Ongoing: return QColor(0x3b, 0x7d, 0xc4);
    }
    return {};
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::displayText(const Task &task, int column) const
{
    switch (column) {
    case SectionColumn: return m_sectionNames.value(task.sectionId);
    case NumberColumn: return task.part > 1 ? u"%1-%2"_s.arg(task.number).arg(task.part) : task.number;
    case TitleColumn: return oneLine(task.title);
    case RequirementColumn: return oneLine(task.requirement);
    case LeadUnitsColumn: return task.leadUnits.join(unitSeparator);
    case CoUnitsColumn: return task.coUnits.join(unitSeparator);
    case LeadersColumn: return task.leaders.join(unitSeparator);
    case DeadlineColumn: return task.deadline.text;
    case DueColumn:
        if (task.deadline.isOngoing())
            return tr("Ongoing");
        return task.deadline.due.isValid() ? task.deadline.due.toString(Qt::ISODate) : QString();
    case StatusColumn: return TaskStatuses::label(task.status);
    case LightColumn: return TrafficLights::label(m_document->lightOf(task));
    case ProgressColumn: {
        const ProgressEntry *latest = task.latestProgress();
        if (!latest)
            return QString();
        const QString percent = latest->percent >= 0 ? u"%1% "_s.arg(latest->percent) : QString();
        return percent + oneLine(latest->text);
    }
    case ProblemsColumn: return oneLine(task.problems);
    case RemarksColumn: return oneLine(task.remarks);
    }
    return {};
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(task, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case NumberColumn: return task.number;
        case TitleColumn: return task.title;
        case RequirementColumn: return task.requirement;
        case ProblemsColumn: return task.problems;
        case RemarksColumn: return task.remarks;
        case StatusColumn: return int(task.status);
        default: return displayText(task, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == RequirementColumn || index.column() == TitleColumn)
            return displayText(task, index.column()); // plain text: the view never renders it as HTML
        return {};
    case Qt::BackgroundRole: {
        const TrafficLight light = m_document->lightOf(task);
        if (light == TrafficLight::Overdue || light == TrafficLight::DueSoon || light == TrafficLight::Done) {
            QColor tint = lightColor(light);
            tint.setAlpha(light == TrafficLight::Done ? 40 : 55);
            return tint;
        }
        return {};
    }
    case Qt::DecorationRole:
        if (index.column() == LightColumn)
            return lightColor(m_document->lightOf(task));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == DueColumn)
            return int(Qt::AlignCenter);
        return {};
    case TaskIdRole: return task.id;
    case OrderRole: return task.order > 0 ? task.order : double(task.id);
    case LightRole: return int(m_document->lightOf(task));
    case StatusRole: return int(task.status);
    case DueDateRole: return task.deadline.due;
    case UnitsRole: return task.leadUnits + task.coUnits;
    case DaysLeftRole: return TrafficLights::daysLeft(task.deadline, m_document->clock().today());
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn: return tr("Theme");
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Key work");
    case RequirementColumn: return tr("Requirement");
    case LeadUnitsColumn: return tr("Lead units");
    case CoUnitsColumn: return tr("Cooperating units");
    case LeadersColumn: return tr("Responsible leaders");
    case DeadlineColumn: return tr("Deadline");
    case DueColumn: return tr("Due date");
    case StatusColumn: return tr("Status");
    case LightColumn: return tr("Warning");
    case ProgressColumn: return tr("Latest progress");
    case ProblemsColumn: return tr("Problems");
    case RemarksColumn: return tr("Remarks");
    }
    return {};
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_document || m_document->isReadOnly())
        return flags;
    switch (index.column()) {
    case NumberColumn:
    case TitleColumn:
    case RequirementColumn:
    case LeadUnitsColumn:
    case CoUnitsColumn:
    case LeadersColumn:
    case DeadlineColumn:
    case StatusColumn:
    case ProblemsColumn:
    case RemarksColumn: return flags | Qt::ItemIsEditable;
    default: return flags;
    }
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document || !(flags(index) & Qt::ItemIsEditable))
        return false;
    static const QHash<int, TaskField> fieldOfColumn = {
        {NumberColumn, TaskField::Number},
        {TitleColumn, TaskField::Title},
        {RequirementColumn, TaskField::Requirement},
        {LeadUnitsColumn, TaskField::LeadUnits},
        {CoUnitsColumn, TaskField::CoUnits},
        {LeadersColumn, TaskField::Leaders},
        {DeadlineColumn, TaskField::Deadline},
        {StatusColumn, TaskField::Status},
        {ProblemsColumn, TaskField::Problems},
        {RemarksColumn, TaskField::Remarks},
    };
    if (data(index, Qt::EditRole) == value)
        return true;
    // The document writes and announces the change; refreshTasks() then updates the row.
    return m_document->setTaskField(m_tasks.at(index.row()).id, fieldOfColumn.value(index.column()), value);
}

} // namespace Taizhang
