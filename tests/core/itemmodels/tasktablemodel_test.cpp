#include "document/ledgerdocument.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/taskidsmime.h"
#include "itemmodels/tasktablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class TaskModels : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(document.open(dir.path(u"m.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        document.setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
        ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));
        proxy.setTaskModel(&model);
        model.setDocument(&document);
        model.loadAll();
    }

    int rowOf(const QString &number, int part = 1) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.taskAt(row).number == number && model.taskAt(row).part == part)
                return row;
        }
        return -1;
    }

    TestData::ScratchDir dir;
    LedgerDocument document;
    TaskTableModel model;
    TaskFilterProxyModel proxy;
    QAbstractItemModelTester modelTester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester {&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
};
} // namespace

TEST_F(TaskModels, shouldShowTheLedgerInClassicColumns)
{
    ASSERT_EQ(model.rowCount(), 103);
    EXPECT_EQ(model.columnCount(), TaskTableModel::ColumnCount);
    const int row = rowOf(u"1"_s);
    auto cell = [&](int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(cell(TaskTableModel::SectionColumn), u"（一）提升企业开办注销便利度"_s);
    EXPECT_EQ(cell(TaskTableModel::TitleColumn), u"简化企业开办流程"_s);
    EXPECT_EQ(cell(TaskTableModel::LeadUnitsColumn), u"市市场监管局"_s);
    EXPECT_EQ(cell(TaskTableModel::CoUnitsColumn), u"市行政审批局、市公安局、市税务局"_s);
    EXPECT_EQ(cell(TaskTableModel::DueColumn), u"2021-06-30"_s);
    EXPECT_EQ(model.index(row, 0).data(TaskTableModel::LightRole).toInt(), int(TrafficLight::Overdue));
    EXPECT_EQ(model.index(rowOf(u"21"_s, 2), TaskTableModel::NumberColumn).data().toString(), u"21-2"_s);
}

TEST_F(TaskModels, shouldLoadALargeLedgerInPagesThroughTheEventLoop)
{
    // Four more imports: 515 tasks, more than the first page.
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"more"_s));
    EXPECT_EQ(model.rowCount(), TaskTableModel::firstPageSize);
    EXPECT_FALSE(model.isFullyLoaded());
    QSignalSpy finished(&model, &TaskTableModel::loadingFinished);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(model.rowCount(), 515);
}

TEST_F(TaskModels, shouldEditThroughTheDocumentAndFollowUndo)
{
    const int row = rowOf(u"5"_s);
    const QModelIndex deadline = model.index(row, TaskTableModel::DeadlineColumn);
    ASSERT_TRUE(model.setData(deadline, u"8月底前"_s));
    EXPECT_EQ(model.index(row, TaskTableModel::DueColumn).data().toString(), u"2021-08-31"_s);
    document.undoStack()->undo();
    EXPECT_EQ(model.index(row, TaskTableModel::DeadlineColumn).data().toString(), u"常态实施"_s);
    EXPECT_EQ(model.index(row, TaskTableModel::DueColumn).data().toString(), u"Ongoing"_s);
}

TEST_F(TaskModels, shouldFilterByUnitLeadOrCooperating)
{
    proxy.setUnit(u"市税务局"_s);
    ASSERT_GT(proxy.rowCount(), 0);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QStringList units = proxy.index(row, 0).data(TaskTableModel::UnitsRole).toStringList();
        EXPECT_TRUE(units.contains(u"市税务局"_s));
    }
    int expected = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        expected += model.index(row, 0).data(TaskTableModel::UnitsRole).toStringList().contains(u"市税务局"_s);
    EXPECT_EQ(proxy.rowCount(), expected);
}

TEST_F(TaskModels, shouldFilterByTextStatusAndLight)
{
    proxy.setText(u"公积金"_s);
    EXPECT_EQ(proxy.rowCount(), 1); // only requirement 1-2 names 住房公积金
    proxy.setText(u"APP"_s);
    const int upper = proxy.rowCount();
    proxy.setText(u"app"_s);
    EXPECT_EQ(proxy.rowCount(), upper);
    EXPECT_GT(upper, 0);
    proxy.setText(u"' OR 1=1 --"_s);
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setText(u"%"_s);
    const int percent = proxy.rowCount();
    EXPECT_GT(percent, 0); // requirements name percentages: '%' is text, not a wildcard
    EXPECT_LT(percent, 103);
    proxy.setText({});

    proxy.setLight(TrafficLight::Ongoing);
    const int ongoing = proxy.rowCount();
    EXPECT_GT(ongoing, 0);
    proxy.setLight(TrafficLight::Overdue);
    const std::array<int, 5> counts = proxy.lightCounts();
    EXPECT_EQ(counts[size_t(TrafficLight::Overdue)], proxy.rowCount());
    EXPECT_EQ(counts[size_t(TrafficLight::Ongoing)], 0);
    proxy.setLight(std::nullopt);
    proxy.setStatus(TaskStatus::Done);
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(TaskModels, shouldFilterBySectionAndDeadlineWindow)
{
    const QList<Section> sections = document.store().sections();
    ASSERT_FALSE(sections.isEmpty());
    QSignalSpy changed(&proxy, &TaskFilterProxyModel::filterChanged);
    proxy.setSection(sections.first().id); // （一）提升企业开办注销便利度
    EXPECT_EQ(proxy.rowCount(), 4);
    EXPECT_EQ(changed.size(), 1);
    proxy.setSection(0);
    proxy.setDueWindow(std::pair {QDate(2021, 7, 1), QDate(2021, 7, 31)});
    EXPECT_EQ(proxy.rowCount(), 8);
    for (int row = 0; row < proxy.rowCount(); ++row)
        EXPECT_EQ(proxy.index(row, TaskTableModel::DueColumn).data().toString().left(7), u"2021-07"_s);
    proxy.setDueWindow(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), 103);
}

TEST_F(TaskModels, shouldFollowHandEditsOfTheLedgersShapeAndTheirUndo)
{
    // Under both testers: add, move, reorder, delete and their undo keep the models consistent.
    proxy.sort(TaskTableModel::NumberColumn);
    const int rows = model.rowCount();
    Task added;
    added.planId = model.taskAt(0).planId;
    added.sectionId = model.taskAt(0).sectionId;
    added.number = u"1"_s;
    added.title = u"新任务"_s;
    added.order = document.outline().orderAfter(model.taskAt(0).id);
    const QList<qint64> ids = document.addTasks({added}, u"New task"_s);
    ASSERT_EQ(ids.size(), 1);
    model.loadAll();
    EXPECT_EQ(model.rowCount(), rows + 1);
    // shown right after the task it was added after, in ledger order
    EXPECT_EQ(proxy.index(1, 0).data(TaskTableModel::TaskIdRole).toLongLong(), ids.constFirst());
    ASSERT_TRUE(document.moveTaskInSection(ids.constFirst(), -1));
    EXPECT_EQ(proxy.index(0, 0).data(TaskTableModel::TaskIdRole).toLongLong(), ids.constFirst());
    ASSERT_TRUE(document.deleteTasks({ids.constFirst(), model.taskAt(5).id}));
    model.loadAll();
    EXPECT_EQ(model.rowCount(), rows - 1);
    document.undoStack()->undo(); // the delete
    model.loadAll();
    EXPECT_EQ(model.rowCount(), rows + 1);
    EXPECT_EQ(proxy.index(0, 0).data(TaskTableModel::TaskIdRole).toLongLong(), ids.constFirst());
    document.undoStack()->undo(); // the move
    document.undoStack()->undo(); // the add
    model.loadAll();
    EXPECT_EQ(model.rowCount(), rows);
}

TEST_F(TaskModels, shouldMoveDraggedRowsBeforeTheRowTheyAreDroppedOn)
{
    proxy.sort(TaskTableModel::NumberColumn);
    const qint64 third = proxy.index(2, 0).data(TaskTableModel::TaskIdRole).toLongLong();
    const qint64 first = proxy.index(0, 0).data(TaskTableModel::TaskIdRole).toLongLong();
    std::unique_ptr<QMimeData> dragged(proxy.mimeData({proxy.index(2, 0), proxy.index(2, 3)}));
    EXPECT_EQ(TaskIdsMime::decode(dragged.get(), document.path()), QList<qint64> {third});
    // the same ids from another ledger's window name other tasks: never taken
    EXPECT_TRUE(TaskIdsMime::decode(dragged.get(), u"/elsewhere/other.taizhang"_s).isEmpty());
    std::unique_ptr<QMimeData> fromElsewhere(
        TaskIdsMime::encode(QList<qint64> {third}, u"/elsewhere/other.taizhang"_s));
    EXPECT_FALSE(proxy.canDropMimeData(fromElsewhere.get(), Qt::MoveAction, 0, 0, {}));
    ASSERT_TRUE(proxy.canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
    // dropped between rows, above the first: the document moves it there (the view removes nothing)
    EXPECT_FALSE(proxy.dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(proxy.index(0, 0).data(TaskTableModel::TaskIdRole).toLongLong(), third);
    EXPECT_EQ(proxy.index(1, 0).data(TaskTableModel::TaskIdRole).toLongLong(), first);
    EXPECT_EQ(document.store().task(third)->sectionId, document.store().task(first)->sectionId);
    document.undoStack()->undo();
    EXPECT_EQ(proxy.index(2, 0).data(TaskTableModel::TaskIdRole).toLongLong(), third);
    // rows sorted by anything but the ledger's order take no drops; nor do foreign bytes
    proxy.sort(TaskTableModel::DueColumn);
    EXPECT_FALSE(proxy.canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
    proxy.sort(TaskTableModel::NumberColumn);
    QMimeData foreign;
    foreign.setData(QString::fromLatin1(TaskIdsMime::mimeType), QByteArray("\xff\xff\xff\xff", 4));
    EXPECT_FALSE(proxy.canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
}
