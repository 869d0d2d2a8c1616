#include "importplanscommand.h"

#include "ledgerdocument.h"

namespace Taizhang {

ImportPlansCommand::ImportPlansCommand(
    LedgerDocument *document, ImportDraft draft, LedgerStore::InsertedRows inserted, const QString &text)
    : m_document(document)
    , m_draft(std::move(draft))
    , m_inserted(std::move(inserted))
{
    setText(text);
}

void ImportPlansCommand::undo()
{
    m_document->eraseInserted(m_inserted);
    m_applied = false;
}

void ImportPlansCommand::redo()
{
    if (m_applied)
        return;
    LedgerStore::InsertedRows inserted;
    if (m_document->writeDraft(m_draft, &inserted))
        m_inserted = inserted;
    m_applied = true;
}

} // namespace Taizhang
