#include "addremovetaskscommand.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

namespace Taizhang {

AddRemoveTasksCommand::AddRemoveTasksCommand(
    LedgerWriter *writer, QList<Task> tasks, Change change, const QString &text)
    : m_writer(writer)
    , m_tasks(std::move(tasks))
    , m_change(change)
{
    setText(text);
}

void AddRemoveTasksCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    apply(m_change == Change::Removed);
    m_applied = false;
}

void AddRemoveTasksCommand::redo()
{
    const LedgerWriter::Replay replay(m_writer, false);
    if (!m_applied)
        apply(m_change == Change::Added);
    m_applied = true;
}

void AddRemoveTasksCommand::apply(bool present)
{
    m_writer->writeTaskPresence(m_tasks, present);
}

} // namespace Taizhang
