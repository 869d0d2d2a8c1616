#pragma once

#include "model/reportinground.h"
#include "replaycommand.h"

namespace Taizhang {

// Opening a reporting round, or closing (and reopening) one. The round keeps its id across undo
// and redo, so the returns collected later still name it.
class RoundCommand : public ReplayCommand {
public:
    enum class Change { Opened, Closed, Reopened };

    // The document has already applied the change.
    RoundCommand(LedgerWriter *writer, ReportingRound round, Change change, const QDate &closed = {});

private:
    void apply(bool forward) override;

    ReportingRound m_round;
    Change m_change;
    QDate m_closed;
};

} // namespace Taizhang
