#pragma once

#include "model/collectedreturns.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// Storing the sheets units returned: their progress entries, status changes and close-out
// requests, as one step.
class CollectReturnsCommand : public QUndoCommand {
public:
    // The document has already stored `returns` (with their ids); the first redo() does nothing.
    CollectReturnsCommand(LedgerWriter *writer, CollectedReturns returns);

    void undo() override;
    void redo() override;

private:
    LedgerWriter *m_writer;
    CollectedReturns m_returns;
    bool m_applied = true;
};

} // namespace Taizhang
