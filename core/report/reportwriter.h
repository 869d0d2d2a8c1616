#pragma once

#include "reportchart.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextLayout;

namespace Taizhang {

// Lays a printed report out on pages of a QPdfWriter or a QPrinter: titles, paragraphs, tables
// and charts one after another. The body is run twice, first to count the pages and then to
// paint them, so every footer can say "page X of Y". Text is laid out as plain text (never
// HTML) in a CJK font, and a page break never falls inside a line.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ReportWriter)

public:
    using Body = std::function<void(ReportWriter &writer)>;

    explicit ReportWriter(QPagedPaintDevice *device);
    ~ReportWriter();

    // Sets the device's page (A4, the orientation, 15 mm margins) and prints `body`. False when
    // the device could not be painted on (a full disk, a printer gone).
    bool print(QPageLayout::Orientation orientation, const Body &body);
    int pageCount() const { return m_pageCount; }

    // The small line at the top of every page but the first (the report's name).
    void setRunningTitle(const QString &text) { m_runningTitle = text; }

    void title(const QString &text);
    void subtitle(const QString &text); // centred, under the title
    void line(const QString &text, Qt::Alignment alignment = Qt::AlignLeft, bool bold = false);
    void paragraph(const QString &text); // indented by two characters, as Chinese prose is
    void space(qreal mm);
    void table(const ReportTable &table);
    void chart(const ReportChart &chart);
    void pageBreak();
    // Room left on the page, in millimetres (a block that must not be split checks this).
    qreal roomMm() const;

    static QFont font(qreal pointSize, bool bold = false);
    static QStringList chineseFamilies(); // the CJK fonts reports print in, preferred first

private:
    struct Row;
    qreal mm(qreal millimetres) const;
    void newPage();
    void ensureRoom(qreal height);
    void textBlock(const QString &text, const QFont &font, Qt::Alignment alignment, qreal indent);
    std::unique_ptr<QTextLayout> layoutText(const QString &text, const QFont &font, qreal width) const;
    void drawLines(const QTextLayout &layout, qreal x, qreal y, qreal from, qreal to) const;
    void drawFooter();

    QPagedPaintDevice *m_device;
    QPainter *m_painter = nullptr; // null while counting pages
    QString m_runningTitle;
    int m_page = 0;
    int m_pageCount = 0;
    qreal m_y = 0;
    qreal m_width = 0;
    qreal m_bottom = 0; // where the footer begins
};

} // namespace Taizhang
