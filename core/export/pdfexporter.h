#pragma once

#include "ledgerexporter.h"

#include <QString>

namespace Taizhang {

// A printed report as a PDF file (QPdfWriter, fonts embedded), written through ExportFile.
class PdfExporter final : public LedgerExporter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::PdfExporter)

public:
    QString formatId() const override { return QStringLiteral("pdf"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    QList<Report::Kind> reports() const override; // every printed report
    ExportResult exportLedger(const ExportJob &job) const override;

    // An empty string on success, else what went wrong. `pages`, when given, receives the count.
    static QString write(Report &report, const QString &path, int *pages = nullptr);
};

} // namespace Taizhang
