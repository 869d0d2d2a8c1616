#include "returnsheetreader.h"

#include "import/xlsxworkbook.h"
#include "returnsheetlayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
using Layout = ReturnSheetLayout;

QString cell(const XlsxWorkbook::Rows &rows, int row, int column)
{
    return rows.value(row).value(column).text.trimmed();
}

// The row holding the header (序号, 重点工作 …) among the first rows, or -1.
int headerRowOf(const XlsxWorkbook::Rows &rows)
{
    for (auto it = rows.cbegin(); it != rows.cend() && it.key() < 30; ++it) {
        if (Layout::isHeader(Layout::Number, cell(rows, it.key(), 0))
            && Layout::isHeader(Layout::Progress, cell(rows, it.key(), Layout::Progress)))
            return it.key();
    }
    return -1;
}

// The value right of a label such as 填报单位： in the heading rows.
QString headingValue(const XlsxWorkbook::Rows &rows, int headerRow, const QString &label)
{
    const QString bare = QString(label).remove(u':').remove(u'：').trimmed();
    for (auto it = rows.cbegin(); it != rows.cend() && it.key() < headerRow; ++it) {
        const QList<XlsxCell> &cells = it.value();
        for (qsizetype c = 0; c + 1 < cells.size(); ++c) {
            if (QString(cells.at(c).text).remove(u':').remove(u'：').trimmed() != bare)
                continue;
            for (qsizetype v = c + 1; v < cells.size(); ++v) {
                if (!cells.at(v).text.trimmed().isEmpty())
                    return cells.at(v).text.trimmed();
            }
        }
    }
    return {};
}

bool isEncrypted(const QString &path)
{
    // A password-protected .xlsx is an OLE compound file wrapping the encrypted package, not a zip.
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(8) == QByteArray::fromHex("D0CF11E0A1B11AE1");
}
} // namespace

QStringList ReturnSheetReader::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        const QDir dir(path);
        for (const QString &name : dir.entryList({u"*.xlsx"_s, u"*.XLSX"_s}, QDir::Files, QDir::Name)) {
            if (!name.startsWith(u"~$"_s))
                files.append(dir.filePath(name));
        }
    }
    files.removeDuplicates();
    return files;
}

ReturnedSheet ReturnSheetReader::read(const QString &path)
{
    ReturnedSheet sheet;
    const QFileInfo info(path);
    sheet.path = path;
    sheet.fileName = info.fileName();
    sheet.modified = info.lastModified();
    if (!info.isFile()) {
        sheet.error = tr("%1 cannot be found.").arg(sheet.fileName);
        return sheet;
    }
    if (info.size() > maxFileSize) {
        sheet.error = tr("%1 is %2 MB, far larger than any progress sheet; it was not read.")
                          .arg(sheet.fileName)
                          .arg(info.size() / (1024 * 1024));
        return sheet;
    }
    if (isEncrypted(path)) {
        sheet.error = tr("%1 is protected by a password or is an old .xls workbook. Ask the unit to save it as .xlsx "
                         "without a password, then collect it again.")
                          .arg(sheet.fileName);
        return sheet;
    }
    XlsxWorkbook book(path);
    if (!book.isOpen()) {
        sheet.error = tr("%1 is not a progress sheet: %2").arg(sheet.fileName, book.error());
        return sheet;
    }
    std::optional<XlsxWorkbook::Rows> data;
    int header = -1;
    for (const XlsxWorkbook::Sheet &s : book.sheets()) {
        if (s.part.isEmpty())
            continue;
        std::optional<XlsxWorkbook::Rows> rows = book.readSheet(s.part);
        if (!rows) {
            sheet.error = tr("%1 cannot be read: %2").arg(sheet.fileName, book.error());
            return sheet;
        }
        if (s.name == Layout::stampSheetName()) {
            QList<QStringList> stampRows;
            for (auto it = rows->cbegin(); it != rows->cend() && stampRows.size() <= SheetStamp::maxTasks + 8; ++it) {
                while (stampRows.size() < it.key() && stampRows.size() <= SheetStamp::maxTasks + 8)
                    stampRows.append(QStringList());
                QStringList cells;
                for (const XlsxCell &c : it.value())
                    cells.append(c.text);
                stampRows.append(cells);
            }
            sheet.stampReading = SheetStamp::parse(stampRows, &sheet.stamp);
        } else if (!data && (header = headerRowOf(*rows)) >= 0) {
            data = std::move(rows);
        }
    }
    if (!data) {
        sheet.error = tr("%1 is not a progress sheet: no sheet in it has the header row (%2, %3 …).")
                          .arg(sheet.fileName, Layout::header(Layout::Number), Layout::header(Layout::KeyWork));
        return sheet;
    }
    sheet.headingUnit = headingValue(*data, header, Layout::unitLabel());
    if (sheet.headingUnit.isEmpty())
        sheet.headingUnit = headingValue(*data, header, u"填报单位"_s);
    sheet.headingRound = headingValue(*data, header, Layout::roundLabel());
    if (sheet.headingRound.isEmpty())
        sheet.headingRound = headingValue(*data, header, u"填报轮次"_s);
    for (auto it = data->cbegin(); it != data->cend(); ++it) {
        if (it.key() <= header)
            continue;
        if (sheet.rows.size() >= maxRows) {
            sheet.error = tr("%1 has more than %2 rows; no unit reports on that many tasks.").arg(sheet.fileName).arg(maxRows);
            return sheet;
        }
        const int r = it.key();
        ReturnedSheet::Row row;
        row.sheetRow = r;
        row.label = cell(*data, r, Layout::Number);
        row.keyWork = cell(*data, r, Layout::KeyWork);
        if (row.label.isEmpty() && row.keyWork.isEmpty())
            continue;
        row.previous = cell(*data, r, Layout::PreviousProgress);
        row.progress = cell(*data, r, Layout::Progress);
        row.percent = cell(*data, r, Layout::Percent);
        row.status = cell(*data, r, Layout::Status);
        row.problems = cell(*data, r, Layout::Problems);
        row.nextSteps = cell(*data, r, Layout::NextSteps);
        row.reporter = cell(*data, r, Layout::Reporter);
        row.phone = cell(*data, r, Layout::Phone);
        for (int c = Layout::Progress; c < Layout::ColumnCount; ++c) {
            if (it.value().value(c).formula)
                row.formulaColumns.append(Layout::header(Layout::Column(c)));
        }
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace Taizhang
