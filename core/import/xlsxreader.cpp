#include "xlsxreader.h"

#include "officearchive.h"

#include <QDate>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

// Excel's own limits: no sheet has more, so a reference beyond them is a damaged or hostile file,
// and no number read from one is trusted as a size.
constexpr int maxRows = 1048576;
constexpr int maxColumns = 16384; // XFD

// "AB12" -> column 27 (0-based: 27), so gaps between cells keep their columns; -2 past XFD.
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toUpper().unicode() - u'A' + 1);
        if (column > maxColumns)
            return -2;
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

// Which cell styles (indexes into cellXfs) show a number as a date: a deadline column kept as
// Excel dates holds serial numbers ("44377") that only the style makes "2021-06-30".
QSet<int> readDateStyles(OfficeArchive &archive)
{
    QSet<int> dateStyles;
    const QString part = u"xl/styles.xml"_s;
    if (!archive.contains(part))
        return dateStyles;
    QXmlStreamReader xml(archive.read(part));
    QSet<int> dateFormats = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58};
    static const QRegularExpression dateCode(uR"((?:^|[^"\\])[yd])"_s, QRegularExpression::CaseInsensitiveOption);
    bool inCellXfs = false;
    int xf = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!archive.accept(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt" && dateCode.match(xml.attributes().value(u"formatCode"_s)).hasMatch()) {
                dateFormats.insert(xml.attributes().value(u"numFmtId"_s).toInt());
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                if (dateFormats.contains(xml.attributes().value(u"numFmtId"_s).toInt()))
                    dateStyles.insert(xf);
                ++xf;
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return dateStyles;
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

    const QSet<int> dateStyles = readDateStyles(archive);
    const QString sheet = firstSheetPart(archive);
    QXmlStreamReader xml(archive.read(sheet));
    QMap<int, QStringList> rows;
    int row = 0;
    int column = 0;
    QString type;
    QString value;
    bool dated = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!archive.accept(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"row") {
                const QStringView number = xml.attributes().value(u"r"_s);
                row = number.isEmpty() ? row + 1 : number.toInt() - 1;
                column = -1;
                if (row >= maxRows) {
                    source.error = XlsxReader::tr("%1 is damaged: it names row %2, past the last row a sheet can have.")
                                       .arg(QFileInfo(path).fileName(), number.toString().left(12));
                    return source;
                }
            } else if (xml.name() == u"c") {
                const QStringView reference = xml.attributes().value(u"r"_s);
                column = reference.isEmpty() ? column + 1 : columnOf(reference);
                if (column < -1 || column >= maxColumns) {
                    source.error
                        = XlsxReader::tr("%1 is damaged: it names cell %2, past the last column a sheet can have.")
                              .arg(QFileInfo(path).fileName(), reference.toString().left(12));
                    return source;
                }
                type = xml.attributes().value(u"t"_s).toString();
                dated = dateStyles.contains(xml.attributes().value(u"s"_s).toInt());
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
            else if (dated && (type.isEmpty() || type == u"n") && !value.isEmpty())
                text = QDate(1899, 12, 30).addDays(qint64(value.toDouble())).toString(Qt::ISODate); // Excel's epoch
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
