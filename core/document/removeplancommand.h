#pragma once

#include "model/plan.h"
#include "model/section.h"
#include "model/task.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// A plan deleted with its sections and tasks, as one step; undo puts all of it back under the
// same ids, progress history included.
class RemovePlanCommand : public QUndoCommand {
public:
    // The document has already deleted the plan; the first redo() does nothing.
    RemovePlanCommand(LedgerWriter *writer, Plan plan, QList<Section> sections, QList<Task> tasks);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::RemovePlan); }

private:
    LedgerWriter *m_writer;
    Plan m_plan;
    QList<Section> m_sections;
    QList<Task> m_tasks;
    bool m_applied = true;
};

} // namespace Taizhang
