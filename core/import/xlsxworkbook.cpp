#include "xlsxworkbook.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
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
constexpr int maxSheets = 4096;

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

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &path)
    : m_path(path)
    , m_archive(path)
{
    if (!m_archive.isOpen()) {
        m_error = m_archive.error();
        return;
    }
    if (!m_archive.contains(u"xl/workbook.xml"_s)) {
        m_error = tr("The file is a zip archive but neither a Word (.docx) nor an Excel (.xlsx) document.");
        return;
    }
    if (!readSharedStrings())
        return;
    readDateStyles();
    readSheetList();
    m_open = m_error.isEmpty();
}

bool XlsxWorkbook::readSharedStrings()
{
    const QString part = u"xl/sharedStrings.xml"_s;
    if (!m_archive.contains(part))
        return true;
    QXmlStreamReader xml(m_archive.read(part));
    QString current;
    bool phonetic = false; // <rPh> holds reading hints, not text
    while (!xml.atEnd()) {
        xml.readNext();
        if (!m_archive.accept(xml))
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
                m_shared.append(current);
            else if (xml.name() == u"rPh")
                phonetic = false;
        }
    }
    if (m_archive.xmlFailed(xml, part)) {
        m_error = m_archive.error();
        return false;
    }
    return true;
}

// Which cell styles (indexes into cellXfs) show a number as a date: a deadline column kept as
// Excel dates holds serial numbers ("44377") that only the style makes "2021-06-30".
void XlsxWorkbook::readDateStyles()
{
    const QString part = u"xl/styles.xml"_s;
    if (!m_archive.contains(part))
        return;
    QXmlStreamReader xml(m_archive.read(part));
    QSet<int> dateFormats = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58};
    static const QRegularExpression dateCode(uR"((?:^|[^"\\])[yd])"_s, QRegularExpression::CaseInsensitiveOption);
    bool inCellXfs = false;
    int xf = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!m_archive.accept(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt" && dateCode.match(xml.attributes().value(u"formatCode"_s)).hasMatch()) {
                dateFormats.insert(xml.attributes().value(u"numFmtId"_s).toInt());
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                if (dateFormats.contains(xml.attributes().value(u"numFmtId"_s).toInt()))
                    m_dateStyles.insert(xf);
                ++xf;
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
}

void XlsxWorkbook::readSheetList()
{
    // The relationships say which part each sheet is; a missing or damaged list leaves sheets().
    QHash<QString, QString> targets;
    const QString rels = u"xl/_rels/workbook.xml.rels"_s;
    if (m_archive.contains(rels)) {
        QXmlStreamReader xml(m_archive.read(rels));
        while (!xml.atEnd() && targets.size() < maxSheets * 4) {
            xml.readNext();
            if (!m_archive.accept(xml))
                break;
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                QString target = xml.attributes().value(u"Target"_s).toString();
                target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
                targets.insert(xml.attributes().value(u"Id"_s).toString(), target);
            }
        }
    }
    QXmlStreamReader xml(m_archive.read(u"xl/workbook.xml"_s));
    while (!xml.atEnd() && m_sheets.size() < maxSheets) {
        xml.readNext();
        if (!m_archive.accept(xml))
            break;
        if (xml.isStartElement() && xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &attribute : a) {
                if (attribute.name() == u"id") // r:id, whatever the prefix
                    id = attribute.value().toString();
            }
            const QStringView state = a.value(u"state"_s);
            m_sheets.append({a.value(u"name"_s).toString(), targets.value(id), state == u"hidden" || state == u"veryHidden"});
        }
    }
    if (!m_archive.error().isEmpty())
        m_error = m_archive.error();
}

QString XlsxWorkbook::firstSheetPart() const
{
    for (int i = 1; i < 64; ++i) {
        const QString part = u"xl/worksheets/sheet%1.xml"_s.arg(i);
        if (m_archive.contains(part))
            return part;
    }
    return u"xl/worksheets/sheet1.xml"_s;
}

std::optional<XlsxWorkbook::Rows> XlsxWorkbook::readSheet(const QString &part)
{
    const QString fileName = QFileInfo(m_path).fileName();
    QXmlStreamReader xml(m_archive.read(part));
    Rows rows;
    int row = 0;
    int column = 0;
    QString type;
    XlsxCell cell;
    bool dated = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!m_archive.accept(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"row") {
                const QStringView number = xml.attributes().value(u"r"_s);
                row = number.isEmpty() ? row + 1 : number.toInt() - 1;
                column = -1;
                if (row >= maxRows) {
                    m_error = tr("%1 is damaged: it names row %2, past the last row a sheet can have.")
                                  .arg(fileName, number.toString().left(12));
                    return std::nullopt;
                }
            } else if (xml.name() == u"c") {
                const QStringView reference = xml.attributes().value(u"r"_s);
                column = reference.isEmpty() ? column + 1 : columnOf(reference);
                if (column < -1 || column >= maxColumns) {
                    m_error = tr("%1 is damaged: it names cell %2, past the last column a sheet can have.")
                                  .arg(fileName, reference.toString().left(12));
                    return std::nullopt;
                }
                type = xml.attributes().value(u"t"_s).toString();
                dated = m_dateStyles.contains(xml.attributes().value(u"s"_s).toInt());
                cell = {};
            } else if (xml.name() == u"v") {
                cell.text = xml.readElementText();
            } else if (xml.name() == u"f") {
                cell.formula = true;
            } else if (xml.name() == u"t") { // inline strings
                cell.text += xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"c" && row >= 0 && column >= 0) {
            if (type == u"s")
                cell.text = m_shared.value(cell.text.toInt());
            else if (type == u"b")
                cell.text = cell.text == u"1" ? u"TRUE"_s : u"FALSE"_s;
            else if (dated && (type.isEmpty() || type == u"n") && !cell.text.isEmpty())
                cell.text = QDate(1899, 12, 30).addDays(qint64(cell.text.toDouble())).toString(Qt::ISODate); // Excel's epoch
            QList<XlsxCell> &cells = rows[row];
            while (cells.size() <= column)
                cells.append(XlsxCell());
            cells[column] = cell;
        }
    }
    if (m_archive.xmlFailed(xml, part) || !m_archive.error().isEmpty()) {
        m_error = m_archive.error();
        return std::nullopt;
    }
    return rows;
}

} // namespace Taizhang
