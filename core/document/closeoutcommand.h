#pragma once

#include "model/reportinground.h"
#include "model/task.h"
#include "replaycommand.h"

namespace Taizhang {

// A close-out request recorded (with its evidence), or decided (with the task's status): one step.
// The request keeps its id, and its evidence theirs, across undo and redo.
class CloseOutCommand : public ReplayCommand {
public:
    // The document has already applied the change.
    // A request recorded:
    CloseOutCommand(LedgerWriter *writer, CloseOutRequest request);
    // A decision on it, moving the task from `before` to `after`:
    CloseOutCommand(LedgerWriter *writer, CloseOutRequest decided, Task before, Task after);

private:
    void apply(bool forward) override;

    CloseOutRequest m_request;
    bool m_decision = false;
    Task m_before;
    Task m_after;
};

} // namespace Taizhang
