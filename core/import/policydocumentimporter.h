#pragma once

#include "planimporter.h"

#include <QCoreApplication>

namespace Taizhang {

struct DocumentHeader;
struct SourceLine;

// Reads policy documents written as prose: 方案, 意见, 工作要点, 分工方案, and compilations of several.
// The numbered items become tasks under the headings they stand in; which level carries the tasks
// is judged per document (an item with sentences of its own is a task, a bare heading over items
// is a section). Goals and closing requirements (总体要求, 保障措施 …) are kept as the plan's notes.
class PolicyDocumentImporter final : public PlanImporter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::PolicyDocumentImporter)

public:
    QString formatId() const override;
    QString displayName() const override;
    int confidence(const SourceText &source) const override;
    ImportDraft read(const SourceText &source, const ImportOptions &options) const override;

private:
    void readDocument(const QList<SourceLine> &lines, DocumentHeader header, const SourceText &source,
        const ImportOptions &options, ImportDraft &draft) const;
    // One outline's sections and tasks into `plan`; returns the text that became notes.
    QStringList readOutline(
        const QList<SourceLine> &lines, DraftPlan &plan, bool firstListedLeads, QList<ImportIssue> &issues) const;
    // An attachment: its tasks join the plan when most of them name units; else its text is a note.
    QStringList readAttachment(
        const QList<SourceLine> &lines, DraftPlan &plan, bool firstListedLeads, QList<ImportIssue> &issues) const;
};

} // namespace Taizhang
