#pragma once

#include "ledgerwriter.h"

#include <QUndoCommand>

namespace Taizhang {

// An undo step whose change the document applied already when it was pushed: the first redo()
// does nothing, and undo/redo apply it backward/forward through the writer, marked for the history.
class ReplayCommand : public QUndoCommand {
public:
    void undo() override
    {
        const LedgerWriter::Replay replay(m_writer, true);
        apply(false);
        m_applied = false;
    }
    void redo() override
    {
        if (m_applied)
            return;
        const LedgerWriter::Replay replay(m_writer, false);
        apply(true);
        m_applied = true;
    }

protected:
    explicit ReplayCommand(LedgerWriter *writer)
        : m_writer(writer)
    {
    }
    virtual void apply(bool forward) = 0;

    LedgerWriter *m_writer;

private:
    bool m_applied = true;
};

} // namespace Taizhang
