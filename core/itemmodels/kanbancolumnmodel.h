#pragma once

#include "model/taskstatus.h"

#include <QSortFilterProxyModel>

#include <optional>

class QMimeData;

namespace Taizhang {

class TaskFilterProxyModel;
class TaskTableModel;

// One column of the kanban board: the tasks the shared filter shows that have one status (and,
// with swimlanes, one lead unit). It sits on the task model itself, checking the cheap status first,
// so five columns cost one pass of the filter. Cards leave as task ids and a drop changes their
// status through the document: one undoable step, written at once. A drop into 已销号 is not
// applied here: it asks for a close-out note first (closeRequested), which the board collects.
class KanbanColumnModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit KanbanColumnModel(TaskStatus status, QObject *parent = nullptr);

    void setFilter(TaskFilterProxyModel *filter);
    TaskStatus status() const { return m_status; }
    // With swimlanes: only tasks led by this unit ("" for tasks naming none); nullopt: every task.
    void setLaneUnit(std::optional<QString> unit);
    // With swimlanes by section: only tasks of this top-level section (and the sections below it;
    // 0 for tasks in none); nullopt: every task.
    void setLaneSection(std::optional<qint64> sectionId);

    // The ids a drag carries from this column's ledger.
    QList<qint64> taskIds(const QMimeData *data) const;
    // Moves tasks to this column's status (not for 已销号, which needs a note).
    bool moveHere(const QList<qint64> &taskIds);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

signals:
    void closeRequested(const QList<qint64> &taskIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString ledgerPath() const;
    TaskTableModel *taskModel() const;

    TaskStatus m_status;
    TaskFilterProxyModel *m_filter = nullptr;
    std::optional<QString> m_laneUnit;
    std::optional<qint64> m_laneSection;
};

} // namespace Taizhang
