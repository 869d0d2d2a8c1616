#include "reportsettingscommand.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

namespace Taizhang {

ReportSettingsCommand::ReportSettingsCommand(LedgerWriter *writer, ReportSettings before, ReportSettings after)
    : m_writer(writer)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(LedgerDocument::tr("Change report settings"));
}

void ReportSettingsCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    m_writer->writeReportSettings(m_before);
    m_applied = false;
}

void ReportSettingsCommand::redo()
{
    if (m_applied)
        return;
    const LedgerWriter::Replay replay(m_writer, false);
    m_writer->writeReportSettings(m_after);
    m_applied = true;
}

} // namespace Taizhang
