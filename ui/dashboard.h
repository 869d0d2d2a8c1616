#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Taizhang {

class TaskFilterProxyModel;

// The home page: how many tasks stand at each traffic light, the overdue tasks, those due within
// the due-soon window, and the lead units ranked by overdue tasks. Everything follows the shared
// filter; activating an entry opens its task (a unit: its overdue tasks) in the table.
class Dashboard : public QWidget {
    Q_OBJECT

public:
    explicit Dashboard(TaskFilterProxyModel *filter, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *overdueList() const { return m_overdue; }
    QTreeWidget *dueSoonList() const { return m_dueSoon; }
    QTreeWidget *unitList() const { return m_units; }
    QLabel *lightTile(int light) const { return m_tiles[light]; }
    // The open reporting round's state, shown above the lists; hidden when empty.
    void setRoundSummary(const QString &summary);
    QLabel *roundSummary() const { return m_round; }

    static constexpr int maxListed = 200; // a list longer than this is read in the table, filtered

signals:
    void tasksActivated(const QList<qint64> &taskIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_round;
    void scheduleRefresh();
    void fillTasks(QTreeWidget *list, const QList<qint64> &taskIds);
    QTreeWidget *newList(const QString &name, const QStringList &headers);

    TaskFilterProxyModel *m_filter;
    QLabel *m_tiles[5] {};
    QTreeWidget *m_overdue;
    QTreeWidget *m_dueSoon;
    QTreeWidget *m_units;
    QLabel *m_dueSoonTitle;
    QTimer *m_refreshTimer;
    bool m_stale = true;
};

} // namespace Taizhang
