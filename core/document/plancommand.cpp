#include "plancommand.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

#include <QCoreApplication>

namespace Taizhang {

PlanCommand::PlanCommand(LedgerWriter *writer, Plan before, Plan after, QList<Task> tasksBefore, QList<Task> tasksAfter)
    : m_writer(writer)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_tasksBefore(std::move(tasksBefore))
    , m_tasksAfter(std::move(tasksAfter))
{
    setText(QCoreApplication::translate("PlanCommand", "Edit plan \"%1\"").arg(m_after.title));
}

void PlanCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    m_writer->writePlan(m_before, m_tasksBefore);
    m_applied = false;
}

void PlanCommand::redo()
{
    const LedgerWriter::Replay replay(m_writer, false);
    if (!m_applied)
        m_writer->writePlan(m_after, m_tasksAfter);
    m_applied = true;
}

} // namespace Taizhang
