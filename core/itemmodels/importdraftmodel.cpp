#include "importdraftmodel.h"

#include "document/taskfieldchange.h"
#include "parse/deadlineparser.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace Taizhang {

ImportDraftModel::ImportDraftModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ImportDraftModel::setDraft(const ImportDraft &draft)
{
    beginResetModel();
    m_draft = draft;
    m_duplicates.clear();
    rebuild();
    endResetModel();
}

void ImportDraftModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    auto add = [this](Node node) {
        const int id = int(m_nodes.size());
        m_nodes.append(node);
        if (node.parent < 0)
            m_roots.append(id);
        else
            m_nodes[node.parent].children.append(id);
        return id;
    };
    for (int p = 0; p < m_draft.plans.size(); ++p) {
        const DraftPlan &plan = m_draft.plans.at(p);
        const int planNode = add({Node::Kind::Plan, p, -1, -1, {}});
        QList<int> sectionNodes(plan.sections.size(), -1);
        // Sections come before their children in a draft, so one pass finds every parent.
        for (int s = 0; s < plan.sections.size(); ++s) {
            const int parentSection = plan.sections.at(s).parent;
            const int parent = parentSection >= 0 ? sectionNodes.value(parentSection, planNode) : planNode;
            sectionNodes[s] = add({Node::Kind::Section, p, s, parent, {}});
        }
        for (int t = 0; t < plan.tasks.size(); ++t) {
            const int section = plan.tasks.at(t).section;
            add({Node::Kind::Task, p, t, section >= 0 ? sectionNodes.value(section, planNode) : planNode, {}});
        }
    }
}

ImportDraft ImportDraftModel::result() const
{
    ImportDraft result;
    result.issues = m_draft.issues;
    for (const DraftPlan &plan : m_draft.plans) {
        DraftPlan kept = plan;
        kept.tasks.clear();
        for (const DraftTask &task : plan.tasks) {
            if (task.included)
                kept.tasks.append(task);
        }
        if (!kept.tasks.isEmpty())
            result.plans.append(kept);
    }
    return result;
}

int ImportDraftModel::planOf(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node >= 0 ? m_nodes.at(node).plan : -1;
}

int ImportDraftModel::taskOf(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node >= 0 && m_nodes.at(node).kind == Node::Kind::Task ? m_nodes.at(node).item : -1;
}

const DraftTask *ImportDraftModel::task(const QModelIndex &index) const
{
    const int t = taskOf(index);
    return t >= 0 ? &m_draft.plans.at(planOf(index)).tasks.at(t) : nullptr;
}

QModelIndex ImportDraftModel::indexOfNode(int node, int column) const
{
    if (node < 0)
        return {};
    const Node &n = m_nodes.at(node);
    const QList<int> &siblings = n.parent < 0 ? m_roots : m_nodes.at(n.parent).children;
    return createIndex(int(siblings.indexOf(node)), column, quintptr(node));
}

QModelIndex ImportDraftModel::indexOfTask(int plan, int task) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.kind == Node::Kind::Task && n.plan == plan && n.item == task)
            return indexOfNode(i);
    }
    return {};
}

QModelIndex ImportDraftModel::indexOfLine(int plan, int line) const
{
    if (plan < 0 || plan >= m_draft.plans.size())
        return {};
    const QList<DraftTask> &tasks = m_draft.plans.at(plan).tasks;
    for (int t = 0; t < tasks.size(); ++t) {
        if (tasks.at(t).sourceLine == line)
            return indexOfTask(plan, t);
    }
    return {};
}

void ImportDraftModel::refreshTask(int plan, int task)
{
    const QModelIndex first = indexOfTask(plan, task);
    emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    emit taskChanged(first);
}

bool ImportDraftModel::setTaskField(const QModelIndex &index, TaskField field, const QString &value)
{
    const int p = planOf(index);
    const int t = taskOf(index);
    if (t < 0)
        return false;
    Task &task = m_draft.plans[p].tasks[t].task;
    task = TaskFieldChange::apply(task, field, value, m_draft.plans.at(p).plan.year);
    refreshTask(p, t);
    return true;
}

bool ImportDraftModel::mergeWithNext(const QModelIndex &index)
{
    const int p = planOf(index);
    const int t = taskOf(index);
    if (t < 0 || t + 1 >= m_draft.plans.at(p).tasks.size())
        return false;
    QList<DraftTask> &tasks = m_draft.plans[p].tasks;
    DraftTask &into = tasks[t];
    const DraftTask next = tasks.at(t + 1);
    into.task.requirement += next.task.requirement;
    into.sourceText += next.sourceText;
    if (into.task.leadUnits.isEmpty()) {
        into.task.leadUnits = next.task.leadUnits;
        into.task.coUnits = next.task.coUnits;
    }
    if (into.task.deadline.kind == Deadline::Kind::None || (next.task.deadline.due > into.task.deadline.due))
        into.task.deadline = next.task.deadline;
    into.task.milestones = DeadlineParser(m_draft.plans.at(p).plan.year).milestones(into.task.requirement);
    beginResetModel();
    tasks.removeAt(t + 1);
    rebuild();
    endResetModel();
    return true;
}

bool ImportDraftModel::split(const QModelIndex &index, int requirementPosition)
{
    const int p = planOf(index);
    const int t = taskOf(index);
    if (t < 0)
        return false;
    QList<DraftTask> &tasks = m_draft.plans[p].tasks;
    const QString requirement = tasks.at(t).task.requirement;
    if (requirementPosition <= 0 || requirementPosition >= requirement.size())
        return false;
    const DeadlineParser parser(m_draft.plans.at(p).plan.year);
    DraftTask second = tasks.at(t);
    DraftTask &first = tasks[t];
    first.task.requirement = requirement.left(requirementPosition).trimmed();
    second.task.requirement = requirement.mid(requirementPosition).trimmed();
    for (DraftTask *half : {&first, &second}) {
        const qsizetype stop = half->task.requirement.indexOf(u'。');
        half->task.title = stop > 0 ? half->task.requirement.left(stop) : half->task.requirement;
        half->task.milestones = parser.milestones(half->task.requirement);
        half->titleSpan = {};
        half->unitsSpan = {};
        half->deadlineSpan = {};
    }
    second.task.part = first.task.part + 1;
    beginResetModel();
    tasks.insert(t + 1, second);
    rebuild();
    endResetModel();
    return true;
}

void ImportDraftModel::setPlanTitle(int plan, const QString &title)
{
    m_draft.plans[plan].plan.title = title.trimmed();
    const QModelIndex row = indexOfNode(int(m_roots.value(plan, -1)));
    emit dataChanged(row, row);
}

void ImportDraftModel::setPlanYear(int plan, int year)
{
    DraftPlan &draftPlan = m_draft.plans[plan];
    if (draftPlan.plan.year == year)
        return;
    draftPlan.plan.year = year;
    const DeadlineParser parser(year);
    for (DraftTask &draftTask : draftPlan.tasks) {
        Task &task = draftTask.task;
        if (!task.deadline.text.isEmpty())
            task.deadline = parser.parse(task.deadline.text);
        task.milestones = parser.milestones(task.requirement);
    }
    beginResetModel(); // every task row below the plan may show a new date
    endResetModel();
}

void ImportDraftModel::setPlanTarget(int plan, qint64 ledgerPlanId)
{
    m_draft.plans[plan].targetPlanId = ledgerPlanId;
}

int ImportDraftModel::markDuplicates(const QSet<QString> &existingTitles)
{
    m_duplicates.clear();
    for (int p = 0; p < m_draft.plans.size(); ++p) {
        const QList<DraftTask> &tasks = m_draft.plans.at(p).tasks;
        for (int t = 0; t < tasks.size(); ++t) {
            if (existingTitles.contains(tasks.at(t).task.title))
                m_duplicates.insert({p, t});
        }
    }
    return int(m_duplicates.size());
}

bool ImportDraftModel::isDuplicate(const QModelIndex &index) const
{
    return m_duplicates.contains({planOf(index), taskOf(index)});
}

QModelIndex ImportDraftModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &children = parent.isValid() ? m_nodes.at(nodeOf(parent)).children : m_roots;
    if (row >= children.size() || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex ImportDraftModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_nodes.at(nodeOf(child)).parent);
}

int ImportDraftModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    return parent.column() == 0 ? int(m_nodes.at(nodeOf(parent)).children.size()) : 0;
}

int ImportDraftModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImportDraftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes.at(nodeOf(index));
    const DraftPlan &plan = m_draft.plans.at(node.plan);
    if (node.kind == Node::Kind::Plan) {
        if (role == Qt::DisplayRole && index.column() == ItemColumn)
            return plan.plan.docNumber.isEmpty() ? plan.plan.title
                                                 : u"%1（%2）"_s.arg(plan.plan.title, plan.plan.docNumber);
        if (role == Qt::DisplayRole && index.column() == DeadlineColumn)
            return tr("%n task(s)", nullptr, int(plan.tasks.size()));
        return {};
    }
    if (node.kind == Node::Kind::Section) {
        const DraftSection &section = plan.sections.at(node.item);
        if (role == Qt::DisplayRole && index.column() == ItemColumn)
            return section.label + section.title;
        return {};
    }
    const DraftTask &draftTask = plan.tasks.at(node.item);
    const Task &task = draftTask.task;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn: return u"%1 %2"_s.arg(task.number, task.title);
        case LeadUnitsColumn: return task.leadUnits.join(u'、');
        case DeadlineColumn:
            if (task.deadline.kind == Deadline::Kind::Date)
                return task.deadline.due.toString(Qt::ISODate);
            return task.deadline.text;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == ItemColumn)
            return draftTask.included ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ForegroundRole:
        if (!draftTask.included)
            return QBrush(QColor(0x9e, 0x9e, 0x9e));
        if ((index.column() == LeadUnitsColumn && task.leadUnits.isEmpty())
            || (index.column() == DeadlineColumn && task.deadline.isUnparsed()))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::ToolTipRole:
        if (isDuplicate(index))
            return tr("A task with this title is already in the ledger.");
        return task.requirement;
    }
    return {};
}

bool ImportDraftModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int t = taskOf(index);
    if (t < 0 || role != Qt::CheckStateRole || index.column() != ItemColumn)
        return false;
    const int p = planOf(index);
    m_draft.plans[p].tasks[t].included = value.value<Qt::CheckState>() == Qt::Checked;
    refreshTask(p, t);
    return true;
}

Qt::ItemFlags ImportDraftModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (taskOf(index) >= 0 && index.column() == ItemColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ImportDraftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Item");
    case LeadUnitsColumn: return tr("Lead units");
    case DeadlineColumn: return tr("Deadline");
    }
    return {};
}

} // namespace Taizhang
