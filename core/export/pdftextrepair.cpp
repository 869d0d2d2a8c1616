#include "pdftextrepair.h"

#include "report/reportwriter.h"

#include <QRawFont>

namespace Taizhang {

const QHash<ushort, ushort> &PdfTextRepair::radicalsToIdeographs()
{
    static const QHash<ushort, ushort> table = [] {
        QHash<ushort, ushort> radicals;
        QFont font = ReportWriter::font(10);
        font.setFamilies(ReportWriter::chineseFamilies());
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            return radicals;
        auto glyphOf = [&raw](char16_t ch) {
            const QList<quint32> glyphs = raw.glyphIndexesForString(QString(QChar(ch)));
            return glyphs.isEmpty() ? 0u : glyphs.constFirst();
        };
        QHash<quint32, ushort> ideographOfGlyph;
        for (char16_t ch = 0x4E00; ch <= 0x9FFF; ++ch) {
            if (const quint32 glyph = glyphOf(ch); glyph && !ideographOfGlyph.contains(glyph))
                ideographOfGlyph.insert(glyph, ch);
        }
        for (char16_t ch = 0x2E80; ch <= 0x2FDF; ++ch) {
            const quint32 glyph = glyphOf(ch);
            if (glyph && ideographOfGlyph.contains(glyph))
                radicals.insert(ch, ideographOfGlyph.value(glyph));
        }
        return radicals;
    }();
    return table;
}

namespace {
int hexValue(const char *digits)
{
    bool ok = false;
    const int value = QByteArray::fromRawData(digits, 4).toInt(&ok, 16);
    return ok ? value : -1;
}
} // namespace

int PdfTextRepair::repair(QByteArray &pdf)
{
    const QHash<ushort, ushort> &table = radicalsToIdeographs();
    if (table.isEmpty())
        return 0;
    int repaired = 0;
    // bfchar lines map <glyph> <text>, bfrange lines <first> <last> <text> or [<text> …]: the
    // glyph ids are skipped, the text entries repaired.
    for (const auto &[begin, end, skip] : {std::tuple {QByteArrayView("beginbfchar"), QByteArrayView("endbfchar"), 1},
             std::tuple {QByteArrayView("beginbfrange"), QByteArrayView("endbfrange"), 2}}) {
        for (qsizetype from = pdf.indexOf(begin); from >= 0; from = pdf.indexOf(begin, from)) {
            const qsizetype stop = pdf.indexOf(end, from);
            if (stop < 0)
                break;
            char *data = pdf.data(); // detached once, before the loop
            qsizetype lineStart = from + begin.size();
            while (lineStart < stop) {
                qsizetype lineEnd = pdf.indexOf('\n', lineStart + 1);
                if (lineEnd < 0 || lineEnd > stop)
                    lineEnd = stop;
                int token = 0;
                for (qsizetype i = lineStart; i + 5 < lineEnd; ++i) {
                    if (data[i] != '<' || data[i + 5] != '>')
                        continue;
                    if (token++ < skip)
                        continue;
                    const int value = hexValue(data + i + 1);
                    if (value < 0x2E80 || value > 0x2FDF || !table.contains(ushort(value)))
                        continue;
                    const QByteArray ideograph = QByteArray::number(table.value(ushort(value)), 16).toUpper();
                    memcpy(data + i + 1, ideograph.constData(), 4);
                    ++repaired;
                }
                lineStart = lineEnd + 1;
            }
            from = stop;
        }
    }
    return repaired;
}

} // namespace Taizhang
