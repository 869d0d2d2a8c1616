#include "docxreader.h"

#include "docxnumbering.h"
#include "officearchive.h"

#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QString documentPart = u"word/document.xml"_s;
}

bool DocxReader::canRead(const QString &path)
{
    return OfficeArchive(path).contains(documentPart);
}

SourceText DocxReader::read(const QString &path)
{
    SourceText source;
    source.kind = u"docx"_s;
    OfficeArchive archive(path);
    const QByteArray xmlBytes = archive.read(documentPart);
    if (xmlBytes.isEmpty()) {
        source.error = archive.error();
        return source;
    }

    DocxNumbering numbering;
    if (!numbering.read(archive)) {
        source.error = archive.error();
        return source;
    }

    QStringList lines;
    QStringList rowCells;
    int numId = -1; // the list the current paragraph belongs to, if Word numbers it
    int numLevel = 0;
    QString cell;
    QString paragraph;
    int tableDepth = 0;
    int span = 1;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!archive.accept(xml))
            break;
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"tbl") {
                ++tableDepth;
            } else if (name == u"tr" && tableDepth == 1) {
                rowCells.clear();
            } else if (name == u"tc" && tableDepth == 1) {
                cell.clear();
                span = 1;
            } else if (name == u"gridSpan" && tableDepth == 1) {
                // Word tables have at most 63 columns: a larger span is not trusted as a size.
                span = std::clamp(xml.attributes().value(u"w:val"_s).toInt(), 1, 64);
            } else if (name == u"p") {
                numId = -1;
                numLevel = 0;
            } else if (name == u"numId") {
                numId = xml.attributes().value(u"w:val"_s).toInt();
            } else if (name == u"ilvl") {
                numLevel = xml.attributes().value(u"w:val"_s).toInt();
            } else if (name == u"t") {
                paragraph += xml.readElementText();
            } else if (name == u"tab") {
                paragraph += tableDepth ? u' ' : u'\t';
            } else if (name == u"br" || name == u"cr") {
                paragraph += tableDepth ? u' ' : u'\n';
            }
        } else if (xml.isEndElement()) {
            if (name == u"p") {
                if (numId > 0) // numId 0 means "no numbering"
                    paragraph.prepend(numbering.next(numId, numLevel));
                if (tableDepth == 0)
                    lines.append(paragraph);
                else
                    cell += (cell.isEmpty() || paragraph.isEmpty() ? QString() : u" "_s) + paragraph;
                paragraph.clear();
            } else if (name == u"tc" && tableDepth == 1) {
                rowCells.append(cell);
                for (int i = 1; i < span; ++i)
                    rowCells.append(QString());
            } else if (name == u"tr" && tableDepth == 1) {
                lines.append(rowCells.join(u'\t'));
            } else if (name == u"tbl") {
                --tableDepth;
            }
        }
    }
    if (archive.xmlFailed(xml, documentPart)) {
        source.error = archive.error();
        return source;
    }
    source.text = lines.join(u'\n');
    return source;
}

} // namespace Taizhang
