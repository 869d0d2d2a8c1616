#include "progresscommand.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

#include <QCoreApplication>

namespace Taizhang {

ProgressCommand::ProgressCommand(LedgerWriter *writer, qint64 taskId, ProgressEntry entry, Action action)
    : m_writer(writer)
    , m_taskId(taskId)
    , m_entry(std::move(entry))
    , m_action(action)
{
    setText(action == Action::Add ? QCoreApplication::translate("ProgressCommand", "Add progress report")
                                  : QCoreApplication::translate("ProgressCommand", "Remove progress report"));
}

void ProgressCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    m_writer->writeProgress(m_taskId, m_entry, m_action == Action::Remove);
    m_applied = false;
}

void ProgressCommand::redo()
{
    if (m_applied)
        return;
    const LedgerWriter::Replay replay(m_writer, false);
    m_writer->writeProgress(m_taskId, m_entry, m_action == Action::Add);
    m_applied = true;
}

} // namespace Taizhang
