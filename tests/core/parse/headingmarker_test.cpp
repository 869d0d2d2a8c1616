#include "parse/headingmarker.h"
#include "parse/responsibilityclause.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;
using Level = HeadingMarker::Level;

TEST(HeadingMarker, shouldReadEveryNumberingLevelPlansUse)
{
    struct Case {
        QString line;
        Level level;
        int number;
    };
    const QList<Case> cases = {
        {u"一、任务分工"_s, Level::Part, 1},
        {u"十二、其他"_s, Level::Part, 12},
        {u"（三）以优化服务服出便利和品质。"_s, Level::Theme, 3},
        {u"(二)以创新监管管出公平和秩序。"_s, Level::Theme, 2},
        {u"（二十一）做好衔接"_s, Level::Theme, 21},
        {u"17.优化再造政务流程"_s, Level::Item, 17},
        {u"1．优化开办企业服务。"_s, Level::Item, 1},
        {u"3、加强监管"_s, Level::Item, 3},
        {u"（1）简化流程"_s, Level::SubItem, 1},
        {u"②压缩时间"_s, Level::Circled, 2},
    };
    for (const Case &c : cases) {
        const HeadingMarker marker = HeadingMarker::read(c.line);
        EXPECT_EQ(marker.level, c.level) << c.line.toStdString();
        EXPECT_EQ(marker.number, c.number) << c.line.toStdString();
    }
    EXPECT_FALSE(HeadingMarker::read(u"1.5倍以上"_s).isValid());
    EXPECT_FALSE(HeadingMarker::read(u"2023 年底前"_s).isValid());
    EXPECT_FALSE(HeadingMarker::read(u"1 号），全面落实"_s).isValid());
    EXPECT_FALSE(HeadingMarker::read(u"（区）按职责分工负责〕"_s).isValid());
    EXPECT_EQ(HeadingMarker::read(u"（一）深化改革"_s).label(), u"（一）"_s);
}

TEST(ResponsibilityClause, shouldFindTheUnitsAndDeadlineThatCloseATask)
{
    const QString task = u"推进改革。〔市场监管局、司法厅牵头，各地(市)、各相关部门按职责分工负责〕"_s;
    const ResponsibilityClause clause = ResponsibilityClause::findTrailing(task);
    ASSERT_TRUE(clause.isValid());
    EXPECT_EQ(clause.start, 5);
    EXPECT_EQ(clause.unitsText, u"市场监管局、司法厅牵头，各地(市)、各相关部门按职责分工负责"_s);

    const ResponsibilityClause dated
        = ResponsibilityClause::findTrailing(u"压缩时间。（登记指导处负责，完成时限：2023年底前）"_s);
    EXPECT_EQ(dated.unitsText, u"登记指导处负责"_s);
    EXPECT_EQ(dated.deadlineText, u"2023年底前"_s);

    const ResponsibilityClause soon = ResponsibilityClause::findTrailing(u"开展培训（县人社局负责，8 月底前完成）。"_s);
    EXPECT_EQ(soon.unitsText, u"县人社局负责"_s);
    EXPECT_EQ(soon.deadlineText, u"8 月底前完成"_s);

    EXPECT_EQ(ResponsibilityClause::findTrailing(u"奖励。（办公室，宁静，63916882）"_s).unitsText, u"办公室负责"_s);
    EXPECT_EQ(ResponsibilityClause::findTrailing(u"深化商事制度改革（牵头单位：县市场监管局）"_s).unitsText,
        u"牵头单位：县市场监管局"_s);
    // A bracket that names no one is not a units clause.
    EXPECT_FALSE(ResponsibilityClause::findTrailing(u"形成综合监管清单（以下简称清单）。"_s).isValid());
    EXPECT_TRUE(ResponsibilityClause::isWholeClause(u"（市工信局牵头，各县（市、区）落实）"_s));
}
