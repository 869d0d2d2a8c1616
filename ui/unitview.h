#pragma once

#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace Taizhang {

class FilterBar;
class TaskFilterProxyModel;
class UnitRoleProxyModel;

// Units: pick one and see its tasks as lead unit and as cooperating unit, with its own counts.
// Picking a unit sets the shared filter's unit, so every other view follows. Rename (F2) and
// Merge into… rewrite the name across the ledger, each one undoable step; the old name stays
// as an alias.
class UnitView : public QWidget {
    Q_OBJECT

public:
    UnitView(TaskFilterProxyModel *filter, FilterBar *filterBar, QWidget *parent = nullptr);

    void setUnits(const QStringList &units, const QHash<QString, QString> &aliases);
    void selectUnit(const QString &unit);
    QString currentUnit() const;
    QListWidget *unitList() const { return m_units; }
    QTableView *leadTable() const { return m_leadTable; }
    QTableView *coTable() const { return m_coTable; }
    QAction *renameAction() const { return m_rename; }
    QAction *mergeAction() const { return m_merge; }

    // How the new name is asked for; tests answer without a dialog. Empty: cancel.
    void setNameProvider(
        std::function<QString(const QString &title, const QString &current, const QStringList &choices)> provider);

signals:
    void taskActivated(qint64 taskId);

private:
    void unitPicked();
    void updateCounts();
    void renameOrMerge(bool merge);

    TaskFilterProxyModel *m_filter;
    FilterBar *m_filterBar;
    QLineEdit *m_search;
    QListWidget *m_units;
    QLabel *m_counts;
    QTableView *m_leadTable;
    QTableView *m_coTable;
    QLabel *m_leadTitle;
    QLabel *m_coTitle;
    UnitRoleProxyModel *m_lead;
    UnitRoleProxyModel *m_co;
    QAction *m_rename;
    QAction *m_merge;
    std::function<QString(const QString &, const QString &, const QStringList &)> m_askName;
};

} // namespace Taizhang
