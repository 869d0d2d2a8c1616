#pragma once

#include "model/task.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// Tasks added (a new task, a duplicate) or deleted, as one step. The step keeps every task whole,
// progress history included, and puts it back under its own id, so the steps above this one
// still name the same tasks whatever the backend would hand out next.
class AddRemoveTasksCommand : public QUndoCommand {
public:
    enum class Change { Added, Removed };

    // The document has already made the change; the first redo() does nothing.
    AddRemoveTasksCommand(LedgerWriter *writer, QList<Task> tasks, Change change, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::AddRemoveTasks); }

private:
    void apply(bool present);

    LedgerWriter *m_writer;
    QList<Task> m_tasks;
    Change m_change;
    bool m_applied = true;
};

} // namespace Taizhang
