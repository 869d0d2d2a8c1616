#include "importplanscommand.h"

#include "ledgerwriter.h"

namespace Taizhang {

ImportPlansCommand::ImportPlansCommand(LedgerWriter *writer, LedgerStore::InsertedRows inserted, const QString &text)
    : m_writer(writer)
    , m_inserted(std::move(inserted))
{
    setText(text);
}

void ImportPlansCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    m_removed = m_writer->eraseImport(m_inserted);
}

void ImportPlansCommand::redo()
{
    const LedgerWriter::Replay replay(m_writer, false);
    if (!m_removed)
        return; // the first redo: the document stored it already; or the undo was refused
    if (m_writer->restoreImport(*m_removed))
        m_removed.reset();
}

} // namespace Taizhang
