#include "returnsheetwriter.h"

#include "export/xlsxtext.h"
#include "report/report.h"
#include "report/ledgersheet.h"
#include "returnsheetlayout.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
using Layout = ReturnSheetLayout;

struct Formats {
    lxw_format *title;
    lxw_format *label;
    lxw_format *value;
    lxw_format *note;
    lxw_format *header;
    lxw_format *locked;
    lxw_format *input;
    lxw_format *percent;
};

Formats makeFormats(lxw_workbook *book)
{
    auto base = [book](bool locked) {
        lxw_format *f = workbook_add_format(book);
        format_set_font_name(f, "Noto Sans CJK SC");
        format_set_font_size(f, 10);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (!locked)
            format_set_unlocked(f);
        return f;
    };
    Formats f {};
    f.title = base(true);
    format_set_font_size(f.title, 16);
    format_set_bold(f.title);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
    f.label = base(true);
    format_set_bold(f.label);
    f.value = base(true);
    f.note = base(true);
    format_set_font_color(f.note, 0x595959);
    f.header = base(true);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xD9D9D9);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    f.locked = base(true);
    format_set_bg_color(f.locked, 0xF2F2F2);
    format_set_border(f.locked, LXW_BORDER_THIN);
    f.input = base(false);
    format_set_border(f.input, LXW_BORDER_THIN);
    f.percent = base(false);
    format_set_border(f.percent, LXW_BORDER_THIN);
    format_set_align(f.percent, LXW_ALIGN_CENTER);
    return f;
}

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        worksheet_write_blank(sheet, row, column, format);
    else
        worksheet_write_string(sheet, row, column, xlsxCellText(text).constData(), format);
}

void writeHeading(lxw_worksheet *sheet, const ReturnSheet &s, const Formats &f)
{
    constexpr int last = Layout::ColumnCount - 1;
    worksheet_set_row(sheet, 0, 30, nullptr);
    worksheet_merge_range(sheet, 0, 0, 0, last, xlsxCellText(Layout::title(s.round.name)).constData(), f.title);
    // Labels and values in cells of their own (a returned sheet is matched by them when its stamp
    // is lost), merged where one column is too narrow to hold them.
    worksheet_merge_range(sheet, 1, Layout::Number, 1, Layout::KeyWork, xlsxCellText(Layout::unitLabel()).constData(), f.label);
    writeText(sheet, 1, Layout::Requirement, s.unit, f.value);
    worksheet_merge_range(sheet, 1, Layout::Deadline, 1, Layout::Role, xlsxCellText(Layout::roundLabel()).constData(), f.label);
    writeText(sheet, 1, Layout::PreviousProgress, s.round.name, f.value);
    writeText(sheet, 1, Layout::Progress, Layout::dueLabel(), f.label);
    worksheet_merge_range(sheet, 1, Layout::Percent, 1, Layout::Status, xlsxCellText(s.round.due.toString(Qt::ISODate)).constData(), f.value);
    if (!s.office.isEmpty())
        worksheet_merge_range(sheet, 1, Layout::Problems, 1, last, xlsxCellText(s.office).constData(), f.value);
    worksheet_set_row(sheet, 2, 30, nullptr);
    worksheet_merge_range(sheet, 2, 0, 2, last, xlsxCellText(Layout::instructions(s.round.due)).constData(), f.note);
    worksheet_set_row(sheet, Layout::headerRow, 30, nullptr);
    for (int c = 0; c < Layout::ColumnCount; ++c) {
        writeText(sheet, Layout::headerRow, c, Layout::header(Layout::Column(c)), f.header);
        worksheet_set_column(sheet, c, c, Layout::width(Layout::Column(c)), nullptr);
    }
}

// Neither libxlsxwriter nor every spreadsheet sizes a row to its wrapped text, so each row gets
// the height its longest cell needs (a Chinese character is about two of Excel's width units),
// and room for at least two lines of typing.
double rowHeight(const QStringList &cells)
{
    constexpr double lineHeight = 13.5; // points, at 10 pt
    int lines = 2;
    for (int c = 0; c < cells.size(); ++c) {
        double units = 0;
        for (const QChar ch : cells.at(c))
            units += ch.unicode() < 0x2e80 ? 1.1 : 2.0;
        lines = std::max(lines, int(std::ceil(units / (Layout::width(Layout::Column(c)) - 1))));
    }
    return std::min(409.0, lines * lineHeight + 3); // Excel's tallest row
}

void writeRows(lxw_worksheet *sheet, const ReturnSheet &s, const Formats &f)
{
    int row = Layout::headerRow + 1;
    for (const ReturnSheet::Row &r : s.rows) {
        const Task &t = r.task;
        QString previous = Layout::previousProgress(t);
        if (!r.closeOutReturned.isEmpty())
            previous += (previous.isEmpty() ? QString() : u"\n"_s) + Layout::closeOutReturnedNote(r.closeOutReturned);
        const QStringList reference = {Layout::taskLabel(t), LedgerSheet::keyWork(t), t.requirement, t.deadline.text,
            Layout::roleLabel(r.role), previous};
        for (int c = 0; c < reference.size(); ++c)
            writeText(sheet, row, c, reference.at(c), f.locked);
        worksheet_set_row(sheet, row, rowHeight(reference), nullptr);
        for (int c = Layout::Progress; c < Layout::ColumnCount; ++c)
            worksheet_write_blank(sheet, row, c, c == Layout::Percent || c == Layout::Status ? f.percent : f.input);
        ++row;
    }
}

void addValidation(lxw_worksheet *sheet, int rows)
{
    if (rows == 0)
        return;
    const int first = Layout::headerRow + 1;
    const int last = first + rows - 1;
    const QByteArray percentTitle = xlsxCellText(Layout::header(Layout::Percent));
    const QByteArray percentMessage = xlsxCellText(ReturnSheetWriter::tr("A whole number from 0 to 100."));
    lxw_data_validation percent {};
    percent.validate = LXW_VALIDATION_TYPE_INTEGER;
    percent.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    percent.minimum_number = 0;
    percent.maximum_number = 100;
    percent.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    percent.error_title = const_cast<char *>(percentTitle.constData());
    percent.error_message = const_cast<char *>(percentMessage.constData());
    worksheet_data_validation_range(sheet, first, Layout::Percent, last, Layout::Percent, &percent);

    std::vector<QByteArray> choices;
    for (const QString &choice : Layout::statusChoices())
        choices.push_back(xlsxCellText(choice));
    std::vector<char *> list;
    for (QByteArray &choice : choices)
        list.push_back(choice.data());
    list.push_back(nullptr);
    const QByteArray statusTitle = xlsxCellText(Layout::header(Layout::Status));
    const QByteArray statusMessage = xlsxCellText(ReturnSheetWriter::tr("Choose a status from the list."));
    lxw_data_validation status {};
    status.validate = LXW_VALIDATION_TYPE_LIST;
    status.value_list = list.data();
    status.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    status.error_title = const_cast<char *>(statusTitle.constData());
    status.error_message = const_cast<char *>(statusMessage.constData());
    worksheet_data_validation_range(sheet, first, Layout::Status, last, Layout::Status, &status);
}

void writeStamp(lxw_workbook *book, const ReturnSheet &s)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, Layout::stampSheetName().toUtf8().constData());
    const QList<QStringList> rows = s.stamp().rows();
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            worksheet_write_string(sheet, r, c, xlsxCellText(rows.at(r).at(c)).constData(), nullptr);
    }
    worksheet_hide(sheet);
    worksheet_protect(sheet, nullptr, nullptr);
}
} // namespace

QString ReturnSheetWriter::write(const ReturnSheet &s, const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(encoded.constData(), &options);
    if (!book)
        return tr("%1 cannot be written.").arg(QFileInfo(path).fileName());
    const Formats f = makeFormats(book);
    lxw_worksheet *sheet = workbook_add_worksheet(book, xlsxCellText(tr("Progress")).constData());
    writeHeading(sheet, s, f);
    writeRows(sheet, s, f);
    addValidation(sheet, int(s.rows.size()));
    worksheet_freeze_panes(sheet, Layout::headerRow + 1, 2);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_margins(sheet, 0.4, 0.4, 0.5, 0.5);
    worksheet_repeat_rows(sheet, Layout::headerRow, Layout::headerRow);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_footer(sheet, xlsxCellText(tr("&C%1 — page &P of &N").arg(s.unit)).constData());
    lxw_protection protection {};
    protection.format_columns = 1; // widening a column to read is allowed; typing is not
    worksheet_protect(sheet, nullptr, &protection);
    worksheet_activate(sheet);
    writeStamp(book, s);
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(path);
        return tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), QString::fromUtf8(lxw_strerror(error)));
    }
    return {};
}

} // namespace Taizhang
