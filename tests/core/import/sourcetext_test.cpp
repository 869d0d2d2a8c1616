#include "import/sourcetext.h"
#include "testsupport.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST(SourceText, shouldReadUtf8WithAndWithoutBom)
{
    const QByteArray utf8 = u"牵头单位：市税务局"_s.toUtf8();
    EXPECT_EQ(SourceText::fromBytes(utf8, u"a.txt"_s).text, u"牵头单位：市税务局"_s);
    const SourceText withBom = SourceText::fromBytes("\xEF\xBB\xBF" + utf8, u"a.txt"_s);
    EXPECT_EQ(withBom.text, u"牵头单位：市税务局"_s);
    EXPECT_EQ(withBom.encoding, u"UTF-8"_s);
}

TEST(SourceText, shouldReadGbkAndUtf16)
{
    const QString text = u"拉萨市2021年优化营商环境重点工作任务落实台账"_s;
    QStringEncoder gbk("GB18030");
    ASSERT_TRUE(gbk.isValid());
    const SourceText fromGbk = SourceText::fromBytes(gbk.encode(text), u"gbk.txt"_s);
    EXPECT_EQ(fromGbk.text, text);
    EXPECT_EQ(fromGbk.encoding, u"GB18030"_s);
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    EXPECT_EQ(SourceText::fromBytes(utf16.encode(text), u"u16.txt"_s).text, text);
}

TEST(SourceText, shouldRefuseEmptyAndBinaryFiles)
{
    EXPECT_FALSE(SourceText::fromBytes({}, u"empty.txt"_s).isValid());
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7 % 256);
    const SourceText source = SourceText::fromBytes(binary, u"random.txt"_s);
    EXPECT_FALSE(source.isValid());
    EXPECT_TRUE(source.text.isEmpty());
}

TEST(SourceText, shouldRefuseALargeBinaryFileFromItsFirstBytes)
{
    // 8 MB of random bytes, with and without NULs: refused as binary (issue 14: 63 MB took 37 s;
    // now only the first 64 KB and 1 MB are looked at before the refusal)
    QByteArray noise(8 * 1024 * 1024, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &byte : noise) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    for (const QByteArray &bytes : {noise, QByteArray(noise).replace('\0', '\x01')}) {
        const SourceText source = SourceText::fromBytes(bytes, u"noise.txt"_s);
        EXPECT_FALSE(source.isValid());
        EXPECT_TRUE(source.error.contains(u"noise.txt"_s)) << source.error.toStdString();
        EXPECT_TRUE(source.text.isEmpty());
    }
}
