// The northwest compilation (Ningxia, Gansu, Xinjiang 2023): documents numbered anew in each
// province, entries left out, every notation of the family. Sampled tasks of each document that
// names units, read against the source by hand.
#include "import/importerregistry.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

const DraftPlan *planTitled(const ImportDraft &draft, const QString &part)
{
    for (const DraftPlan &plan : draft.plans) {
        if (plan.plan.title.contains(part))
            return &plan;
    }
    return nullptr;
}

const Task *task(const DraftPlan &plan, const QString &number, const QString &titleStart)
{
    for (const DraftTask &task : plan.tasks) {
        if (task.task.number == number && task.task.title.startsWith(titleStart))
            return &task.task;
    }
    return nullptr;
}

class NorthwestCompilation : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        ImportOptions options;
        options.year = 2023;
        s_draft = new ImportDraft(
            ImporterRegistry().importFile(TestData::dataPath(u"compilation-northwest-2023.txt"_s), u"auto"_s, options));
    }
    static void TearDownTestSuite() { delete s_draft; }
    static ImportDraft *s_draft;
};

ImportDraft *NorthwestCompilation::s_draft = nullptr;

} // namespace

TEST_F(NorthwestCompilation, shouldFindEveryDocumentThoughNumberingRestartsPerProvince)
{
    EXPECT_EQ(s_draft->plans.size(), 17);
    for (const QString &part : {u"全区2023年政务公开工作要点"_s, u"银川市持续优化营商环境"_s, u"全省一张网"_s,
             u"促进个体工商户发展条例"_s, u"金昌市深化简政放权"_s, u"陇南市深化“放管服”"_s, u"“十四五”市场监管现代化"_s,
             u"白银市招商引资优惠政策三十条"_s, u"哈密市落实优化营商环境"_s})
        EXPECT_NE(planTitled(*s_draft, part), nullptr) << part.toStdString();
    const DraftPlan *gansu = planTitled(*s_draft, u"全省一张网"_s);
    ASSERT_NE(gansu, nullptr);
    EXPECT_EQ(gansu->plan.docNumber, u"甘政办发〔2023〕28号"_s); // its entry's date lacks 日
    EXPECT_EQ(gansu->tasks.size(), 24);
}

TEST_F(NorthwestCompilation, shouldKeepTheTasksAfterAHeadingThatOnlySoundsLikeClosingText)
{
    const DraftPlan *plan = planTitled(*s_draft, u"全区2023年政务公开工作要点"_s);
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(plan->tasks.size(), 41); // 四、完善公开标准化规范化和管理保障机制 holds tasks 27-33
    EXPECT_NE(task(*plan, u"35"_s, u"5个地级市要组团开展"_s), nullptr); // "35.5 个地级市…"
}

TEST_F(NorthwestCompilation, shouldReadLabelledLinesAfterEachTask)
{
    const DraftPlan *hami = planTitled(*s_draft, u"哈密市落实优化营商环境"_s);
    ASSERT_NE(hami, nullptr);
    const Task *first = task(*hami, u"（一）"_s, u"全面实施市场准入负面清单管理"_s);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->leadUnits, QStringList {u"市发展改革委"_s});
    EXPECT_EQ(first->coUnits, (QStringList {u"各区县人民政府"_s, u"市商务局"_s}));
    EXPECT_EQ(first->deadline.due, QDate(2023, 12, 30));
    EXPECT_FALSE(first->requirement.contains(u"牵头单位"_s));
    const Task *third = task(*hami, u"（三）"_s, u"规范实施行政许可和行政备案"_s);
    ASSERT_NE(third, nullptr); // its 完成时限 stands after a page marker
    EXPECT_EQ(third->leadUnits, QStringList {u"市人民政府办公室"_s});
    EXPECT_EQ(third->deadline.due, QDate(2023, 12, 30));
}

TEST_F(NorthwestCompilation, shouldMakeResponsibleUnitsCooperateBesideTheLead)
{
    const DraftPlan *jinchang = planTitled(*s_draft, u"金昌市深化简政放权"_s);
    ASSERT_NE(jinchang, nullptr);
    const Task *first = task(*jinchang, u"1"_s, u"开展行政许可事项清单管理"_s);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->leadUnits, (QStringList {u"市政府办公室"_s, u"市政务服务中心"_s}));
    EXPECT_TRUE(first->coUnits.contains(u"金昌经开区管委会"_s));
    EXPECT_TRUE(first->coUnits.contains(u"县、区政府"_s)); // one collective, not 县 and 区政府

    const DraftPlan *longnan = planTitled(*s_draft, u"陇南市深化“放管服”"_s);
    ASSERT_NE(longnan, nullptr);
    const Task *regulate = task(*longnan, u"22"_s, u"规范网上办事服务"_s);
    ASSERT_NE(regulate, nullptr); // "…按职责分别牵头；责任单位：…"
    EXPECT_EQ(regulate->leadUnits, (QStringList {u"市政务服务中心"_s, u"市大数据管理局"_s, u"市大数据中心"_s}));
    EXPECT_EQ(regulate->coUnits, (QStringList {u"市政府有关部门"_s, u"省驻陇南有关单位"_s}));
}

TEST_F(NorthwestCompilation, shouldReadProseRolesAndTheStandingNote)
{
    const DraftPlan *yinchuan = planTitled(*s_draft, u"银川市持续优化营商环境"_s);
    ASSERT_NE(yinchuan, nullptr);
    EXPECT_EQ(yinchuan->tasks.size(), 73);
    const Task *first = yinchuan->tasks.isEmpty() ? nullptr : &yinchuan->tasks.constFirst().task;
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->title, u"进一步便利企业开办"_s);
    EXPECT_EQ(first->leadUnits, QStringList {u"市审批局"_s});
    EXPECT_EQ(first->coUnits, (QStringList {u"各有关部门"_s, u"各县〈市〉区人民政府"_s}));
    EXPECT_EQ(first->deadline.due, QDate(2023, 12, 31)); // 年内

    const DraftPlan *gansu = planTitled(*s_draft, u"促进个体工商户发展条例"_s);
    ASSERT_NE(gansu, nullptr);
    const Task *one = task(*gansu, u"1"_s, u"提高个体工商户登记便利化水平"_s);
    ASSERT_NE(one, nullptr);
    EXPECT_EQ(one->leadUnits, (QStringList {u"省市场监管局"_s, u"省税务局"_s}));
    const Task *three = task(*gansu, u"3"_s, u"放宽许可准入条件"_s);
    ASSERT_NE(three, nullptr); // the note of task 1: 各市州政府 and 兰州新区管委会 join
    EXPECT_TRUE(three->coUnits.contains(u"各市州政府"_s));
    EXPECT_TRUE(three->coUnits.contains(u"兰州新区管委会"_s));

    const DraftPlan *longnan = planTitled(*s_draft, u"“十四五”市场监管现代化"_s);
    ASSERT_NE(longnan, nullptr);
    const Task *permits = task(*longnan, u"1"_s, u"深入推进“证照分离”改革"_s);
    ASSERT_NE(permits, nullptr); // "…等按职责分工负责，各县区政府负责落实"
    EXPECT_EQ(permits->leadUnits, (QStringList {u"市政府办公室"_s, u"市司法局"_s, u"市市场监管局"_s, u"市大数据局"_s}));
    EXPECT_EQ(permits->coUnits, QStringList {u"各县区政府"_s});
}

TEST_F(NorthwestCompilation, shouldReadArticlesWithTheirUnits)
{
    const DraftPlan *baiyin = planTitled(*s_draft, u"白银市招商引资优惠政策三十条"_s);
    ASSERT_NE(baiyin, nullptr);
    const Task *invest = task(*baiyin, u"3"_s, u"落地投资奖"_s);
    ASSERT_NE(invest, nullptr);
    EXPECT_EQ(invest->leadUnits, QStringList {u"市经合局"_s});
    EXPECT_EQ(invest->coUnits, (QStringList {u"市发展改革委"_s, u"市财政局"_s}));
}

TEST_F(NorthwestCompilation, shouldSayOnceForADocumentWithoutUnits)
{
    int said = 0;
    for (const ImportIssue &issue : s_draft->issues)
        said += issue.message.contains(u"全区2023年政务公开工作要点"_s) && issue.message.contains(u"units"_s) ? 1 : 0;
    EXPECT_EQ(said, 1);
}
