#include "reportsettingscommand.h"

#include "ledgerdocument.h"

namespace Taizhang {

ReportSettingsCommand::ReportSettingsCommand(LedgerDocument *document, ReportSettings before, ReportSettings after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(LedgerDocument::tr("Change report settings"));
}

void ReportSettingsCommand::undo()
{
    m_document->writeReportSettings(m_before);
    m_applied = false;
}

void ReportSettingsCommand::redo()
{
    if (m_applied)
        return;
    m_document->writeReportSettings(m_after);
    m_applied = true;
}

} // namespace Taizhang
