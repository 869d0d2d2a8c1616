#include "parse/deadlineparser.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
Deadline parse2021(const QString &text)
{
    return DeadlineParser(2021).parse(text);
}

struct DateCase {
    const char16_t *text;
    QDate due;
};

class DeadlineDateForms : public testing::TestWithParam<DateCase> { };
} // namespace

TEST_P(DeadlineDateForms, shouldDeriveDueDateWithPlanYear)
{
    // GIVEN a deadline as a 2021 plan writes it
    const DateCase c = GetParam();
    // WHEN it is parsed
    const Deadline deadline = parse2021(QString::fromUtf16(c.text));
    // THEN it is a date, the right one, and the text is kept
    EXPECT_EQ(deadline.kind, Deadline::Kind::Date) << QString::fromUtf16(c.text).toStdString();
    EXPECT_EQ(deadline.due, c.due) << QString::fromUtf16(c.text).toStdString() << " -> "
                                   << deadline.due.toString(Qt::ISODate).toStdString();
    EXPECT_FALSE(deadline.text.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(EveryFormOfTheSamples, DeadlineDateForms,
    testing::Values(DateCase {u"6月底", QDate(2021, 6, 30)}, DateCase {u"6 月底", QDate(2021, 6, 30)},
        DateCase {u"12月 底", QDate(2021, 12, 31)}, DateCase {u"6月底前", QDate(2021, 6, 30)},
        DateCase {u"2月底", QDate(2021, 2, 28)}, DateCase {u"今年10月底前", QDate(2021, 10, 31)},
        DateCase {u"2020年底前", QDate(2020, 12, 31)}, DateCase {u"2023 年底前", QDate(2023, 12, 31)},
        DateCase {u"年底前", QDate(2021, 12, 31)}, DateCase {u"年内", QDate(2021, 12, 31)},
        DateCase {u"上半年", QDate(2021, 6, 30)}, DateCase {u"下半年", QDate(2021, 12, 31)},
        DateCase {u"一季度", QDate(2021, 3, 31)}, DateCase {u"第一季度", QDate(2021, 3, 31)},
        DateCase {u"一季度末", QDate(2021, 3, 31)}, DateCase {u"第三季度", QDate(2021, 9, 30)},
        DateCase {u"2023年6月30日前", QDate(2023, 6, 30)}, DateCase {u"6月30日前", QDate(2021, 6, 30)},
        DateCase {u"明年3月底前", QDate(2022, 3, 31)}, DateCase {u"十月底", QDate(2021, 10, 31)},
        DateCase {u"2021-11-15", QDate(2021, 11, 15)}, DateCase {u"６月底", QDate(2021, 6, 30)},
        DateCase {u"<p>7月底</p>", QDate(2021, 7, 31)}, DateCase {u"8 月底前完成", QDate(2021, 8, 31)}));

TEST(DeadlineParser, shouldMarkOngoingForms)
{
    for (const QString &text :
        {u"常态实施"_s, u"常态 实施"_s, u"常态化"_s, u"长期坚持"_s, u"持续推进"_s, u"持续实施"_s}) {
        const Deadline deadline = parse2021(text);
        EXPECT_EQ(deadline.kind, Deadline::Kind::Ongoing) << text.toStdString();
        EXPECT_FALSE(deadline.due.isValid());
    }
}

TEST(DeadlineParser, shouldKeepWordSplitTextWithoutThePdfSpaces)
{
    EXPECT_EQ(parse2021(u"常态 实施"_s).text, u"常态实施"_s);
    EXPECT_EQ(parse2021(u"12月 底"_s).text, u"12月底"_s);
}

TEST(DeadlineParser, shouldFlagUnknownTextWithoutGuessing)
{
    for (const QString &text : {u"视情况而定"_s, u"四年内"_s, u"2019年1月开始"_s, u"尽快"_s}) {
        const Deadline deadline = parse2021(text);
        EXPECT_EQ(deadline.kind, Deadline::Kind::Unparsed) << text.toStdString();
        EXPECT_FALSE(deadline.due.isValid()) << text.toStdString();
        EXPECT_EQ(deadline.text, text);
    }
}

TEST(DeadlineParser, shouldLeaveEmptyTextEmpty)
{
    EXPECT_EQ(parse2021(u"  "_s).kind, Deadline::Kind::None);
}

TEST(DeadlineParser, shouldTakeTheLastOfSeveralDatesAsDue)
{
    const Deadline deadline = parse2021(u"6月底前制定方案，9月底前完成"_s);
    EXPECT_EQ(deadline.due, QDate(2021, 9, 30));
}

TEST(DeadlineParser, shouldNotInventADateWithoutAYear)
{
    EXPECT_EQ(DeadlineParser(0).parse(u"6月底"_s).kind, Deadline::Kind::Unparsed);
    EXPECT_EQ(DeadlineParser(0).parse(u"2023年底前"_s).due, QDate(2023, 12, 31));
}

TEST(DeadlineParser, shouldExtractMilestonesFromRequirementText)
{
    const QList<Milestone> milestones = DeadlineParser(2021).milestones(
        u"6月底前制定试点方案；8月底前在3个县区试点；9月底前全面推开。统一月报制度"_s);
    ASSERT_EQ(milestones.size(), 3);
    EXPECT_EQ(milestones[0].due, QDate(2021, 6, 30));
    EXPECT_EQ(milestones[0].text, u"6月底前制定试点方案"_s);
    EXPECT_EQ(milestones[1].due, QDate(2021, 8, 31));
    EXPECT_EQ(milestones[1].text, u"8月底前在3个县区试点"_s);
    EXPECT_EQ(milestones[2].due, QDate(2021, 9, 30));
}

TEST(DeadlineParser, shouldNotReadDurationsAsMilestones)
{
    EXPECT_TRUE(DeadlineParser(2021).milestones(u"4 个工作日办结，公告时间压缩到 20 天，前1个月进行调查"_s).isEmpty());
}
