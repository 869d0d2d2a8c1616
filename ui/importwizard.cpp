#include "importwizard.h"

#include "importpreviewpage.h"
#include "importsourcepage.h"
#include "importtargetpage.h"
#include "itemmodels/importdraftmodel.h"

namespace Taizhang {

ImportWizard::ImportWizard(const QSet<QString> &existingTitles, const QList<Plan> &ledgerPlans, QWidget *parent)
    : QWizard(parent)
    , m_model(new ImportDraftModel(this))
    , m_existingTitles(existingTitles)
    , m_ledgerPlans(ledgerPlans)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a plan or ledger table"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_sourcePage = new ImportSourcePage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_targetPage = new ImportTargetPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(TargetPageId, m_targetPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
    resize(1280, 820);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setSource(const SourceText &source, const ImportDraft &draft)
{
    m_source = source;
    m_source.text.clear(); // the draft keeps what the preview needs
    m_model->setDraft(draft);
    m_model->markDuplicates(m_existingTitles);
}

ImportDraft ImportWizard::result() const
{
    return m_model->result();
}

} // namespace Taizhang
