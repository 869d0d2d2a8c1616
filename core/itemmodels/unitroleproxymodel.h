#pragma once

#include <QSortFilterProxyModel>

namespace Taizhang {

class TaskFilterProxyModel;

// The tasks of the shared filter in which one unit has one role: the unit view's "as lead unit"
// and "as cooperating unit" tables.
class UnitRoleProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Role { Lead, Cooperating };

    explicit UnitRoleProxyModel(Role role, QObject *parent = nullptr);

    void setFilter(TaskFilterProxyModel *filter);
    void setUnit(const QString &unit);
    QString unit() const { return m_unit; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Role m_role;
    TaskFilterProxyModel *m_filter = nullptr;
    QString m_unit;
};

} // namespace Taizhang
