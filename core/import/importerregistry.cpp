#include "importerregistry.h"

#include "ledgertableimporter.h"
#include "policydocumentimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
// A draft that carries only why nothing could be read.
ImportDraft fail(const QString &message)
{
    ImportDraft failed;
    failed.issues.append({ImportIssue::Severity::Error, 0, 0, message, {}});
    return failed;
}
} // namespace

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(std::make_unique<LedgerTableImporter>());
    m_importers.push_back(std::make_unique<PolicyDocumentImporter>());
}

ImporterRegistry::~ImporterRegistry() = default;

const PlanImporter *ImporterRegistry::find(const QString &formatId) const
{
    for (const auto &importer : m_importers) {
        if (importer->formatId() == formatId)
            return importer.get();
    }
    return nullptr;
}

const PlanImporter *ImporterRegistry::detect(const SourceText &source) const
{
    const PlanImporter *best = nullptr;
    int bestConfidence = 0;
    for (const auto &importer : m_importers) {
        const int confidence = importer->confidence(source);
        if (confidence > bestConfidence) {
            best = importer.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

QStringList ImporterRegistry::formatIds() const
{
    QStringList ids;
    for (const auto &importer : m_importers)
        ids.append(importer->formatId());
    return ids;
}

ImportDraft ImporterRegistry::importFile(
    const QString &path, const QString &formatId, const ImportOptions &options) const
{
    const SourceText source = SourceText::fromFile(path, options.encoding);
    if (!source.isValid())
        return fail(source.error);
    return importSource(source, formatId, options);
}

ImportDraft ImporterRegistry::importSource(
    const SourceText &source, const QString &formatId, const ImportOptions &options) const
{
    const PlanImporter *importer = formatId.isEmpty() || formatId == u"auto" ? detect(source) : find(formatId);
    if (!importer) {
        if (formatId.isEmpty() || formatId == u"auto")
            return fail(QCoreApplication::translate(
                "ImporterRegistry", "%1 holds no ledger table or plan that Taizhang recognises.")
                            .arg(source.fileName));
        return fail(QCoreApplication::translate("ImporterRegistry", "Unknown import format \"%1\"; known: %2.")
                        .arg(formatId, formatIds().join(u", ")));
    }
    return importer->read(source, options);
}

ImportDraft ImporterRegistry::importFiles(
    const QStringList &paths, const QString &formatId, const ImportOptions &options) const
{
    ImportDraft combined;
    for (const QString &path : paths) {
        ImportDraft draft = importFile(path, formatId, options);
        for (ImportIssue &issue : draft.issues)
            issue.file = QFileInfo(path).fileName();
        combined.issues += draft.issues;
        combined.plans += draft.plans;
    }
    return combined;
}

} // namespace Taizhang
