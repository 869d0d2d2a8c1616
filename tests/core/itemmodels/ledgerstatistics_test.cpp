#include "document/ledgerdocument.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "model/ledgerstatistics.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
// The Lhasa sample on 2021-07-01: 22 tasks were due in June (overdue), 26 are ongoing.
class Statistics : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(document.open(dir.path(u"s.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        document.setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
        ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));
        model.setDocument(&document);
        model.loadAll();
        filter.setTaskModel(&model);
    }
    int light(const LedgerStatistics &s, TrafficLight light) const { return s.lights[size_t(light)].count; }

    TestData::ScratchDir dir;
    LedgerDocument document;
    TaskTableModel model;
    TaskFilterProxyModel filter;
};
} // namespace

TEST_F(Statistics, shouldCountTasksByLightMonthAndUnitWithTheirIds)
{
    const LedgerStatistics s = filter.statistics();
    int sum = 0;
    for (TrafficLight l : TrafficLights::all)
        sum += light(s, l);
    EXPECT_EQ(sum, 103);
    EXPECT_EQ(light(s, TrafficLight::Overdue), 22);
    EXPECT_EQ(light(s, TrafficLight::Ongoing), 26);
    EXPECT_EQ(s.lights[size_t(TrafficLight::Overdue)].taskIds.size(), 22);

    ASSERT_TRUE(s.dueByMonth.contains(QDate(2021, 6, 1)));
    EXPECT_EQ(s.dueByMonth.value(QDate(2021, 6, 1))[size_t(TrafficLight::Overdue)].count, 22);
    EXPECT_EQ(s.dueByMonth.value(QDate(2021, 9, 1))[size_t(TrafficLight::OnTrack)].count, 25);
    EXPECT_EQ(s.timeline.size(), 77);
    EXPECT_LE(s.timeline.first().due, s.timeline.last().due);

    // Worst first: three overdue tasks each for 市市场监管局 and 国网拉萨供电公司.
    ASSERT_GE(s.units.size(), 2);
    EXPECT_EQ(s.units.at(0).lights[size_t(TrafficLight::Overdue)].count, 3);
    EXPECT_EQ(s.units.at(1).lights[size_t(TrafficLight::Overdue)].count, 3);
    EXPECT_TRUE((QStringList {s.units.at(0).unit, s.units.at(1).unit}.contains(u"市市场监管局"_s)));

    filter.setUnit(u"市中法"_s);
    const LedgerStatistics court = filter.statistics();
    int courtSum = 0;
    for (TrafficLight l : TrafficLights::all)
        courtSum += light(court, l);
    EXPECT_EQ(courtSum, 11);
}

TEST_F(Statistics, shouldRateUnitsByTasksDoneOnTime)
{
    // One of the tax bureau's June tasks, finished on 20 June.
    qint64 taxTask = 0;
    for (int row = 0; row < model.rowCount() && !taxTask; ++row) {
        const Task &task = model.taskAt(row);
        if (task.leadUnits.value(0) == u"市税务局" && task.deadline.due == QDate(2021, 6, 30))
            taxTask = task.id;
    }
    ASSERT_NE(taxTask, 0);
    ASSERT_TRUE(document.addProgress(taxTask, {0, QDate(2021, 6, 20), u"市税务局"_s, 100, u"已完成"_s, {}}));
    ASSERT_TRUE(document.setTaskField(taxTask, TaskField::Status, int(TaskStatus::Done)));

    const LedgerStatistics s = filter.statistics();
    const QList<LedgerStatistics::UnitRow> ranked = s.unitsByCompletion();
    ASSERT_FALSE(ranked.isEmpty());
    const auto tax
        = std::find_if(ranked.cbegin(), ranked.cend(), [](const auto &row) { return row.unit == u"市税务局"; });
    ASSERT_NE(tax, ranked.cend());
    EXPECT_EQ(tax->due, 2);
    EXPECT_EQ(tax->doneOnTime, 1);
    EXPECT_DOUBLE_EQ(ranked.first().completionRate(), 0.5);

    const QList<LedgerStatistics::BurnUpPoint> burnUp = s.burnUp(2021);
    ASSERT_EQ(burnUp.size(), 12);
    EXPECT_EQ(burnUp.at(5).dueSoFar, 22); // June
    EXPECT_EQ(burnUp.at(5).doneSoFar, 1);
    EXPECT_EQ(burnUp.at(11).dueSoFar, 77);
}
