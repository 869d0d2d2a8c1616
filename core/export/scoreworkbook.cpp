#include "scoreworkbook.h"

#include "xlsxtext.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace Taizhang {

QString ScoreWorkbook::write(const UnitScores &scores, const QString &path)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return tr("%1 cannot be written.").arg(QFileInfo(path).fileName());
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9D9D9);
    format_set_text_wrap(header);
    lxw_format *number = workbook_add_format(book);
    format_set_num_format(number, "0.0");
    auto text = [](lxw_worksheet *sheet, int row, int column, const QString &value, lxw_format *format = nullptr) {
        worksheet_write_string(sheet, row, column, xlsxCellText(value).constData(), format);
    };

    lxw_worksheet *ranking = workbook_add_worksheet(book, xlsxCellText(tr("Scores")).constData());
    QStringList headers {tr("Rank"), tr("Unit"), tr("Score")};
    QList<ScoreScheme::Rule> shown;
    for (ScoreScheme::Rule rule : ScoreScheme::rules) {
        if (scores.scheme.enabled[rule]) {
            headers.append(ScoreScheme::label(rule));
            shown.append(rule);
        }
    }
    text(ranking, 0, 0, tr("Unit scores, %1 to %2").arg(scores.from.toString(Qt::ISODate), scores.to.toString(Qt::ISODate)));
    for (int c = 0; c < headers.size(); ++c)
        text(ranking, 1, c, headers.at(c), header);
    worksheet_set_column(ranking, 1, 1, 28, nullptr);
    worksheet_set_column(ranking, 3, 2 + int(shown.size()), 12, nullptr);
    for (int r = 0; r < scores.units.size(); ++r) {
        const UnitScores::Unit &unit = scores.units.at(r);
        worksheet_write_number(ranking, r + 2, 0, unit.rank, nullptr);
        text(ranking, r + 2, 1, unit.name);
        worksheet_write_number(ranking, r + 2, 2, unit.score, number);
        for (int c = 0; c < shown.size(); ++c)
            worksheet_write_number(ranking, r + 2, 3 + c, unit.byRule[shown.at(c)], number);
    }
    worksheet_freeze_panes(ranking, 2, 2);

    lxw_worksheet *details = workbook_add_worksheet(book, xlsxCellText(tr("Points")).constData());
    const QStringList detailHeaders {tr("Unit"), tr("Rule"), tr("Points"), tr("Reason")};
    for (int c = 0; c < detailHeaders.size(); ++c)
        text(details, 0, c, detailHeaders.at(c), header);
    worksheet_set_column(details, 0, 1, 24, nullptr);
    worksheet_set_column(details, 3, 3, 60, nullptr);
    int row = 1;
    for (const UnitScores::Unit &unit : scores.units) {
        for (const UnitScores::Point &p : unit.points) {
            text(details, row, 0, unit.name);
            text(details, row, 1, ScoreScheme::label(p.rule));
            worksheet_write_number(details, row, 2, p.points, number);
            text(details, row, 3, p.reason);
            ++row;
        }
    }
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
        QFile::remove(path);
        return tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), QString::fromUtf8(lxw_strerror(error)));
    }
    return {};
}

} // namespace Taizhang
