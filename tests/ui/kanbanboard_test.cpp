#include "document/ledgerdocument.h"
#include "itemmodels/kanbancolumnmodel.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "kanbanboard.h"
#include "samplewindowtest.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QListView>
#include <QMimeData>
#include <QStackedWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

// Drops onto a column the way a mouse does: enter, move, drop on the view's viewport.
void dropOn(QListView *target, QMimeData *data)
{
    const QPoint at = target->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &move);
    QDropEvent drop(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
}

class KanbanBoardTest : public SampleWindowTest {
protected:
    void SetUp() override
    {
        SampleWindowTest::SetUp();
        window.resize(1600, 900);
        window.findChild<QAction *>(u"showBoardAction"_s)->trigger();
        board = window.board();
        ASSERT_EQ(window.findChild<QStackedWidget *>(u"views"_s)->currentWidget(), board);
    }
    int cards(TaskStatus status) const { return board->view(status)->model()->rowCount(); }

    KanbanBoard *board = nullptr;
};

} // namespace

TEST_F(KanbanBoardTest, shouldMoveDraggedCardsToAnotherColumnAndUndoIt)
{
    ASSERT_EQ(cards(TaskStatus::NotStarted), 103);
    saveScreenshot(&window, u"board"_s);
    QListView *todo = board->view(TaskStatus::NotStarted);
    QAbstractItemModel *model = todo->model();
    todo->selectionModel()->select(
        QItemSelection(model->index(0, TaskTableModel::NumberColumn), model->index(1, TaskTableModel::NumberColumn)),
        QItemSelectionModel::Select);
    std::unique_ptr<QMimeData> dragged(model->mimeData(todo->selectionModel()->selectedIndexes()));
    ASSERT_EQ(board->columnModel(TaskStatus::NotStarted)->taskIds(dragged.get()).size(), 2);

    dropOn(board->view(TaskStatus::Blocked), dragged.get());
    EXPECT_EQ(cards(TaskStatus::Blocked), 2);
    EXPECT_EQ(cards(TaskStatus::NotStarted), 101);

    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    EXPECT_EQ(cards(TaskStatus::Blocked), 0);
    EXPECT_EQ(cards(TaskStatus::NotStarted), 103);
}

TEST_F(KanbanBoardTest, shouldMoveTheSelectedCardWithTheKeyboard)
{
    QListView *todo = board->view(TaskStatus::NotStarted);
    todo->setFocus();
    todo->setCurrentIndex(todo->model()->index(0, TaskTableModel::NumberColumn));
    const qint64 id = todo->currentIndex().data(TaskTableModel::TaskIdRole).toLongLong();
    board->moveRightAction()->trigger();
    EXPECT_EQ(window.document()->store().task(id)->status, TaskStatus::InProgress);
    EXPECT_EQ(cards(TaskStatus::InProgress), 1);
    EXPECT_EQ(board->focusWidget(), board->view(TaskStatus::InProgress)) << "the selection follows the card";
}

TEST_F(KanbanBoardTest, shouldCloseOnlyWithACloseOutNote)
{
    QListView *todo = board->view(TaskStatus::NotStarted);
    std::unique_ptr<QMimeData> dragged(
        todo->model()->mimeData({todo->model()->index(0, TaskTableModel::NumberColumn)}));
    const qint64 id = board->columnModel(TaskStatus::NotStarted)->taskIds(dragged.get()).value(0);

    board->setCloseNoteProvider([](int) { return QString(); }); // the user cancels
    dropOn(board->view(TaskStatus::Closed), dragged.get());
    EXPECT_EQ(cards(TaskStatus::Closed), 0);

    board->setCloseNoteProvider([](int count) { return count == 1 ? u"已通过验收"_s : QString(); });
    dropOn(board->view(TaskStatus::Closed), dragged.get());
    EXPECT_EQ(cards(TaskStatus::Closed), 1);
    EXPECT_TRUE(window.document()->store().task(id)->remarks.contains(u"已通过验收"_s));
}

TEST_F(KanbanBoardTest, shouldShowSwimlanesByLeadUnitFollowingTheFilter)
{
    board->setLanes(KanbanBoard::Lanes::LeadUnit);
    const QStringList lanes = board->laneNames();
    ASSERT_GT(lanes.size(), 5);
    int total = 0;
    for (int lane = 0; lane < lanes.size(); ++lane)
        total += board->view(TaskStatus::NotStarted, lane)->model()->rowCount();
    EXPECT_EQ(total, 103);
    saveScreenshot(&window, u"board-lanes"_s);

    window.proxyModel()->setUnit(u"市中法"_s);
    EXPECT_LT(board->laneNames().size(), lanes.size());
    int shown = 0;
    for (int lane = 0; lane < board->laneNames().size(); ++lane)
        shown += board->view(TaskStatus::NotStarted, lane)->model()->rowCount();
    EXPECT_EQ(shown, 11);
}

TEST_F(KanbanBoardTest, shouldShowSwimlanesBySection)
{
    board->setLanes(KanbanBoard::Lanes::Section);
    const QStringList lanes = board->laneNames();
    ASSERT_GT(lanes.size(), 5);
    EXPECT_TRUE(lanes.first().startsWith(u"（一）"_s)) << lanes.first().toStdString();
    int total = 0;
    for (int lane = 0; lane < lanes.size(); ++lane)
        total += board->view(TaskStatus::NotStarted, lane)->model()->rowCount();
    EXPECT_EQ(total, 103);
    EXPECT_EQ(board->view(TaskStatus::NotStarted, 0)->model()->rowCount(), 4); // （一）提升企业开办注销便利度
}
