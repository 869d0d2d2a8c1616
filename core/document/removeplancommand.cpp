#include "removeplancommand.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

#include <QCoreApplication>

namespace Taizhang {

RemovePlanCommand::RemovePlanCommand(LedgerWriter *writer, Plan plan, QList<Section> sections, QList<Task> tasks)
    : m_writer(writer)
    , m_plan(std::move(plan))
    , m_sections(std::move(sections))
    , m_tasks(std::move(tasks))
{
    setText(QCoreApplication::translate("RemovePlanCommand", "Delete plan \"%1\"").arg(m_plan.title));
}

void RemovePlanCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    m_writer->writePlanPresence(m_plan, m_sections, m_tasks, true);
    m_applied = false;
}

void RemovePlanCommand::redo()
{
    const LedgerWriter::Replay replay(m_writer, false);
    if (!m_applied)
        m_writer->writePlanPresence(m_plan, m_sections, m_tasks, false);
    m_applied = true;
}

} // namespace Taizhang
