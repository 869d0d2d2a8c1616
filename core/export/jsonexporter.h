#pragma once

#include "ledgerexporter.h"

#include <QString>

class QIODevice;

namespace Taizhang {

class LedgerStore;

// Writes the whole ledger as the stable JSON other tools read (`taizhang-cli export --format json`):
// {"format":"taizhang-ledger","version":1,"plans":[…],"tasks":[…]}. Tasks are streamed page by
// page, so a 100,000-task ledger never sits in memory as one JSON document.
class JsonExporter final : public LedgerExporter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::JsonExporter)

public:
    QString formatId() const override { return QStringLiteral("json"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("json"); }
    bool writesStreams() const override { return true; }
    // Always the whole ledger (the job's context.ledger), whatever the view's filter.
    ExportResult exportLedger(const ExportJob &job) const override;

    static constexpr int formatVersion = 1;

    // Returns an empty string on success, else what went wrong.
    static QString write(const LedgerStore &store, QIODevice *out);
};

} // namespace Taizhang
