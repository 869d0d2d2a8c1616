#pragma once

#include "planimporter.h"

#include <memory>
#include <vector>

namespace Taizhang {

// Every importer Taizhang has, and the choice among them for `--format auto`.
class ImporterRegistry {
public:
    ImporterRegistry();
    ~ImporterRegistry();

    const PlanImporter *find(const QString &formatId) const;
    // The importer most confident about the source; nullptr when none can read it.
    const PlanImporter *detect(const SourceText &source) const;
    QStringList formatIds() const;

    // Reads a file with the named format ("auto" detects); errors come back as draft issues.
    ImportDraft importFile(const QString &path, const QString &formatId, const ImportOptions &options) const;
    // Reads a source already in hand (a file, pasted text) with the named format, as importFile does.
    ImportDraft importSource(const SourceText &source, const QString &formatId, const ImportOptions &options) const;
    // Reads every file into one draft, each issue naming its file. The caller stores nothing when
    // the draft hasErrors(): one unreadable source means nothing is imported.
    ImportDraft importFiles(const QStringList &paths, const QString &formatId, const ImportOptions &options) const;

private:
    std::vector<std::unique_ptr<PlanImporter>> m_importers;
};

} // namespace Taizhang
