#include "parse/responsibilityclause.h"
#include "parse/unitlistparser.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

UnitAssignment unitsOf(const QString &task)
{
    const ResponsibilityClause clause = ResponsibilityClause::findTrailing(task);
    EXPECT_TRUE(clause.isValid()) << task.toStdString();
    return UnitListParser::parse(clause.unitsText);
}

} // namespace

TEST(ResponsibilityClause, shouldReadUnitsOnLabelledLinesAfterTheTask)
{
    // GIVEN a task followed by labelled lines, as the outline joins them back
    const QString task
        = u"推行涉企事项网上联办。优化流程。牵头单位：市数据局责任单位：各区人民政府，市级各有关部门完成时限：2024 年9 月底前"_s;
    // WHEN its clause is read
    const ResponsibilityClause clause = ResponsibilityClause::findTrailing(task);
    // THEN the block is the clause, 责任单位 beside 牵头单位 cooperate, and the deadline is its own field
    ASSERT_TRUE(clause.isValid());
    EXPECT_EQ(task.left(clause.start), u"推行涉企事项网上联办。优化流程。"_s);
    EXPECT_EQ(clause.deadlineText, u"2024 年9 月底前"_s);
    const UnitAssignment units = UnitListParser::parse(clause.unitsText);
    EXPECT_EQ(units.lead, QStringList {u"市数据局"_s});
    EXPECT_EQ(units.co, (QStringList {u"各区人民政府"_s, u"市级各有关部门"_s}));
}

TEST(ResponsibilityClause, shouldReadEveryLabelVariant)
{
    const UnitAssignment a = unitsOf(u"开展试点。主责单位:市审批局协办单位：市公安局时间节点：6月底"_s);
    EXPECT_EQ(a.lead, QStringList {u"市审批局"_s});
    EXPECT_EQ(a.co, QStringList {u"市公安局"_s});
    const UnitAssignment b = unitsOf(u"开展试点。牵头部门：区政府办配合部门：区司法局、区财政局"_s);
    EXPECT_EQ(b.lead, QStringList {u"区政府办"_s});
    EXPECT_EQ(b.co, (QStringList {u"区司法局"_s, u"区财政局"_s}));
    const UnitAssignment c = unitsOf(u"开展试点。参与单位：市商务局责任部门：市发改委"_s);
    EXPECT_EQ(c.lead, QStringList {u"市发改委"_s}); // alone, 责任 leads
    EXPECT_EQ(c.co, QStringList {u"市商务局"_s});
    EXPECT_EQ(ResponsibilityClause::findTrailing(u"开展试点。完成时间：2023年底"_s).deadlineText, u"2023年底"_s);
}

TEST(ResponsibilityClause, shouldMakeResponsibleUnitsCooperateBesideALead)
{
    const UnitAssignment a = unitsOf(u"推进改革。（牵头单位：市审批局；责任单位：市公安局、市税务局）"_s);
    EXPECT_EQ(a.lead, QStringList {u"市审批局"_s});
    EXPECT_EQ(a.co, (QStringList {u"市公安局"_s, u"市税务局"_s}));
    const UnitAssignment b = unitsOf(u"推进改革。〔牵头单位:区政府办，责任单位:区司法局〕"_s);
    EXPECT_EQ(b.lead, QStringList {u"区政府办"_s});
    EXPECT_EQ(b.co, QStringList {u"区司法局"_s});
    const UnitAssignment alone = unitsOf(u"推进改革。（责任单位：市公安局、市税务局）"_s);
    EXPECT_EQ(alone.lead, (QStringList {u"市公安局"_s, u"市税务局"_s}));
    EXPECT_TRUE(alone.co.isEmpty());
    const UnitAssignment each
        = unitsOf(u"推进改革。（牵头单位：市市场监管局、市税务局按职责分别牵头；责任单位：市政府有关部门）"_s);
    EXPECT_EQ(each.lead, (QStringList {u"市市场监管局"_s, u"市税务局"_s}));
    EXPECT_EQ(each.co, QStringList {u"市政府有关部门"_s});
}

TEST(ResponsibilityClause, shouldReadProseRolesByStrength)
{
    const UnitAssignment a = unitsOf(u"推进改革。（市经合局牵头，市财政局、市税务局配合组织落实）"_s);
    EXPECT_EQ(a.lead, QStringList {u"市经合局"_s});
    EXPECT_EQ(a.co, (QStringList {u"市财政局"_s, u"市税务局"_s}));
    const UnitAssignment b = unitsOf(u"推进改革。由市发改委牵头，市财政局、市税务局配合。"_s);
    EXPECT_EQ(b.lead, QStringList {u"市发改委"_s});
    EXPECT_EQ(b.co, (QStringList {u"市财政局"_s, u"市税务局"_s}));
    const UnitAssignment c = unitsOf(u"推进改革。部门分工：市住建局牵头，市城管局配合。"_s);
    EXPECT_EQ(c.lead, QStringList {u"市住建局"_s});
    EXPECT_EQ(c.co, QStringList {u"市城管局"_s});
    const UnitAssignment d = unitsOf(u"推进改革（市审批局、自然资源局、住建局分别牵头）"_s);
    EXPECT_EQ(d.lead, (QStringList {u"市审批局"_s, u"市自然资源局"_s, u"市住建局"_s}));
    const UnitAssignment e = unitsOf(u"推进改革（省市场监管局、省税务局按职责分工负责，各市州政府落实）"_s);
    EXPECT_EQ(e.lead, (QStringList {u"省市场监管局"_s, u"省税务局"_s}));
    EXPECT_EQ(e.co, QStringList {u"各市州政府"_s});
    const UnitAssignment f = unitsOf(u"推进改革（市市场监管局牵头，市公安局等按职责分工负责）"_s);
    EXPECT_EQ(f.lead, QStringList {u"市市场监管局"_s});
    EXPECT_EQ(f.co, QStringList {u"市公安局"_s});
}

TEST(ResponsibilityClause, shouldNotTakeASentenceAboutTheWorkForUnits)
{
    EXPECT_FALSE(ResponsibilityClause::findTrailing(
        u"完善制度。市场监管部门要督促各涉企信息归集部门做好事项认领工作，切实负责。"_s)
                     .isValid());
    EXPECT_FALSE(ResponsibilityClause::findTrailing(u"全面推开，由各地结合实际组织落实。"_s).isValid());
}

TEST(ResponsibilityClause, shouldKeepLeadersApartFromUnits)
{
    const ResponsibilityClause clause
        = ResponsibilityClause::findTrailing(u"推进改革。（责任领导：张明；牵头单位：市审批局；配合单位：市公安局）"_s);
    EXPECT_EQ(clause.leaders, QStringList {u"张明"_s});
    const UnitAssignment units = UnitListParser::parse(clause.unitsText);
    EXPECT_EQ(units.lead, QStringList {u"市审批局"_s});
    EXPECT_EQ(units.co, QStringList {u"市公安局"_s});
    const ResponsibilityClause lines
        = ResponsibilityClause::findTrailing(u"推进改革。分管市领导：李华、王强牵头单位：市审批局"_s);
    EXPECT_EQ(lines.leaders, (QStringList {u"李华"_s, u"王强"_s}));
    EXPECT_EQ(UnitListParser::parse(lines.unitsText).lead, QStringList {u"市审批局"_s});
}

TEST(ResponsibilityClause, shouldReadTheNoteThatHandsUnitsToLaterTasks)
{
    const ResponsibilityClause clause = ResponsibilityClause::findTrailing(
        u"推进改革。（市司法局、市审批局和各县区政府按职责分工负责，6 月底前完成。以下各项均需各县区政府落实，不再一一列出）"_s);
    ASSERT_TRUE(clause.isValid());
    EXPECT_EQ(clause.deadlineText, u"6 月底前完成"_s);
    EXPECT_EQ(clause.standingUnitsText, u"各县区政府"_s);
    const UnitAssignment units = UnitListParser::parse(clause.unitsText);
    EXPECT_EQ(units.lead, (QStringList {u"市司法局"_s, u"市审批局"_s, u"各县区政府"_s}));
}

TEST(ResponsibilityClause, shouldKnowTheFirstListedLeadsRule)
{
    EXPECT_TRUE(ResponsibilityClause::statesFirstListedLeads(u"各项任务分工如下（排在第一位的为牵头单位）："_s));
    EXPECT_TRUE(ResponsibilityClause::statesFirstListedLeads(u"列第一位的为牵头单位，其他为配合单位"_s));
    EXPECT_FALSE(ResponsibilityClause::statesFirstListedLeads(u"（市发改委牵头）"_s));
    EXPECT_FALSE(ResponsibilityClause::findTrailing(u"任务分工如下（排在第一位的为牵头单位）"_s).isValid());
}

TEST(ResponsibilityClause, shouldReadLabelsWithAGlossAndRolesInBrackets)
{
    const ResponsibilityClause clause = ResponsibilityClause::findTrailing(
        u"推进改革。牵头单位（部门）：市发改委责任单位（部门）：市财政局、市人社局（按职责分工负责）完成时限（时间）：6月底前"_s);
    ASSERT_TRUE(clause.isValid());
    EXPECT_EQ(clause.deadlineText, u"6月底前"_s);
    const UnitAssignment units = UnitListParser::parse(clause.unitsText);
    EXPECT_EQ(units.lead, QStringList {u"市发改委"_s});
    EXPECT_EQ(units.co, (QStringList {u"市财政局"_s, u"市人社局"_s}));
}

TEST(ResponsibilityClause, shouldNotTakeAClosingSentenceOfTheWorkForItsUnits)
{
    for (const QString &text : {u"建立机制。各地各部门要加强配合。"_s, u"完善制度。各县区要积极参与。"_s,
             u"推进改革。确保各项任务落实落地，形成合力。"_s}) {
        const ResponsibilityClause clause = ResponsibilityClause::findTrailing(text);
        EXPECT_FALSE(clause.isValid()) << text.toStdString() << " read as " << clause.unitsText.toStdString();
    }
    // while a sentence of units alone still is one
    EXPECT_TRUE(ResponsibilityClause::findTrailing(u"推进改革。各县区、各有关部门配合。"_s).isValid());
}

TEST(ResponsibilityClause, shouldNotCutTheWorkAtADeadlineLabelInsideIt)
{
    const QString task
        = u"推进改革。各地要明确完成时间：原则上6月底前完成，并将落实情况报送市政府办公室，纳入年度考核，确保改革取得实效。"_s;
    EXPECT_FALSE(ResponsibilityClause::findTrailing(task).isValid());
    // while a date on its own last line still closes the task
    EXPECT_EQ(ResponsibilityClause::findTrailing(u"推进改革。完成时间：2023年底"_s).deadlineText, u"2023年底"_s);
}
