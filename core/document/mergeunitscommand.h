#pragma once

#include "model/task.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// A unit renamed, or merged into another, across the whole ledger: every task naming it names the
// other instead, and the old name becomes an alias, so later imports that write it land on the
// same unit. Undo removes the alias first, then restores the tasks, so the old name resolves to
// its own unit again.
class MergeUnitsCommand : public QUndoCommand {
public:
    // The document has already applied the merge; the first redo() does nothing.
    MergeUnitsCommand(LedgerWriter *writer, QString from, QString to, QList<Task> before, QList<Task> after);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::MergeUnits); }

private:
    LedgerWriter *m_writer;
    QString m_from;
    QString m_to;
    QList<Task> m_before;
    QList<Task> m_after;
    bool m_applied = true;
};

} // namespace Taizhang
