#include "exporterregistry.h"

#include "csvexporter.h"
#include "jsonexporter.h"
#include "pdfexporter.h"
#include "xlsxexporter.h"

#include <algorithm>

namespace Taizhang {

ExporterRegistry::ExporterRegistry()
{
    m_exporters.push_back(std::make_unique<PdfExporter>());
    m_exporters.push_back(std::make_unique<XlsxExporter>());
    m_exporters.push_back(std::make_unique<CsvExporter>());
    m_exporters.push_back(std::make_unique<JsonExporter>());
}

ExporterRegistry &ExporterRegistry::instance()
{
    static ExporterRegistry registry;
    return registry;
}

void ExporterRegistry::add(std::unique_ptr<LedgerExporter> exporter)
{
    remove(exporter->formatId()); // one format per id: the newer wins
    m_exporters.push_back(std::move(exporter));
}

void ExporterRegistry::remove(const QString &formatId)
{
    std::erase_if(m_exporters, [&](const auto &exporter) { return exporter->formatId() == formatId; });
}

const LedgerExporter *ExporterRegistry::find(const QString &formatId) const
{
    for (const auto &exporter : m_exporters) {
        if (exporter->formatId() == formatId)
            return exporter.get();
    }
    return nullptr;
}

QList<const LedgerExporter *> ExporterRegistry::exporters() const
{
    QList<const LedgerExporter *> all;
    for (const auto &exporter : m_exporters)
        all.append(exporter.get());
    return all;
}

QStringList ExporterRegistry::formatIds() const
{
    QStringList ids;
    for (const auto &exporter : m_exporters)
        ids.append(exporter->formatId());
    return ids;
}

QStringList ExporterRegistry::formatsFor(Report::Kind kind) const
{
    QStringList ids;
    for (const auto &exporter : m_exporters) {
        if (exporter->writes(kind))
            ids.append(exporter->formatId());
    }
    return ids;
}

} // namespace Taizhang
