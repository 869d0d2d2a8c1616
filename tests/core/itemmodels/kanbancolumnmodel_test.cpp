#include "document/ledgerdocument.h"
#include "itemmodels/kanbancolumnmodel.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class KanbanColumns : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(document.open(dir.path(u"k.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        document.setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
        ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));
        model.setDocument(&document);
        model.loadAll();
        filter.setTaskModel(&model);
        for (TaskStatus status : TaskStatuses::all) {
            auto column = std::make_unique<KanbanColumnModel>(status);
            column->setFilter(&filter);
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                column.get(), QAbstractItemModelTester::FailureReportingMode::Fatal));
            columns.push_back(std::move(column));
        }
    }

    KanbanColumnModel &column(TaskStatus status) { return *columns.at(size_t(status)); }
    int total()
    {
        int sum = 0;
        for (const auto &c : columns)
            sum += c->rowCount();
        return sum;
    }
    QList<qint64> idsOf(KanbanColumnModel &from, int count)
    {
        QModelIndexList indexes;
        for (int row = 0; row < count; ++row)
            indexes.append(from.index(row, TaskTableModel::NumberColumn));
        std::unique_ptr<QMimeData> data(from.mimeData(indexes));
        return from.taskIds(data.get());
    }

    TestData::ScratchDir dir;
    LedgerDocument document;
    TaskTableModel model;
    TaskFilterProxyModel filter;
    std::vector<std::unique_ptr<KanbanColumnModel>> columns;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};
} // namespace

TEST_F(KanbanColumns, shouldShareTheTasksOutByStatusAndFollowTheFilter)
{
    EXPECT_EQ(column(TaskStatus::NotStarted).rowCount(), 103); // a fresh ledger: nothing started
    EXPECT_EQ(total(), 103);
    filter.setUnit(u"市中法"_s);
    EXPECT_EQ(total(), 11);
    filter.setUnit({});
    column(TaskStatus::NotStarted).setLaneUnit(u"市税务局"_s);
    const int taxes = column(TaskStatus::NotStarted).rowCount();
    EXPECT_GT(taxes, 0);
    EXPECT_LT(taxes, 103);
    for (int row = 0; row < taxes; ++row) {
        const qint64 id = column(TaskStatus::NotStarted).index(row, 0).data(TaskTableModel::TaskIdRole).toLongLong();
        EXPECT_EQ(model.taskAt(model.rowOfTask(id)).leadUnits.value(0), u"市税务局"_s);
    }
}

TEST_F(KanbanColumns, shouldMoveDroppedCardsAsOneUndoableStep)
{
    KanbanColumnModel &todo = column(TaskStatus::NotStarted);
    const QList<qint64> ids = idsOf(todo, 3);
    ASSERT_EQ(ids.size(), 3);
    std::unique_ptr<QMimeData> dragged(todo.mimeData({todo.index(0, 0), todo.index(1, 0), todo.index(2, 0)}));
    ASSERT_TRUE(column(TaskStatus::InProgress).canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {}));
    column(TaskStatus::InProgress).dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {});
    EXPECT_EQ(column(TaskStatus::InProgress).rowCount(), 3);
    EXPECT_EQ(todo.rowCount(), 100);
    EXPECT_EQ(document.store().task(ids.first())->status, TaskStatus::InProgress); // written at once

    document.undoStack()->undo();
    EXPECT_EQ(column(TaskStatus::InProgress).rowCount(), 0);
    EXPECT_EQ(todo.rowCount(), 103);
}

TEST_F(KanbanColumns, shouldAskForACloseOutNoteBeforeClosing)
{
    KanbanColumnModel &todo = column(TaskStatus::NotStarted);
    std::unique_ptr<QMimeData> dragged(todo.mimeData({todo.index(0, 0)}));
    const qint64 id = todo.taskIds(dragged.get()).value(0);
    QSignalSpy asked(&column(TaskStatus::Closed), &KanbanColumnModel::closeRequested);
    column(TaskStatus::Closed).dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {});
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(document.store().task(id)->status, TaskStatus::NotStarted) << "nothing closes without a note";

    ASSERT_TRUE(document.closeTasks({id}, u"经核查已全部完成"_s));
    const Task closed = *document.store().task(id);
    EXPECT_EQ(closed.status, TaskStatus::Closed);
    EXPECT_TRUE(closed.remarks.endsWith(u"经核查已全部完成"_s));
    EXPECT_TRUE(closed.remarks.contains(u"2021-07-01"_s));
    EXPECT_EQ(column(TaskStatus::Closed).rowCount(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.store().task(id)->remarks, QString());
    EXPECT_EQ(column(TaskStatus::Closed).rowCount(), 0);
}
