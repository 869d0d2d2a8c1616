#pragma once

#include "ledgerexporter.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Taizhang {

// Every export format Taizhang has, in menu order. One per process, so a format added (by a
// plugin or a test) shows in the CLI and the GUI alike.
class ExporterRegistry {
public:
    static ExporterRegistry &instance();

    void add(std::unique_ptr<LedgerExporter> exporter);
    void remove(const QString &formatId);
    const LedgerExporter *find(const QString &formatId) const;
    QList<const LedgerExporter *> exporters() const;
    QStringList formatIds() const;
    // The formats that can write this report.
    QStringList formatsFor(Report::Kind kind) const;

private:
    ExporterRegistry();

    std::vector<std::unique_ptr<LedgerExporter>> m_exporters;
};

} // namespace Taizhang
