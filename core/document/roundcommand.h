#pragma once

#include "model/reportinground.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// Opening a reporting round, or closing (and reopening) one. The round keeps its id across undo
// and redo, so the returns collected later still name it.
class RoundCommand : public QUndoCommand {
public:
    enum class Change { Opened, Closed, Reopened };

    // The document has already applied the change; the first redo() does nothing.
    RoundCommand(LedgerWriter *writer, ReportingRound round, Change change, const QDate &closed = {});

    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    LedgerWriter *m_writer;
    ReportingRound m_round;
    Change m_change;
    QDate m_closed;
    bool m_applied = true;
};

} // namespace Taizhang
