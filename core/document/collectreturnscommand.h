#pragma once

#include "model/collectedreturns.h"
#include "replaycommand.h"

namespace Taizhang {

// Storing the sheets units returned: their progress entries, status changes and close-out
// requests, as one step.
class CollectReturnsCommand : public ReplayCommand {
public:
    // The document has already stored `returns` (with their ids).
    CollectReturnsCommand(LedgerWriter *writer, CollectedReturns returns);

private:
    void apply(bool forward) override;

    CollectedReturns m_returns;
};

} // namespace Taizhang
