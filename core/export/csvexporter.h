#pragma once

#include "ledgerexporter.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Taizhang {

// The ledger as CSV (RFC 4180) in UTF-8 with a byte-order mark, so Excel and WPS open the Chinese
// correctly: the same columns and cells as the .xlsx, a row per task. A cell that a spreadsheet
// would take for a formula (= + - @, tab, CR first) gets a leading apostrophe.
class CsvExporter final : public LedgerExporter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::CsvExporter)

public:
    QString formatId() const override { return QStringLiteral("csv"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    bool writesStreams() const override { return true; }
    ExportResult exportLedger(const ExportJob &job) const override;

    static QString write(const ReportContext &context, QIODevice *out);

    // One field as written: guarded against formulas, quoted when it must be.
    static QString field(const QString &text);
};

} // namespace Taizhang
