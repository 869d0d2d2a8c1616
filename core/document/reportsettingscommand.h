#pragma once

#include "report/reportsettings.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerWriter;

// The office's report settings changed (File → Report Settings): undo puts the old ones back.
class ReportSettingsCommand : public QUndoCommand {
public:
    // The document has already written `after`; the first redo() does nothing.
    ReportSettingsCommand(LedgerWriter *writer, ReportSettings before, ReportSettings after);

    void undo() override;
    void redo() override;

private:
    LedgerWriter *m_writer;
    ReportSettings m_before;
    ReportSettings m_after;
    bool m_applied = true;
};

} // namespace Taizhang
