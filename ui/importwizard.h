#pragma once

#include "import/sourcetext.h"
#include "model/importdraft.h"

#include <QDate>
#include <QSet>
#include <QWizard>

namespace Taizhang {

class ImportDraftModel;
class ImportPreviewPage;
class ImportSourcePage;
class ImportTargetPage;

// File → Import…: choose a file or paste text → see how it was read, the plans and the task tree,
// each task beside its source with the span of each field marked → correct, merge, split, drop →
// set the plans' titles and years → commit. Nothing reaches the ledger before Finish, and then as
// one undoable step (the caller stores result()).
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { SourcePageId, PreviewPageId, TargetPageId };

    // `existingTitles`: the titles of tasks already in the ledger, to warn of duplicates;
    // `ledgerPlans`: the plans the import may add its tasks to.
    explicit ImportWizard(
        const QSet<QString> &existingTitles, const QList<Plan> &ledgerPlans = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportDraftModel *model() const { return m_model; }
    ImportSourcePage *sourcePage() const { return m_sourcePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    const SourceText &source() const { return m_source; }
    const QSet<QString> &existingTitles() const { return m_existingTitles; }
    const QList<Plan> &ledgerPlans() const { return m_ledgerPlans; }
    ImportDraft result() const;
    // The ledger's today (its clock): the year read when a document names none.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }

    // Set by the source page once the source was read.
    void setSource(const SourceText &source, const ImportDraft &draft);

private:
    ImportDraftModel *m_model = nullptr;
    ImportSourcePage *m_sourcePage = nullptr;
    QDate m_today;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportTargetPage *m_targetPage = nullptr;
    SourceText m_source;
    QSet<QString> m_existingTitles;
    QList<Plan> m_ledgerPlans;
};

} // namespace Taizhang
