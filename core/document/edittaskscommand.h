#pragma once

#include "model/task.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// A change of one field (or a few together, as a close-out's status and note) on one or more tasks.
// Undo and redo apply the step's own change (old → new, derived fields included) onto the task as
// it is now, and are refused, the step dropped, when someone changed those fields since.
class EditTasksCommand : public QUndoCommand {
public:
    // The document has already written `after`; the first redo() does nothing.
    EditTasksCommand(LedgerWriter *writer, QList<Task> before, QList<Task> after, TaskField field);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::EditTasks); }

private:
    LedgerWriter *m_writer;
    QList<Task> m_before;
    QList<Task> m_after;
    bool m_applied = true;
};

} // namespace Taizhang
