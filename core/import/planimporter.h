#pragma once

#include "model/importdraft.h"
#include "sourcetext.h"

#include <QDate>
#include <QString>

namespace Taizhang {

struct ImportOptions {
    int year = 0; // the plan's year when the user gives it; 0: read it from the document
    QString encoding; // a text file's encoding when the user gives it; empty: detect it
    // Today, from the caller's clock (the document's, or the CLI's --today): the year deadlines are
    // read in when neither the user nor the document names one. Invalid: the system's date.
    QDate today;
};

// One source format. Adding a format means adding one of these and registering it in
// ImporterRegistry; nothing else changes.
class PlanImporter {
public:
    virtual ~PlanImporter();

    virtual QString formatId() const = 0; // "ledger-table", used by `--format`
    virtual QString displayName() const = 0; // for the import dialog
    // How sure the importer is that it can read this source (0: not at all, 100: certain).
    virtual int confidence(const SourceText &source) const = 0;
    virtual ImportDraft read(const SourceText &source, const ImportOptions &options) const = 0;
};

} // namespace Taizhang
