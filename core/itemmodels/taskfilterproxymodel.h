#pragma once

#include "model/ledgerstatistics.h"
#include "model/task.h"
#include "model/taskstatus.h"
#include "model/trafficlight.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <array>
#include <optional>

namespace Taizhang {

class TaskTableModel;

// The one filter every view follows: text, unit (lead or cooperating), status, traffic light,
// section, deadline window.
// Typed setters, no SQL and no regular expressions from the user: '%', '_' and quotes are text.
class TaskFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setTaskModel(TaskTableModel *model);
    TaskTableModel *taskModel() const { return m_model; }

    void setText(const QString &text);
    void setUnit(const QString &unit);
    void setStatus(std::optional<TaskStatus> status);
    void setLight(std::optional<TrafficLight> light);
    void setSection(qint64 sectionId); // this section and those below it; 0: every section
    // Tasks due from `first` to `last` (inclusive); nullopt: any deadline.
    void setDueWindow(std::optional<std::pair<QDate, QDate>> window);

    QString text() const { return m_text; }
    QString unit() const { return m_unit; }

    // Tasks shown, by traffic light (index: TrafficLight).
    std::array<int, 5> lightCounts() const;

    // Whether a row of the task model passes the filter: for views that sit on the task model
    // directly (the kanban columns) yet follow this one filter.
    bool acceptsTaskRow(int sourceRow) const { return filterAcceptsRow(sourceRow, {}); }
    // What the charts and the dashboard count: the rows this filter shows, as of the document's today.
    LedgerStatistics statistics() const;
    // Copies of the tasks the filter shows, in ledger order (what a printed report covers).
    QList<Task> acceptedTasks() const;

signals:
    void filterChanged(); // any criterion changed: views that follow the filter refilter

public:
    // Rows drag as task ids; a drop before a row moves the tasks there (its section, just above
    // it), through the document as one step. Only while the rows show in ledger order.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    TaskTableModel *m_model = nullptr;
    QString m_text;
    Qt::CaseSensitivity m_textCase = Qt::CaseInsensitive;
    QString m_unit;
    std::optional<TaskStatus> m_status;
    std::optional<TrafficLight> m_light;
    qint64 m_section = 0;
    std::optional<std::pair<QDate, QDate>> m_dueWindow;
};

} // namespace Taizhang
