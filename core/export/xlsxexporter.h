#pragma once

#include "ledgerexporter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Taizhang {

// The ledger as an .xlsx workbook (libxlsxwriter, constant-memory mode, so 100,000 tasks stream
// through): title and date lines, the classic columns, section headings across the sheet, the
// theme and key-work cells merged over their rows, wrapped text, a frozen header repeated on
// every printed page, landscape A4 fitted to the width, and the warning column filled by light.
// Every cell is written as a string or a number, so task text never becomes a formula.
class XlsxExporter final : public LedgerExporter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::XlsxExporter)

public:
    QString formatId() const override { return QStringLiteral("xlsx"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("xlsx"); }
    // The ledger, or the ledger followed by a sheet per unit.
    QList<Report::Kind> reports() const override { return {Report::Kind::Ledger, Report::Kind::Unit}; }
    bool runsOffThread() const override { return true; }
    ExportResult exportLedger(const ExportJob &job) const override;

    // Told how many tasks are written so far; returning false cancels the export.
    using Progress = std::function<bool(int written)>;

    // With `sheetPerUnit`, a sheet per unit follows the ledger, holding the tasks the unit leads
    // or cooperates on. Writes through QSaveFile: on failure or cancel the old file at `path` is left as it was.
    // Returns an empty string on success, else what went wrong (in the user's language).
    static QString write(
        const ReportContext &context, const QString &path, bool sheetPerUnit = false, const Progress &progress = {});
};

} // namespace Taizhang
