#include "pdfexporter.h"

#include "pdftextrepair.h"
#include "report/report.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>

namespace Taizhang {

QString PdfExporter::write(Report &report, const QString &path, int *pages)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    // Laid out in memory first: the text maps are repaired before anything reaches the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setTitle(report.title());
        pdf.setCreator(QCoreApplication::applicationName());
        error = report.print(&pdf);
        if (pages)
            *pages = report.pageCount();
    } // the writer finishes the document here
    if (!error.isEmpty()) {
        out.cancelWriting();
        return error;
    }
    QByteArray bytes = buffer.data();
    buffer.close();
    PdfTextRepair::repair(bytes);
    if (out.write(bytes) != bytes.size() || !out.commit())
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    return {};
}

} // namespace Taizhang
