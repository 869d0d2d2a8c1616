#include "xlsxreader.h"

#include "xlsxworkbook.h"


using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

QString cellText(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

SourceText XlsxReader::read(const QString &path)
{
    SourceText source;
    source.kind = u"xlsx"_s;
    XlsxWorkbook book(path);
    if (!book.isOpen()) {
        source.error = book.error();
        return source;
    }
    const std::optional<XlsxWorkbook::Rows> rows = book.readSheet(book.firstSheetPart());
    if (!rows) {
        source.error = book.error();
        return source;
    }
    QStringList lines;
    int next = 0;
    for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
        for (; next < it.key(); ++next)
            lines.append(QString()); // empty rows keep line numbers equal to Excel's row numbers
        QStringList cells;
        for (const XlsxCell &cell : it.value())
            cells.append(cellText(cell.text));
        lines.append(cells.join(u'\t'));
        next = it.key() + 1;
    }
    source.text = lines.join(u'\n');
    return source;
}

} // namespace Taizhang
