#include "plancommand.h"

#include "ledgerdocument.h"

#include <QCoreApplication>

namespace Taizhang {

PlanCommand::PlanCommand(LedgerDocument *document, Plan before, Plan after, QList<Task> tasksBefore, QList<Task> tasksAfter)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_tasksBefore(std::move(tasksBefore))
    , m_tasksAfter(std::move(tasksAfter))
{
    setText(QCoreApplication::translate("PlanCommand", "Edit plan \"%1\"").arg(m_after.title));
}

void PlanCommand::undo()
{
    m_document->writePlan(m_before, m_tasksBefore);
    m_applied = false;
}

void PlanCommand::redo()
{
    if (!m_applied)
        m_document->writePlan(m_after, m_tasksAfter);
    m_applied = true;
}

} // namespace Taizhang
