#include "closeoutcommand.h"

#include "ledgerwriter.h"

#include <QCoreApplication>

namespace Taizhang {

CloseOutCommand::CloseOutCommand(LedgerWriter *writer, CloseOutRequest request)
    : ReplayCommand(writer)
    , m_request(std::move(request))
{
    setText(QCoreApplication::translate("CloseOutCommand", "Request close-out"));
}

CloseOutCommand::CloseOutCommand(LedgerWriter *writer, CloseOutRequest decided, Task before, Task after)
    : ReplayCommand(writer)
    , m_request(std::move(decided))
    , m_decision(true)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_request.state == CloseOutRequest::State::Approved
            ? QCoreApplication::translate("CloseOutCommand", "Approve close-out")
            : QCoreApplication::translate("CloseOutCommand", "Return close-out request"));
}

void CloseOutCommand::apply(bool forward)
{
    if (m_decision)
        m_writer->writeCloseOutDecision(m_request, m_before, m_after, forward);
    else
        m_writer->writeCloseOutRequest(m_request, forward);
}

} // namespace Taizhang
