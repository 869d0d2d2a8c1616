#pragma once

#include "model/taskstatus.h"

#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QListView;
class QScrollArea;

namespace Taizhang {

class KanbanColumnModel;
class TaskFilterProxyModel;

// The kanban board: a column per status (未启动 / 推进中 / 受阻 / 已完成 / 已销号), optionally in
// swimlanes by lead unit, all following the shared filter. Drag cards (one or several) to another
// column to change their status; Left/Right move between columns, Ctrl+Right/Ctrl+Left move the
// selected cards. Closing (已销号) asks for a close-out note. Every move is one undo step.
class KanbanBoard : public QWidget {
    Q_OBJECT

public:
    enum class Lanes { None, LeadUnit, Section };

    explicit KanbanBoard(TaskFilterProxyModel *filter, QWidget *parent = nullptr);
    ~KanbanBoard() override;

    void setLanes(Lanes lanes);
    Lanes lanes() const { return m_lanes; }
    // The lanes shown (lead units or top-level sections; one empty lane without swimlanes).
    QStringList laneNames() const;
    QListView *view(TaskStatus status, int lane = 0) const;
    KanbanColumnModel *columnModel(TaskStatus status, int lane = 0) const;
    QAction *moveRightAction() const { return m_moveRight; }
    QAction *moveLeftAction() const { return m_moveLeft; }

    // How the close-out note is asked for; tests answer without a dialog. Empty: do not close.
    void setCloseNoteProvider(std::function<QString(int taskCount)> provider);

signals:
    void taskActivated(qint64 taskId);
    // A column's context menu: New Task with that column's status.
    void newTaskRequested(TaskStatus status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Cell {
        KanbanColumnModel *model;
        QListView *view;
        int lane;
        TaskStatus status;
    };
    void rebuild();
    void updateHeaders();
    void close(const QList<qint64> &taskIds);
    void moveSelected(int step);
    const Cell *cellOf(const QObject *view) const;

    TaskFilterProxyModel *m_filter;
    Lanes m_lanes = Lanes::None;
    QStringList m_laneNames;
    QList<qint64> m_laneSections; // with section lanes: each lane's top-level section
    std::vector<Cell> m_cells;
    std::vector<QLabel *> m_headers;
    QComboBox *m_laneChoice;
    QScrollArea *m_scroll;
    QWidget *m_grid = nullptr;
    QAction *m_moveRight;
    QAction *m_moveLeft;
    std::function<QString(int)> m_askNote;
};

} // namespace Taizhang
