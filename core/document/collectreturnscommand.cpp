#include "collectreturnscommand.h"

#include "ledgerwriter.h"

#include <QCoreApplication>

namespace Taizhang {

CollectReturnsCommand::CollectReturnsCommand(LedgerWriter *writer, CollectedReturns returns)
    : m_writer(writer)
    , m_returns(std::move(returns))
{
    setText(m_returns.size() == 1
            ? QCoreApplication::translate("CollectReturnsCommand", "Collect the sheet of %1").arg(m_returns.first().record.unit)
            : QCoreApplication::translate("CollectReturnsCommand", "Collect %n returned sheet(s)", nullptr, int(m_returns.size())));
}

void CollectReturnsCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    m_writer->writeReturns(m_returns, false);
    m_applied = false;
}

void CollectReturnsCommand::redo()
{
    if (m_applied)
        return;
    const LedgerWriter::Replay replay(m_writer, false);
    m_writer->writeReturns(m_returns, true);
    m_applied = true;
}

} // namespace Taizhang
