#pragma once

#include "model/progressentry.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// Adding or removing one progress entry (one class: each is the undo of the other); the entry keeps its id across undo
// and redo.
class ProgressCommand : public QUndoCommand {
public:
    enum class Action { Add, Remove };

    // The document has already applied the action; the first redo() does nothing.
    ProgressCommand(LedgerWriter *writer, qint64 taskId, ProgressEntry entry, Action action);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::Progress); }

private:
    LedgerWriter *m_writer;
    qint64 m_taskId;
    ProgressEntry m_entry;
    Action m_action;
    bool m_applied = true;
};

} // namespace Taizhang
