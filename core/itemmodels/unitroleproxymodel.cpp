#include "unitroleproxymodel.h"

#include "taskfilterproxymodel.h"
#include "tasktablemodel.h"

namespace Taizhang {

UnitRoleProxyModel::UnitRoleProxyModel(Role role, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_role(role)
{
}

void UnitRoleProxyModel::setFilter(TaskFilterProxyModel *filter)
{
    m_filter = filter;
    setSourceModel(filter);
}

void UnitRoleProxyModel::setUnit(const QString &unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    invalidateFilter();
}

bool UnitRoleProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_filter || m_unit.isEmpty())
        return false;
    const int taskRow = m_filter->mapToSource(m_filter->index(sourceRow, 0)).row();
    const Task &task = m_filter->taskModel()->taskAt(taskRow);
    return (m_role == Role::Lead ? task.leadUnits : task.coUnits).contains(m_unit);
}

} // namespace Taizhang
