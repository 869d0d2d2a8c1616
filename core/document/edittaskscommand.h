#pragma once

#include "model/task.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerDocument;

// A change of one field on one or more tasks, kept as whole before/after snapshots so undo
// restores derived fields (due date, milestones) exactly as they were.
class EditTasksCommand : public QUndoCommand {
public:
    // The document has already written `after`; the first redo() does nothing.
    EditTasksCommand(LedgerDocument *document, QList<Task> before, QList<Task> after, TaskField field);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::EditTasks); }

private:
    LedgerDocument *m_document;
    QList<Task> m_before;
    QList<Task> m_after;
    bool m_applied = true;
};

} // namespace Taizhang
