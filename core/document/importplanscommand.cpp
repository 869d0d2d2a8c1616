#include "importplanscommand.h"

#include "ledgerdocument.h"

namespace Taizhang {

ImportPlansCommand::ImportPlansCommand(
    LedgerDocument *document, ImportDraft draft, QList<qint64> planIds, const QString &text)
    : m_document(document)
    , m_draft(std::move(draft))
    , m_planIds(std::move(planIds))
{
    setText(text);
}

void ImportPlansCommand::undo()
{
    m_document->erasePlans(m_planIds);
    m_applied = false;
}

void ImportPlansCommand::redo()
{
    if (m_applied)
        return;
    const QList<qint64> ids = m_document->writeDraft(m_draft);
    if (!ids.isEmpty())
        m_planIds = ids;
    m_applied = true;
}

} // namespace Taizhang
