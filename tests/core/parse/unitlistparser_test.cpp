#include "parse/unitlistparser.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST(UnitListParser, shouldSplitLabelledLeadAndCooperatingUnits)
{
    const UnitAssignment units
        = UnitListParser::parse(u"牵头单位： 市市场监管局 配合单位： 市行政审批局、市公安局、市税务局"_s);
    EXPECT_EQ(units.lead, QStringList {u"市市场监管局"_s});
    EXPECT_EQ(units.co, (QStringList {u"市行政审批局"_s, u"市公安局"_s, u"市税务局"_s}));
}

TEST(UnitListParser, shouldSplitOnEverySeparator)
{
    EXPECT_EQ(UnitListParser::splitList(u"市发改委，市财政局,市税务局；市人社局;市医保局"_s),
        (QStringList {u"市发改委"_s, u"市财政局"_s, u"市税务局"_s, u"市人社局"_s, u"市医保局"_s}));
}

TEST(UnitListParser, shouldSplitOnHeBeforeGeOnly)
{
    EXPECT_EQ(UnitListParser::splitList(u"市财政局和各县（区）人民政府"_s),
        (QStringList {u"市财政局"_s, u"各县（区）人民政府"_s}));
    EXPECT_EQ(UnitListParser::splitList(u"市金融服务和事业发展中心"_s), QStringList {u"市金融服务和事业发展中心"_s});
}

TEST(UnitListParser, shouldDistributeASharedPrefix)
{
    EXPECT_EQ(UnitListParser::splitList(u"市公安局、人社局"_s), (QStringList {u"市公安局"_s, u"市人社局"_s}));
    EXPECT_EQ(UnitListParser::splitList(u"省发展改革委、财政厅、省税务局、市场监管局"_s),
        (QStringList {u"省发展改革委"_s, u"省财政厅"_s, u"省税务局"_s, u"省市场监管局"_s}));
    // Not a department of the same level: left as written.
    EXPECT_EQ(UnitListParser::splitList(u"市公安局、国网拉萨供电公司、团市委"_s),
        (QStringList {u"市公安局"_s, u"国网拉萨供电公司"_s, u"团市委"_s}));
}

TEST(UnitListParser, shouldKeepNestedBracketsInsideTheName)
{
    const UnitAssignment units = UnitListParser::parse(
        u"〔省政务服务管理局〔省大数据管理局〕、省发展改革委牵头，各市（州）人民政府按职责分工负责〕"_s);
    EXPECT_EQ(units.lead, (QStringList {u"省政务服务管理局〔省大数据管理局〕"_s, u"省发展改革委"_s}));
    EXPECT_EQ(units.co, QStringList {u"各市（州）人民政府"_s});
}

TEST(UnitListParser, shouldReadProseRoles)
{
    EXPECT_EQ(UnitListParser::parse(u"(市公安局负责)"_s).lead, QStringList {u"市公安局"_s});
    const UnitAssignment led = UnitListParser::parse(u"（自治区发展改革委牵头，各地各有关部门按职责分工负责）"_s);
    EXPECT_EQ(led.lead, QStringList {u"自治区发展改革委"_s});
    EXPECT_EQ(led.co, QStringList {u"各地各有关部门"_s});
    const UnitAssignment labelled = UnitListParser::parse(u"(责任单位:市住建局;配合单位:市城管局、市自然资源局)"_s);
    EXPECT_EQ(labelled.lead, QStringList {u"市住建局"_s});
    EXPECT_EQ(labelled.co, (QStringList {u"市城管局"_s, u"市自然资源局"_s}));
}

TEST(UnitListParser, shouldDropBoilerplateButKeepCollectiveUnits)
{
    const UnitAssignment units = UnitListParser::parse(u"各县（区）、各有关部门按职责分工负责"_s);
    EXPECT_EQ(units.lead, (QStringList {u"各县（区）"_s, u"各有关部门"_s}));
    EXPECT_TRUE(units.co.isEmpty());
}

TEST(UnitListParser, shouldIgnoreADeadlineInsideTheParenthesis)
{
    const UnitAssignment units = UnitListParser::parse(u"（营商环境处负责，完成时限：2023 年底前）"_s);
    EXPECT_EQ(units.lead, QStringList {u"营商环境处"_s});
    const UnitAssignment other = UnitListParser::parse(u"（省商务厅负责，8 月底前完成）"_s);
    EXPECT_EQ(other.lead, QStringList {u"省商务厅"_s});
}

TEST(UnitListParser, shouldSplitTableCellsOnSpacesWhenAsked)
{
    const UnitAssignment units
        = UnitListParser::parse(u"牵头单位： 市大数据局 市行政审批局"_s, UnitListParser::SplitOnSpaces);
    EXPECT_EQ(units.lead, (QStringList {u"市大数据局"_s, u"市行政审批局"_s}));
}

TEST(UnitListParser, shouldReturnTextBeforeTheFirstLabel)
{
    const UnitAssignment units
        = UnitListParser::parse(u"展中心、人行拉萨中心支行 牵头单位： 市司法局"_s, UnitListParser::SplitOnSpaces);
    EXPECT_EQ(units.unlabelledPrefix, u"展中心、人行拉萨中心支行"_s);
    EXPECT_EQ(units.lead, QStringList {u"市司法局"_s});
}
