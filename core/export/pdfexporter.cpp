#include "pdfexporter.h"

#include "report/report.h"
#include "report/reportwriter.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace Taizhang {

QString PdfExporter::write(Report &report, const QString &path, int *pages)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    QString error;
    {
        QPdfWriter pdf(&out);
        pdf.setResolution(300);
        pdf.setTitle(report.title());
        pdf.setCreator(QCoreApplication::applicationName());
        error = report.print(&pdf);
        if (pages)
            *pages = report.pageCount();
    } // the writer finishes the file here
    if (!error.isEmpty()) {
        out.cancelWriting();
        return error;
    }
    if (!out.commit())
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    return {};
}

} // namespace Taizhang
