#include "mergeunitscommand.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

namespace Taizhang {

MergeUnitsCommand::MergeUnitsCommand(
    LedgerWriter *writer, QString from, QString to, QList<Task> before, QList<Task> after)
    : m_writer(writer)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(LedgerDocument::tr("Merge unit %1 into %2").arg(m_from, m_to));
}

void MergeUnitsCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    m_writer->writeUnitMerge(m_from, m_to, m_before, false);
    m_applied = false;
}

void MergeUnitsCommand::redo()
{
    if (m_applied)
        return;
    const LedgerWriter::Replay replay(m_writer, false);
    m_writer->writeUnitMerge(m_from, m_to, m_after, true);
    m_applied = true;
}

} // namespace Taizhang
