// A plan as a saved web page (GB2312, with a table) and as an old Word .doc (made by LibreOffice in
// the test) imports to the same tasks as its text.
#include "import/htmlreader.h"
#include "import/importerregistry.h"
#include "import/officeconverter.h"
#include "sametasks.h"

#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

const QString plan
    = u"某县2023年优化营商环境实施方案\n一、优化市场准入\n"
      "1．推进证照分离改革。全面落实告知承诺制。（牵头单位：县市场监管局；责任单位：县税务局、县公安局）\n"
      "2．规范涉企收费。清理违规收费项目。（县政府办牵头，县司法局配合，6月底前完成）\n"_s;

QString htmlOf(const QString &text)
{
    QString body;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        body += u"<p>"_s + line.toHtmlEscaped() + u"</p>\n"_s;
    return u"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
           "<title>页面</title><script>document.write('1.不是任务');</script><style>p{}</style></head><body>"_s
        + body + u"</body></html>"_s;
}

// LibreOffice is in the package list: on CI its absence fails, on a developer's desk it skips.
void requireLibreOffice()
{
    if (!OfficeConverter::program().isEmpty())
        return;
    if (qEnvironmentVariable("CI") == u"true")
        FAIL() << "LibreOffice is in the package list; CI must have it";
    GTEST_SKIP() << "LibreOffice not installed";
}

// Makes `doc` from an HTML page with LibreOffice, as an office's old Word file.
bool convertToDoc(const QString &html, const QString &outDir)
{
    QTemporaryDir profile;
    QProcess soffice;
    soffice.start(OfficeConverter::program(),
        {u"-env:UserInstallation=file://"_s + profile.path(), u"--headless"_s, u"--convert-to"_s, u"doc:MS Word 97"_s,
            u"--outdir"_s, outDir, html});
    return soffice.waitForFinished(OfficeConverter::timeoutMs) && soffice.exitCode() == 0;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

TEST(WebAndOfficeSources, shouldImportAGb2312WebPageToTheSameTasksAsItsText)
{
    TestData::ScratchDir scratch;
    ASSERT_TRUE(writeFile(scratch.path(u"plan.txt"_s), plan.toUtf8()));
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(writeFile(scratch.path(u"plan.htm"_s), gb.encode(htmlOf(plan))));
    const ImportDraft text = ImporterRegistry().importFile(scratch.path(u"plan.txt"_s), u"auto"_s, {});
    const ImportDraft page = ImporterRegistry().importFile(scratch.path(u"plan.htm"_s), u"auto"_s, {});
    TestData::expectSameTasks(text, page);
    EXPECT_EQ(SourceText::fromFile(scratch.path(u"plan.htm"_s)).encoding, u"GB18030"_s);
}

TEST(WebAndOfficeSources, shouldReadAPagesTableAsRowsWithMergedCellsLeftEmpty)
{
    const SourceText page
        = HtmlReader::fromHtml(u"<table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>"
                               "<tr><td rowspan=\"2\">1</td><td>甲<br>乙</td><td>市发改委</td><td>6月底</td></tr>"
                               "<tr><td>丙</td><td colspan=\"2\">市财政局</td></tr>"
                               "<tr><td colspan=\"999999999\">x</td></tr></table>"_s,
            u"clip"_s);
    ASSERT_TRUE(page.isValid());
    EXPECT_EQ(page.text.split(u'\n'),
        (QStringList {
            u"序号\t工作任务\t牵头单位\t完成时限"_s, u"1\t甲 乙\t市发改委\t6月底"_s, u"\t丙\t市财政局"_s, u"x"_s}));
}

TEST(WebAndOfficeSources, shouldImportAnOldWordFileThroughLibreOffice)
{
    requireLibreOffice();
    if (IsSkipped() || HasFatalFailure())
        return;
    TestData::ScratchDir scratch;
    ASSERT_TRUE(writeFile(scratch.path(u"plan.txt"_s), plan.toUtf8()));
    ASSERT_TRUE(writeFile(scratch.path(u"plan.html"_s), htmlOf(plan).replace(u"gb2312"_s, u"utf-8"_s).toUtf8()));
    // The .doc is made by LibreOffice from the page, with a profile of its own.
    ASSERT_TRUE(convertToDoc(scratch.path(u"plan.html"_s), scratch.path(QString())));
    ASSERT_TRUE(QFile::exists(scratch.path(u"plan.doc"_s)));
    const QByteArray head = [&] {
        QFile doc(scratch.path(u"plan.doc"_s));
        return doc.open(QIODevice::ReadOnly) ? doc.read(8) : QByteArray();
    }();
    EXPECT_TRUE(OfficeConverter::handles(u"x.bin"_s, head)); // an OLE file, known by its header

    const ImportDraft text = ImporterRegistry().importFile(scratch.path(u"plan.txt"_s), u"auto"_s, {});
    const ImportDraft doc = ImporterRegistry().importFile(scratch.path(u"plan.doc"_s), u"auto"_s, {});
    TestData::expectSameTasks(text, doc);
}

TEST(WebAndOfficeSources, shouldSayWhatToInstallWithoutLibreOfficeAndRefuseOfd)
{
    TestData::ScratchDir scratch;
    ASSERT_TRUE(writeFile(
        scratch.path(u"plan.wps"_s), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, 'x')));
    qputenv("TAIZHANG_SOFFICE", "/nonexistent/soffice");
    const SourceText wps = SourceText::fromFile(scratch.path(u"plan.wps"_s));
    qunsetenv("TAIZHANG_SOFFICE");
    EXPECT_FALSE(wps.isValid());
    EXPECT_TRUE(wps.error.contains(u"LibreOffice"_s)) << wps.error.toStdString();
    EXPECT_TRUE(wps.error.contains(u".docx"_s));

    ASSERT_TRUE(writeFile(scratch.path(u"plan.ofd"_s), QByteArray("PK\x03\x04", 4) + QByteArray(64, '\0')));
    const SourceText ofd = SourceText::fromFile(scratch.path(u"plan.ofd"_s));
    EXPECT_FALSE(ofd.isValid());
    EXPECT_TRUE(ofd.error.contains(u"OFD"_s));
}

TEST(WebAndOfficeSources, shouldSurviveHostilePages)
{
    // Nesting far past any page, entities that would expand a billion times, spans by the million.
    const QString deep = u"<html><body>"_s + u"<div>"_s.repeated(200000) + u"1.推行联办（市数据局负责）"_s
        + u"</div>"_s.repeated(200000) + u"</body></html>"_s;
    const SourceText nested = HtmlReader::fromHtml(deep, u"deep.html"_s);
    EXPECT_LT(nested.text.size(), 1000);
    const QString laughs = u"<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                           "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><html><body><p>&c;&c;</p><table>"_s
        + u"<tr><td rowspan=\"2000000000\" colspan=\"2000000000\">x</td></tr>"_s.repeated(500)
        + u"</table></body></html>"_s;
    const SourceText page = HtmlReader::fromHtml(laughs, u"lol.html"_s);
    EXPECT_FALSE(page.text.contains(QString(100, u'a'))); // never expanded
    EXPECT_LT(page.text.size(), 500 * HtmlReader::maxSpan * 4);
}

namespace {

// The ledger table of tests/data/notations/table-tabs.txt as a web page: a title, then a <table>.
QString tablePage(const QString &charset)
{
    QFile text(TestData::dataPath(u"notations/table-tabs.txt"_s));
    if (!text.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(text.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QString html = u"<!DOCTYPE html><html><head><meta charset=\""_s + charset + u"\"></head><body><h3>"_s
        + lines.constFirst().toHtmlEscaped() + u"</h3><table border=\"1\">"_s;
    for (const QString &line : lines.mid(1)) {
        html += u"<tr>"_s;
        for (const QString &cell : line.split(u'\t'))
            html += u"<td>"_s + cell.toHtmlEscaped() + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table></body></html>"_s;
}

} // namespace

TEST(WebAndOfficeSources, shouldImportALedgerTableFromAGb2312PageAndAnOldWordFileLikeItsText)
{
    TestData::ScratchDir scratch;
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(writeFile(scratch.path(u"ledger.html"_s), gb.encode(tablePage(u"gb2312"_s))));
    const ImportDraft text
        = ImporterRegistry().importFile(TestData::dataPath(u"notations/table-tabs.txt"_s), u"auto"_s, {});
    ASSERT_EQ(text.taskCount(), 3);
    const ImportDraft page = ImporterRegistry().importFile(scratch.path(u"ledger.html"_s), u"auto"_s, {});
    TestData::expectSameTasks(text, page);

    requireLibreOffice();
    if (IsSkipped() || HasFatalFailure())
        return;
    ASSERT_TRUE(writeFile(scratch.path(u"utf8.html"_s), tablePage(u"utf-8"_s).toUtf8()));
    ASSERT_TRUE(convertToDoc(scratch.path(u"utf8.html"_s), scratch.path(QString())));
    ASSERT_TRUE(QFile::exists(scratch.path(u"utf8.doc"_s)));
    const ImportDraft doc = ImporterRegistry().importFile(scratch.path(u"utf8.doc"_s), u"auto"_s, {});
    TestData::expectSameTasks(text, doc);
}
