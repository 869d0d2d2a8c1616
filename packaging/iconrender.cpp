// Renders the SVG icon to the PNG sizes the hicolor icon theme wants, at build time:
//   taizhang-iconrender ICON.svg OUTDIR 16 24 32 48 64 128 256
// writes OUTDIR/<size>x<size>/apps/taizhang.png; with OUT.ico instead of a folder, the Windows icon.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: taizhang-iconrender ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "taizhang-iconrender: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    for (const QString &sizeText : arguments.mid(3)) {
        const int size = sizeText.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        if (arguments.at(2).endsWith(QStringLiteral(".ico"))) {
            if (!image.save(arguments.at(2), "ICO")) {
                std::fprintf(stderr, "taizhang-iconrender: cannot write %s\n", qPrintable(arguments.at(2)));
                return 1;
            }
            continue;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/taizhang.png"))) {
            std::fprintf(stderr, "taizhang-iconrender: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
