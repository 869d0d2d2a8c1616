#include "import/importerregistry.h"
#include "itemmodels/importdraftmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;
using Field = TaskField;

namespace {
ImportDraft tibet()
{
    return ImporterRegistry().importFile(TestData::dataPath(u"plan-tibet-2019.txt"_s), u"auto"_s, {});
}
} // namespace

TEST(ImportDraftModel, shouldShowPlansSectionsAndTasksAsATree)
{
    ImportDraftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDraft(tibet());
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex plan = model.index(0, 0);
    ASSERT_EQ(model.rowCount(plan), 1); // 一、任务分工
    const QModelIndex part = model.index(0, 0, plan);
    EXPECT_EQ(model.data(part).toString(), u"一、任务分工"_s);
    ASSERT_EQ(model.rowCount(part), 3);
    const QModelIndex firstTheme = model.index(0, 0, part);
    EXPECT_EQ(model.rowCount(firstTheme), 7);
    const QModelIndex task = model.index(0, 0, firstTheme);
    EXPECT_TRUE(model.data(task).toString().startsWith(u"1 对现有审批"));
    EXPECT_EQ(model.data(task.siblingAtColumn(ImportDraftModel::LeadUnitsColumn)).toString(),
        u"政府办公厅、区编办(审改办)"_s);
    EXPECT_EQ(model.data(task.siblingAtColumn(ImportDraftModel::DeadlineColumn)).toString(), u"2020-12-31"_s);
    EXPECT_EQ(model.indexOfLine(0, 7), task);
}

TEST(ImportDraftModel, shouldDropMergeSplitAndEditBeforeTheCommit)
{
    ImportDraftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDraft(tibet());
    ASSERT_EQ(model.result().taskCount(), 22);

    EXPECT_TRUE(model.setData(model.indexOfTask(0, 21), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(model.result().taskCount(), 21);

    const QString second = model.draft().plans.at(0).tasks.at(1).task.requirement;
    ASSERT_TRUE(model.mergeWithNext(model.indexOfTask(0, 0)));
    EXPECT_EQ(model.result().taskCount(), 20);
    EXPECT_TRUE(model.draft().plans.at(0).tasks.at(0).task.requirement.endsWith(second));

    const qsizetype at = model.draft().plans.at(0).tasks.at(0).task.requirement.indexOf(second);
    ASSERT_TRUE(model.split(model.indexOfTask(0, 0), int(at)));
    EXPECT_EQ(model.result().taskCount(), 21);
    EXPECT_EQ(model.draft().plans.at(0).tasks.at(1).task.requirement, second.trimmed());
    EXPECT_TRUE(model.draft().plans.at(0).tasks.at(1).task.title.startsWith(u"进一步压缩企业开办时间"));

    ASSERT_TRUE(model.setTaskField(model.indexOfTask(0, 2), Field::LeadUnits, u"市场监管局、司法厅、商务厅"_s));
    EXPECT_EQ(model.draft().plans.at(0).tasks.at(2).task.leadUnits.size(), 3);
    ASSERT_TRUE(model.setTaskField(model.indexOfTask(0, 2), Field::Deadline, u"6月底前"_s));
    EXPECT_EQ(model.draft().plans.at(0).tasks.at(2).task.deadline.due, QDate(2019, 6, 30));

    // A new year reads the deadlines that name none again.
    model.setPlanYear(0, 2020);
    EXPECT_EQ(model.draft().plans.at(0).tasks.at(2).task.deadline.due, QDate(2020, 6, 30));
    EXPECT_EQ(model.draft().plans.at(0).tasks.at(0).task.deadline.due, QDate(2020, 12, 31)); // "2020年底前"

    EXPECT_EQ(model.markDuplicates({model.draft().plans.at(0).tasks.at(4).task.title}), 1);
    EXPECT_TRUE(model.isDuplicate(model.indexOfTask(0, 4)));
}
