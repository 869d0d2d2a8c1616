#include "import/importerregistry.h"
#include "import/sourcetext.h"
#include "parse/headingmarker.h"
#include "testsupport.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QStringEncoder>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

QByteArray sampleBytes(const QString &name)
{
    QFile file(TestData::dataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// What a user checks after an import: each task's number, title, units and deadline.
QStringList summary(const ImportDraft &draft)
{
    QStringList lines;
    for (const DraftPlan &plan : draft.plans) {
        for (const DraftTask &draftTask : plan.tasks) {
            const Task &task = draftTask.task;
            lines.append(QStringList {task.number, QString::number(task.part), task.title, task.requirement,
                task.leadUnits.join(u'、'), task.coUnits.join(u'、'), task.deadline.text,
                task.deadline.due.toString(Qt::ISODate)}
                             .join(u" | "));
        }
    }
    return lines;
}

ImportDraft importPath(const QString &path)
{
    return ImporterRegistry().importFile(path, u"auto"_s, {});
}

void makeOffice(const QString &kind, const QString &sample, const QString &out)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
        {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/makeoffice.py"_s, kind, TestData::dataPath(sample), out});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
}

QString firstError(const ImportDraft &draft)
{
    for (const ImportIssue &issue : draft.issues) {
        if (issue.severity == ImportIssue::Severity::Error)
            return issue.message;
    }
    return {};
}

} // namespace

TEST(SourceFormats, shouldImportTheSampleIdenticallyFromGbkAndUtf16)
{
    TestData::ScratchDir dir;
    const QString text = QString::fromUtf8(sampleBytes(u"plan-wushan-2021.txt"_s));
    const QStringList expected = summary(importPath(TestData::dataPath(u"plan-wushan-2021.txt"_s)));
    ASSERT_EQ(expected.size(), 45);

    QStringEncoder gbk("GB18030");
    writeFile(dir.path(u"gbk.txt"_s), gbk.encode(text));
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    writeFile(dir.path(u"utf16.txt"_s), utf16.encode(text));
    QStringEncoder utf16NoBom(QStringConverter::Utf16LE);
    writeFile(dir.path(u"utf16-nobom.txt"_s), utf16NoBom.encode(text));

    EXPECT_EQ(SourceText::fromFile(dir.path(u"gbk.txt"_s)).encoding, u"GB18030"_s);
    EXPECT_EQ(SourceText::fromFile(dir.path(u"utf16.txt"_s)).encoding, u"UTF-16LE"_s);
    EXPECT_EQ(SourceText::fromFile(dir.path(u"utf16-nobom.txt"_s)).encoding, u"UTF-16LE"_s);
    EXPECT_EQ(SourceText::fromFile(TestData::dataPath(u"plan-wushan-2021.txt"_s)).encoding, u"UTF-8"_s);
    EXPECT_EQ(summary(importPath(dir.path(u"gbk.txt"_s))), expected);
    EXPECT_EQ(summary(importPath(dir.path(u"utf16.txt"_s))), expected);
    EXPECT_EQ(summary(importPath(dir.path(u"utf16-nobom.txt"_s))), expected);
}

TEST(SourceFormats, shouldLetTheUserOverrideTheEncodingAndSayWhenItIsWrong)
{
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(u"（一）深化商事制度改革（牵头单位：县市场监管局）"_s);
    const SourceText asUtf8 = SourceText::fromBytes(bytes, u"gbk.txt"_s, u"UTF-8"_s);
    EXPECT_FALSE(asUtf8.isValid());
    EXPECT_TRUE(asUtf8.error.contains(u"UTF-8"));
    const SourceText asGb = SourceText::fromBytes(bytes, u"gbk.txt"_s, u"GB18030"_s);
    EXPECT_EQ(asGb.text, u"（一）深化商事制度改革（牵头单位：县市场监管局）"_s);
    // Valid UTF-8 is never taken for GBK, however short.
    EXPECT_EQ(SourceText::fromBytes(u"县法院"_s.toUtf8(), u"a.txt"_s).encoding, u"UTF-8"_s);
}

TEST(SourceFormats, shouldImportAWordDocumentToTheSameTasksAsItsText)
{
    TestData::ScratchDir dir;
    makeOffice(u"docx-paragraphs"_s, u"plan-tibet-2019.txt"_s, dir.path(u"tibet.docx"_s));
    const SourceText source = SourceText::fromFile(dir.path(u"tibet.docx"_s));
    ASSERT_TRUE(source.isValid()) << source.error.toStdString();
    EXPECT_EQ(source.kind, u"docx"_s);
    const QStringList expected = summary(importPath(TestData::dataPath(u"plan-tibet-2019.txt"_s)));
    ASSERT_EQ(expected.size(), 22);
    EXPECT_EQ(summary(importPath(dir.path(u"tibet.docx"_s))), expected);
}

TEST(SourceFormats, shouldImportALedgerTableFromWordExcelAndCsvToTheSameTasksAsItsText)
{
    TestData::ScratchDir dir;
    const QStringList expected = summary(importPath(TestData::dataPath(u"ledger-lhasa-2021.txt"_s)));
    ASSERT_EQ(expected.size(), 103);
    makeOffice(u"docx-table"_s, u"ledger-lhasa-2021.txt"_s, dir.path(u"lhasa.docx"_s));
    makeOffice(u"xlsx"_s, u"ledger-lhasa-2021.txt"_s, dir.path(u"lhasa.xlsx"_s));
    makeOffice(u"csv"_s, u"ledger-lhasa-2021.txt"_s, dir.path(u"lhasa.csv"_s));
    for (const QString &name : {u"lhasa.docx"_s, u"lhasa.xlsx"_s, u"lhasa.csv"_s}) {
        const ImportDraft draft = importPath(dir.path(name));
        EXPECT_FALSE(draft.hasErrors()) << name.toStdString() << firstError(draft).toStdString();
        EXPECT_EQ(summary(draft), expected) << name.toStdString();
    }
    EXPECT_EQ(SourceText::fromFile(dir.path(u"lhasa.xlsx"_s)).kind, u"xlsx"_s);
}

TEST(SourceFormats, shouldImportAPdfWithItsHardLineBreaksJoinedBack)
{
    TestData::ScratchDir dir;
    const QString pdfPath = dir.path(u"tibet.pdf"_s);
    {
        QPdfWriter writer(pdfPath);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument document;
        document.setDefaultFont(QFont(u"Noto Sans CJK SC"_s, 11));
        document.setPlainText(QString::fromUtf8(sampleBytes(u"plan-tibet-2019.txt"_s)));
        document.print(&writer);
    }
    const SourceText source = SourceText::fromFile(pdfPath);
    ASSERT_TRUE(source.isValid()) << source.error.toStdString();
    EXPECT_EQ(source.kind, u"pdf"_s);
    EXPECT_TRUE(source.text.startsWith(u"# Page 1:"));
    const ImportDraft draft = importPath(pdfPath);
    ASSERT_EQ(draft.plans.size(), 1);
    const DraftPlan &plan = draft.plans.first();
    ASSERT_EQ(plan.tasks.size(), 22);
    EXPECT_EQ(plan.tasks.at(1).task.leadUnits, (QStringList {u"市场监管局"_s}));
    EXPECT_EQ(plan.tasks.at(20).task.leadUnits,
        (QStringList {u"政府办公厅"_s, u"发展改革委"_s, u"公安厅"_s, u"保密局"_s, u"密码局"_s}));
    EXPECT_EQ(plan.tasks.at(18).task.deadline.due, QDate(2022, 12, 31));
}

TEST(SourceFormats, shouldRefuseBadInputWithAClearMessage)
{
    TestData::ScratchDir dir;
    writeFile(dir.path(u"empty.txt"_s), {});
    EXPECT_TRUE(firstError(importPath(dir.path(u"empty.txt"_s))).contains(u"empty"));

    QByteArray noise(64 * 1024, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 2654435761u) >> 13);
    writeFile(dir.path(u"photo.txt"_s), noise);
    writeFile(dir.path(u"photo.xlsx"_s), noise);
    EXPECT_TRUE(firstError(importPath(dir.path(u"photo.txt"_s))).contains(u"binary"));
    EXPECT_FALSE(firstError(importPath(dir.path(u"photo.xlsx"_s))).isEmpty());
    writeFile(dir.path(u"broken.xlsx"_s), "PK\x03\x04" + noise);
    EXPECT_TRUE(firstError(importPath(dir.path(u"broken.xlsx"_s))).contains(u"damaged"));

    QFile huge(dir.path(u"huge.txt"_s));
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    ASSERT_TRUE(huge.resize(200LL * 1024 * 1024)); // sparse: costs no disk
    huge.close();
    EXPECT_TRUE(firstError(importPath(dir.path(u"huge.txt"_s))).contains(u"200 MB"));
}

TEST(SourceFormats, shouldRefuseAZipBombAndXmlWithADtd)
{
    TestData::ScratchDir dir;
    auto makeZip = [](const QString &path, const QList<std::pair<QString, QByteArray>> &entries) {
        ASSERT_TRUE(TestData::writeZip(path, entries));
    };
    const QByteArray workbook = "<?xml version=\"1.0\"?><workbook/>";
    makeZip(dir.path(u"bomb.xlsx"_s),
        {{u"xl/workbook.xml"_s, workbook}, {u"xl/worksheets/sheet1.xml"_s, QByteArray(32 * 1024 * 1024, ' ')}});
    EXPECT_TRUE(firstError(importPath(dir.path(u"bomb.xlsx"_s))).contains(u"zip bomb"));

    const QByteArray laughs
        = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
          "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
    makeZip(dir.path(u"dtd.docx"_s), {{u"word/document.xml"_s, laughs}});
    EXPECT_TRUE(firstError(importPath(dir.path(u"dtd.docx"_s))).contains(u"document type declaration"));
}

TEST(SourceFormats, shouldWriteOutTheNumbersWordDrawsForListParagraphs)
{
    // The Tibet plan as Word keeps it when its numbering is automatic: the numbers are not in the
    // text but in numbering.xml, and each list paragraph refers to a list and level.
    const QStringList lines = QString::fromUtf8(sampleBytes(u"plan-tibet-2019.txt"_s)).split(u'\n');
    QByteArray body;
    int themeList = 2;
    bool themesSeen = false;
    for (const QString &line : lines) {
        const HeadingMarker marker = HeadingMarker::read(line);
        int numId = 0;
        if (marker.level == HeadingMarker::Level::Part) {
            numId = 1;
        } else if (marker.level == HeadingMarker::Level::Theme) {
            if (marker.number == 1 && themesSeen)
                ++themeList; // a list that starts again is a new list instance in Word
            themesSeen = true;
            numId = themeList;
        } else if (marker.level == HeadingMarker::Level::Item) {
            numId = 9;
        }
        const QString text = numId ? line.mid(marker.length) : line;
        body += "<w:p>";
        if (numId)
            body += "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + QByteArray::number(numId)
                + "\"/></w:numPr></w:pPr>";
        body += "<w:r><w:t>" + text.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    }
    const QByteArray ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    const QByteArray document
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ns + "><w:body>" + body + "</w:body></w:document>";
    auto abstractNum = [](int id, const char *format, const char *text) {
        return "<w:abstractNum w:abstractNumId=\"" + QByteArray::number(id)
            + "\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>" + "<w:numFmt w:val=\"" + format
            + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl></w:abstractNum>";
    };
    auto num = [](int id, int abstractId) {
        return "<w:num w:numId=\"" + QByteArray::number(id) + "\"><w:abstractNumId w:val=\""
            + QByteArray::number(abstractId) + "\"/></w:num>";
    };
    QByteArray numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + ns + ">"
        + abstractNum(0, "chineseCounting", "%1、") + abstractNum(1, "chineseCounting", "（%1）")
        + abstractNum(2, "decimal", "%1.") + num(1, 0) + num(9, 2);
    for (int list = 2; list <= themeList; ++list)
        numbering += num(list, 1);
    numbering += "</w:numbering>";

    TestData::ScratchDir dir;
    const QString path = dir.path(u"numbered.docx"_s);
    ASSERT_TRUE(TestData::writeZip(path, {{u"word/document.xml"_s, document}, {u"word/numbering.xml"_s, numbering}}));
    const SourceText source = SourceText::fromFile(path);
    ASSERT_TRUE(source.isValid()) << source.error.toStdString();
    EXPECT_TRUE(source.text.contains(u"\n1.对现有审批"_s));
    EXPECT_TRUE(source.text.contains(u"\n（三）以优化服务"_s));
    EXPECT_TRUE(source.text.contains(u"\n二、工作要求"_s));
    EXPECT_EQ(summary(importPath(path)), summary(importPath(TestData::dataPath(u"plan-tibet-2019.txt"_s))));
}

TEST(SourceFormats, shouldReadDeadlinesKeptAsExcelDates)
{
    TestData::ScratchDir dir;
    const QString path = dir.path(u"dates.xlsx"_s);
    QProcess python;
    python.start(
        u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/makeoffice.py"_s, u"xlsx-dates"_s, path});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const ImportDraft draft = importPath(path);
    ASSERT_FALSE(draft.hasErrors()) << firstError(draft).toStdString();
    ASSERT_EQ(draft.taskCount(), 2);
    EXPECT_EQ(draft.plans.first().tasks.at(0).task.deadline.due, QDate(2021, 6, 30));
    EXPECT_EQ(draft.plans.first().tasks.at(1).task.deadline.due, QDate(2021, 9, 30));
}
