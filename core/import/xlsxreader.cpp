#include "xlsxreader.h"

#include "officearchive.h"

#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

// "AB12" -> column 27 (0-based: 27), so gaps between cells keep their columns.
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toUpper().unicode() - u'A' + 1);
    }
    return column - 1;
}

QString cellText(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    return text;
}

QStringList readSharedStrings(OfficeArchive &archive, bool *ok)
{
    QStringList strings;
    *ok = true;
    const QString part = u"xl/sharedStrings.xml"_s;
    if (!archive.contains(part))
        return strings;
    QXmlStreamReader xml(archive.read(part));
    QString current;
    bool phonetic = false; // <rPh> holds reading hints, not text
    while (!xml.atEnd()) {
        xml.readNext();
        if (!archive.accept(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                phonetic = true;
            else if (xml.name() == u"t" && !phonetic)
                current += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"si")
                strings.append(current);
            else if (xml.name() == u"rPh")
                phonetic = false;
        }
    }
    *ok = !archive.xmlFailed(xml, part);
    return strings;
}

QString firstSheetPart(const OfficeArchive &archive)
{
    for (int i = 1; i < 64; ++i) {
        const QString part = u"xl/worksheets/sheet%1.xml"_s.arg(i);
        if (archive.contains(part))
            return part;
    }
    return u"xl/worksheets/sheet1.xml"_s;
}

} // namespace

SourceText XlsxReader::read(const QString &path)
{
    SourceText source;
    source.kind = u"xlsx"_s;
    OfficeArchive archive(path);
    if (!archive.isOpen()) {
        source.error = archive.error();
        return source;
    }
    if (!archive.contains(u"xl/workbook.xml"_s)) {
        source.error = tr("The file is a zip archive but neither a Word (.docx) nor an Excel (.xlsx) document.");
        return source;
    }
    bool ok = false;
    const QStringList shared = readSharedStrings(archive, &ok);
    if (!ok) {
        source.error = archive.error();
        return source;
    }

    const QString sheet = firstSheetPart(archive);
    QXmlStreamReader xml(archive.read(sheet));
    QMap<int, QStringList> rows;
    int row = 0;
    int column = 0;
    QString type;
    QString value;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!archive.accept(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"row") {
                row = xml.attributes().value(u"r"_s).toInt() - 1;
                column = -1;
            } else if (xml.name() == u"c") {
                const QStringView reference = xml.attributes().value(u"r"_s);
                column = reference.isEmpty() ? column + 1 : columnOf(reference);
                type = xml.attributes().value(u"t"_s).toString();
                value.clear();
            } else if (xml.name() == u"v") {
                value = xml.readElementText();
            } else if (xml.name() == u"t") { // inline strings
                value += xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"c" && row >= 0 && column >= 0) {
            QString text = value;
            if (type == u"s")
                text = shared.value(value.toInt());
            else if (type == u"b")
                text = value == u"1" ? u"TRUE"_s : u"FALSE"_s;
            QStringList &cells = rows[row];
            while (cells.size() <= column)
                cells.append(QString());
            cells[column] = cellText(text);
        }
    }
    if (archive.xmlFailed(xml, sheet) || !archive.error().isEmpty()) {
        source.error = archive.error();
        return source;
    }
    QStringList lines;
    int next = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        for (; next < it.key(); ++next)
            lines.append(QString()); // empty rows keep line numbers equal to Excel's row numbers
        lines.append(it.value().join(u'\t'));
        next = it.key() + 1;
    }
    source.text = lines.join(u'\n');
    return source;
}

} // namespace Taizhang
