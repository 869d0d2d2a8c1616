#include "addremovetaskscommand.h"

#include "ledgerdocument.h"

namespace Taizhang {

AddRemoveTasksCommand::AddRemoveTasksCommand(
    LedgerDocument *document, QList<Task> tasks, Change change, const QString &text)
    : m_document(document)
    , m_tasks(std::move(tasks))
    , m_change(change)
{
    setText(text);
}

void AddRemoveTasksCommand::undo()
{
    apply(m_change == Change::Removed);
    m_applied = false;
}

void AddRemoveTasksCommand::redo()
{
    if (!m_applied)
        apply(m_change == Change::Added);
    m_applied = true;
}

void AddRemoveTasksCommand::apply(bool present)
{
    m_document->writeTaskPresence(m_tasks, present);
}

} // namespace Taizhang
