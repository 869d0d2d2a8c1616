// The pages of every printed report: titles, paragraphs, tables with merged runs and a repeated
// header, bar charts, footers that know the page count. Just past 500 lines because the table
// layout (row heights, breaks between lines, merged cells carried over a page) is one algorithm.
#include "reportwriter.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QColor borderColor(0x33, 0x33, 0x33);
const QColor headerFill(0xe8, 0xe8, 0xe8);
const QColor headingFill(0xf4, 0xf4, 0xf4);
constexpr qreal bodyPoints = 9;
} // namespace

ReportWriter::ReportWriter(QPagedPaintDevice *device)
    : m_device(device)
{
}

ReportWriter::~ReportWriter() = default;

QStringList ReportWriter::chineseFamilies()
{
    // Noto Sans CJK (fonts-noto-cjk) on Debian; the usual Chinese fonts where Windows has them.
    return {u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei"_s, u"SimSun"_s};
}

QFont ReportWriter::font(qreal pointSize, bool bold)
{
    QFont font;
    // Latin in an Arial-metric font, then the Chinese ones. Latin through Noto Sans CJK would look
    // the same, but Qt 6.4 writes its digits into the PDF without their text, so a notice number
    // could not be found.
    font.setFamilies(QStringList {u"Liberation Sans"_s, u"Arial"_s} + chineseFamilies());
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

qreal ReportWriter::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

qreal ReportWriter::roomMm() const
{
    return (m_bottom - m_y) / mm(1);
}

bool ReportWriter::print(QPageLayout::Orientation orientation, const Body &body)
{
    m_device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
    m_width = m_device->width();
    m_bottom = m_device->height() - mm(8);

    // First pass: lay everything out to count the pages.
    m_painter = nullptr;
    m_page = 1;
    m_y = 0;
    body(*this);
    m_pageCount = m_page;

    QPainter painter;
    if (!painter.begin(m_device))
        return false;
    m_painter = &painter;
    m_page = 1;
    m_y = 0;
    body(*this);
    drawFooter();
    m_painter = nullptr;
    return painter.end();
}

void ReportWriter::drawFooter()
{
    if (!m_painter)
        return;
    m_painter->setFont(font(bodyPoints));
    m_painter->setPen(Qt::black);
    const QRectF footer(0, m_bottom + mm(2), m_width, mm(6));
    m_painter->drawText(footer, Qt::AlignHCenter | Qt::AlignTop, tr("Page %1 of %2").arg(m_page).arg(m_pageCount));
}

void ReportWriter::newPage()
{
    drawFooter();
    if (m_painter)
        m_device->newPage();
    ++m_page;
    m_y = 0;
    if (!m_runningTitle.isEmpty()) {
        const QFont small = font(8);
        if (m_painter) {
            m_painter->setFont(small);
            m_painter->setPen(QColor(0x66, 0x66, 0x66));
            m_painter->drawText(QRectF(0, 0, m_width, mm(5)), Qt::AlignLeft | Qt::AlignTop, m_runningTitle);
        }
        m_y = mm(6);
    }
}

void ReportWriter::pageBreak()
{
    newPage();
}

void ReportWriter::ensureRoom(qreal height)
{
    if (m_y + height > m_bottom && m_y > mm(6))
        newPage();
}

void ReportWriter::space(qreal millimetres)
{
    m_y = std::min(m_y + mm(millimetres), m_bottom);
}

std::unique_ptr<QTextLayout> ReportWriter::layoutText(const QString &text, const QFont &font, qreal width) const
{
    QString plain = text;
    plain.replace(u'\n', QChar::LineSeparator); // a hard line break inside a cell
    auto layout = std::make_unique<QTextLayout>(plain, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(std::max<qreal>(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

namespace {
qreal heightOf(const QTextLayout &layout)
{
    return layout.lineCount() ? layout.boundingRect().height() : 0;
}

// The lowest cut at or above `cut` that falls between two lines of the layout.
qreal cutBetweenLines(const QTextLayout &layout, qreal cut)
{
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (line.y() < cut && line.y() + line.height() > cut)
            return line.y();
    }
    return cut;
}
} // namespace

void ReportWriter::drawLines(const QTextLayout &layout, qreal x, qreal y, qreal from, qreal to) const
{
    if (!m_painter)
        return;
    constexpr qreal slack = 0.5;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (line.y() + slack >= from && line.y() + line.height() <= to + slack)
            line.draw(m_painter, QPointF(x, y - from));
    }
}

void ReportWriter::textBlock(const QString &text, const QFont &font, Qt::Alignment alignment, qreal indent)
{
    const std::unique_ptr<QTextLayout> layout = layoutText(text, font, m_width - indent);
    for (int i = 0; i < layout->lineCount(); ++i) {
        QTextLine line = layout->lineAt(i);
        if (m_y + line.height() > m_bottom)
            newPage();
        qreal x = indent;
        if (alignment & Qt::AlignHCenter)
            x += (m_width - indent - line.naturalTextWidth()) / 2;
        else if (alignment & Qt::AlignRight)
            x += m_width - indent - line.naturalTextWidth();
        if (m_painter) {
            m_painter->setPen(Qt::black);
            line.draw(m_painter, QPointF(x, m_y - line.y()));
        }
        m_y += line.height();
    }
}

void ReportWriter::title(const QString &text)
{
    ensureRoom(mm(30));
    textBlock(text, font(18, true), Qt::AlignHCenter, 0);
    space(3);
}

void ReportWriter::subtitle(const QString &text)
{
    textBlock(text, font(11), Qt::AlignHCenter, 0);
    space(2);
}

void ReportWriter::line(const QString &text, Qt::Alignment alignment, bool bold)
{
    textBlock(text, font(11, bold), alignment, 0);
}

void ReportWriter::paragraph(const QString &text)
{
    textBlock(u"\u3000\u3000"_s + text, font(11), Qt::AlignLeft, 0);
    space(1);
}

// One row of a table as laid out: a layout per cell it draws itself (merged cells belong to
// their run), its height, and how far down it has been printed when it spans pages.
struct ReportWriter::Row {
    std::vector<std::unique_ptr<QTextLayout>> cells;
    qreal height = 0;
};

void ReportWriter::table(const ReportTable &table)
{
    const int columnCount = int(table.columns.size());
    if (columnCount == 0)
        return;
    qreal weights = 0;
    for (const ReportTable::Column &column : table.columns)
        weights += column.weight;
    std::vector<qreal> x(columnCount + 1, 0);
    for (int c = 0; c < columnCount; ++c)
        x[c + 1] = x[c] + m_width * table.columns.at(c).weight / weights;
    auto width = [&x](int c) { return x[c + 1] - x[c]; };

    const QFont bodyFont = font(bodyPoints);
    const QFont boldFont = font(bodyPoints, true);
    const qreal pad = mm(1.2);
    const qreal markSize = mm(2.4);
    const QPen border(borderColor, mm(0.2));

    // Header
    std::vector<std::unique_ptr<QTextLayout>> headers;
    qreal headerHeight = 0;
    for (int c = 0; c < columnCount && table.showHeader; ++c) {
        headers.push_back(layoutText(table.columns.at(c).header, boldFont, width(c) - 2 * pad));
        headerHeight = std::max(headerHeight, heightOf(*headers.back()) + 2 * pad);
    }
    auto drawHeader = [&] {
        if (!table.showHeader)
            return;
        if (m_painter) {
            m_painter->setPen(border);
            for (int c = 0; c < columnCount; ++c) {
                const QRectF cell(x[c], m_y, width(c), headerHeight);
                m_painter->fillRect(cell, headerFill);
                m_painter->drawRect(cell);
                const qreal textWidth = headers[c]->lineCount() ? headers[c]->lineAt(0).naturalTextWidth() : 0;
                const qreal left = headers[c]->lineCount() == 1 ? (width(c) - textWidth) / 2 : pad;
                m_painter->setPen(Qt::black);
                drawLines(*headers[c], x[c] + left, m_y + (headerHeight - heightOf(*headers[c])) / 2, 0, 1e9);
                m_painter->setPen(border);
            }
        }
        m_y += headerHeight;
    };

    // Merged runs, by column: where the run's cell began on this page, and its text.
    struct Run {
        bool open = false;
        qreal top = 0;
        qreal printed = 0; // height of the run's rows so far
        std::unique_ptr<QTextLayout> text;
    };
    std::vector<Run> runs(columnCount);
    auto drawRun = [&](int c, qreal bottom) {
        Run &run = runs[c];
        if (!m_painter || bottom <= run.top)
            return;
        const QRectF cell(x[c], run.top, width(c), bottom - run.top);
        m_painter->setPen(border);
        m_painter->drawRect(cell);
        m_painter->setPen(Qt::black);
        const qreal textHeight = heightOf(*run.text);
        const qreal room = cell.height() - 2 * pad;
        if (textHeight <= room)
            drawLines(*run.text, x[c] + pad, run.top + (cell.height() - textHeight) / 2, 0, textHeight);
        else
            drawLines(*run.text, x[c] + pad, run.top + pad, 0, room);
    };
    auto continuesRun = [&table](int row, int c) {
        if (row <= 0 || !table.columns.at(c).merge)
            return false;
        const ReportTable::Row &previous = table.rows.at(row - 1);
        const ReportTable::Row &current = table.rows.at(row);
        return !previous.heading && !current.heading && !current.key(c).isEmpty() && previous.key(c) == current.key(c);
    };
    const qreal pageTop = table.showHeader ? headerHeight : 0;
    auto breakPage = [&] {
        for (int c = 0; c < columnCount; ++c) {
            if (runs[c].open)
                drawRun(c, m_y);
        }
        newPage();
        drawHeader();
        for (int c = 0; c < columnCount; ++c)
            runs[c].top = m_y;
    };

    if (m_y + headerHeight + mm(12) > m_bottom)
        newPage();
    drawHeader();

    const int rowCount = int(table.rows.size());
    for (int r = 0; r < rowCount; ++r) {
        const ReportTable::Row &source = table.rows.at(r);
        if (source.heading) {
            const std::unique_ptr<QTextLayout> text = layoutText(source.cells.value(0), boldFont, m_width - 2 * pad);
            const qreal height = heightOf(*text) + 2 * pad;
            const bool more = r + 1 < rowCount && !table.rows.at(r + 1).heading;
            if (m_y + height + (more ? mm(15) : 0) > m_bottom) // never a heading alone at a page's foot
                breakPage();
            if (m_painter) {
                const QRectF cell(0, m_y, m_width, height);
                m_painter->fillRect(cell, headingFill);
                m_painter->setPen(border);
                m_painter->drawRect(cell);
                m_painter->setPen(Qt::black);
                drawLines(*text, pad, m_y + pad, 0, 1e9);
            }
            m_y += height;
            continue;
        }

        Row row;
        row.cells.resize(columnCount);
        row.height = mm(source.minHeightMm);
        for (int c = 0; c < columnCount; ++c) {
            if (continuesRun(r, c))
                continue;
            const qreal markRoom = source.marks.contains(c) ? markSize + pad : 0;
            const bool label = table.shadeFirstColumn && c == 0;
            std::unique_ptr<QTextLayout> text
                = layoutText(source.cells.value(c), label ? boldFont : bodyFont, width(c) - 2 * pad - markRoom);
            if (table.columns.at(c).merge) {
                runs[c] = {true, m_y, 0, std::move(text)};
                // The run's first row holds at least its first line.
                if (runs[c].text->lineCount())
                    row.height = std::max(row.height, runs[c].text->lineAt(0).height() + 2 * pad);
                continue;
            }
            row.height = std::max(row.height, heightOf(*text) + 2 * pad);
            row.cells[c] = std::move(text);
        }
        // The last row of a run makes room for the run's whole text.
        for (int c = 0; c < columnCount; ++c) {
            const bool lastOfRun = runs[c].open && (r + 1 >= rowCount || !continuesRun(r + 1, c));
            if (lastOfRun)
                row.height = std::max(row.height, heightOf(*runs[c].text) + 2 * pad - runs[c].printed);
        }

        auto drawSlice = [&](qreal from, qreal to, qreal sliceHeight) {
            if (!m_painter)
                return;
            for (int c = 0; c < columnCount; ++c) {
                if (!row.cells[c])
                    continue;
                const QRectF cell(x[c], m_y, width(c), sliceHeight);
                if (table.shadeFirstColumn && c == 0)
                    m_painter->fillRect(cell, headerFill);
                m_painter->setPen(border);
                m_painter->drawRect(cell);
                qreal left = x[c] + pad;
                if (from == 0 && source.marks.contains(c)) {
                    m_painter->setPen(Qt::NoPen);
                    m_painter->setBrush(source.marks.value(c));
                    const qreal lineHeight = row.cells[c]->lineCount() ? row.cells[c]->lineAt(0).height() : markSize;
                    m_painter->drawEllipse(QRectF(left, m_y + pad + (lineHeight - markSize) / 2, markSize, markSize));
                    m_painter->setBrush(Qt::NoBrush);
                    left += markSize + pad;
                } else if (source.marks.contains(c)) {
                    left += markSize + pad;
                }
                m_painter->setPen(Qt::black);
                const qreal textHeight = heightOf(*row.cells[c]);
                const bool centered = table.columns.at(c).centered && textHeight + 2 * pad <= sliceHeight && from == 0;
                const qreal top = centered ? m_y + (sliceHeight - textHeight) / 2 : m_y + pad;
                if (centered && row.cells[c]->lineCount() == 1)
                    left = x[c] + (width(c) - row.cells[c]->lineAt(0).naturalTextWidth()) / 2;
                drawLines(*row.cells[c], left, top, from, to);
            }
        };

        if (m_y + row.height > m_bottom && row.height <= m_bottom - pageTop - (m_runningTitle.isEmpty() ? 0 : mm(6)))
            breakPage();
        if (m_y + row.height <= m_bottom) {
            drawSlice(0, 1e9, row.height);
            m_y += row.height;
        } else {
            // Taller than a page: print it in slices that end between lines.
            qreal from = 0;
            const qreal contentHeight = row.height - 2 * pad;
            while (from < contentHeight) {
                qreal to = from + (m_bottom - m_y) - 2 * pad;
                for (int pass = 0; pass < 2; ++pass) {
                    for (const auto &cell : row.cells) {
                        if (cell)
                            to = cutBetweenLines(*cell, to);
                    }
                }
                if (to <= from) { // not even one line fits below what is already on the page
                    breakPage();
                    continue;
                }
                to = std::min(to, contentHeight);
                drawSlice(from, to, to - from + 2 * pad);
                m_y += to - from + 2 * pad;
                from = to;
                if (from < contentHeight)
                    breakPage();
            }
        }
        for (int c = 0; c < columnCount; ++c) {
            if (!runs[c].open)
                continue;
            runs[c].printed += row.height;
            if (r + 1 >= rowCount || !continuesRun(r + 1, c)) {
                drawRun(c, m_y);
                runs[c] = {};
            }
        }
    }
    space(2);
}

void ReportWriter::chart(const ReportChart &chart)
{
    const QFont labelFont = font(8);
    const QFont titleFont = font(10, true);
    const qreal rowHeight = mm(5.5);
    const qreal titleHeight = mm(7);
    const qreal legendHeight = chart.series.size() > 1 ? mm(6) : 0;
    const qreal height = titleHeight + legendHeight + rowHeight * chart.categories.size() + mm(3);
    ensureRoom(height);

    if (m_painter) {
        QPainter &p = *m_painter;
        p.setPen(Qt::black);
        p.setFont(titleFont);
        p.drawText(QRectF(0, m_y, m_width, titleHeight), Qt::AlignCenter, chart.title);
        qreal y = m_y + titleHeight;

        p.setFont(labelFont);
        const QFontMetricsF metrics(labelFont, m_device);
        if (legendHeight > 0) {
            qreal legendX = m_width * 0.3;
            for (const ReportChart::Series &series : chart.series) {
                p.fillRect(QRectF(legendX, y + mm(1.5), mm(3), mm(3)), series.color);
                legendX += mm(4);
                p.setPen(Qt::black);
                p.drawText(QRectF(legendX, y, mm(40), legendHeight), Qt::AlignLeft | Qt::AlignVCenter, series.name);
                legendX += metrics.horizontalAdvance(series.name) + mm(6);
            }
            y += legendHeight;
        }

        const qreal labelWidth = m_width * 0.28;
        const qreal valueWidth = mm(18);
        const qreal barLeft = labelWidth + mm(2);
        const qreal barWidth = m_width - barLeft - valueWidth;
        double maximum = chart.maximum;
        for (int i = 0; chart.maximum <= 0 && i < chart.categories.size(); ++i) {
            double total = 0;
            for (const ReportChart::Series &series : chart.series)
                total += series.values.value(i);
            maximum = std::max(maximum, total);
        }
        for (int i = 0; i < chart.categories.size(); ++i) {
            const qreal top = y + i * rowHeight;
            p.setPen(Qt::black);
            p.drawText(QRectF(0, top, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                metrics.elidedText(chart.categories.at(i), Qt::ElideRight, labelWidth));
            qreal left = barLeft;
            double total = 0;
            for (const ReportChart::Series &series : chart.series) {
                const double value = series.values.value(i);
                total += value;
                const qreal w = maximum > 0 ? barWidth * value / maximum : 0;
                p.fillRect(QRectF(left, top + rowHeight * 0.15, w, rowHeight * 0.7), series.color);
                left += w;
            }
            p.setPen(Qt::black);
            p.drawText(QRectF(left + mm(1), top, valueWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                chart.valueFormat.arg(total, 0, 'g', 4));
        }
        p.setPen(QPen(borderColor, mm(0.2)));
        p.drawLine(QPointF(barLeft, y), QPointF(barLeft, y + rowHeight * chart.categories.size()));
    }
    m_y += height;
}

} // namespace Taizhang
