#include "collectreturnscommand.h"

#include "ledgerwriter.h"

#include <QCoreApplication>

namespace Taizhang {

CollectReturnsCommand::CollectReturnsCommand(LedgerWriter *writer, CollectedReturns returns)
    : ReplayCommand(writer)
    , m_returns(std::move(returns))
{
    setText(m_returns.size() == 1
            ? QCoreApplication::translate("CollectReturnsCommand", "Collect the sheet of %1").arg(m_returns.first().record.unit)
            : QCoreApplication::translate("CollectReturnsCommand", "Collect %n returned sheet(s)", nullptr, int(m_returns.size())));
}

void CollectReturnsCommand::apply(bool forward)
{
    m_writer->writeReturns(m_returns, forward);
}

} // namespace Taizhang
