#include "pdfexporter.h"

#include "exportfile.h"
#include "pdftextrepair.h"
#include "report/report.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Taizhang {

QString PdfExporter::displayName() const
{
    return tr("PDF");
}

QList<Report::Kind> PdfExporter::reports() const
{
    return QList<Report::Kind>(std::begin(Report::kinds), std::end(Report::kinds));
}

ExportResult PdfExporter::exportLedger(const ExportJob &job) const
{
    ExportResult result;
    const std::unique_ptr<Report> report = Report::create(job.report, job.context);
    report->prepare();
    if (const QString empty = report->emptyMessage(); !empty.isEmpty()) {
        result.nothingToExport = empty;
        return result;
    }
    result.error = write(*report, job.path, &result.pages);
    return result;
}

QString PdfExporter::write(Report &report, const QString &path, int *pages)
{
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
    if (!error.isEmpty())
        return error;
    QByteArray bytes = buffer.data();
    PdfTextRepair::repair(bytes);
    return ExportFile::save(
        path, [&bytes](QIODevice *out) { return out->write(bytes) == bytes.size() ? QString() : out->errorString(); });
}

} // namespace Taizhang
