#include "parse/chinesenumber.h"
#include "parse/textnormalizer.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST(TextNormalizer, shouldRemoveWordSplittingSpacesAndTags)
{
    EXPECT_EQ(TextNormalizer::clean(u"<p>(二) 提速 工程 建设 项目 审批</p>"_s), u"(二)提速工程建设项目审批"_s);
    EXPECT_EQ(TextNormalizer::clean(u"市 12345 政务服务热线"_s), u"市12345政务服务热线"_s);
    EXPECT_EQ(TextNormalizer::clean(u"完善“网上国网”APP  等线上渠道"_s), u"完善“网上国网”APP等线上渠道"_s);
    EXPECT_EQ(TextNormalizer::clean(u"CA  兼容 互认, ISO 9001"_s), u"CA兼容互认, ISO 9001"_s);
}

TEST(ChineseNumber, shouldReadHeadingNumbers)
{
    EXPECT_EQ(ChineseNumber::parse(u"十二"), 12);
    EXPECT_EQ(ChineseNumber::parse(u"二十"), 20);
    EXPECT_EQ(ChineseNumber::parse(u"二十三"), 23);
    EXPECT_EQ(ChineseNumber::parse(u"一百零五"), 105);
    EXPECT_EQ(ChineseNumber::parse(u"7"), 7);
    EXPECT_EQ(ChineseNumber::parse(u"市"), -1);
    EXPECT_EQ(ChineseNumber::toChinese(13), u"十三"_s);
    EXPECT_EQ(ChineseNumber::toChinese(20), u"二十"_s);
}
