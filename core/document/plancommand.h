#pragma once

#include "model/plan.h"
#include "model/task.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// A plan's own fields changed, as one step; with a new year, the deadlines of its tasks that name
// no year of their own are read again in the same step.
class PlanCommand : public QUndoCommand {
public:
    // The document has already written `after`; the first redo() does nothing.
    PlanCommand(LedgerWriter *writer, Plan before, Plan after, QList<Task> tasksBefore, QList<Task> tasksAfter);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::Plan); }

private:
    LedgerWriter *m_writer;
    Plan m_before;
    Plan m_after;
    QList<Task> m_tasksBefore;
    QList<Task> m_tasksAfter;
    bool m_applied = true;
};

} // namespace Taizhang
