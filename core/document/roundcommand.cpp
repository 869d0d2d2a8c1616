#include "roundcommand.h"

#include "ledgerwriter.h"

#include <QCoreApplication>

namespace Taizhang {

RoundCommand::RoundCommand(LedgerWriter *writer, ReportingRound round, Change change, const QDate &closed)
    : ReplayCommand(writer)
    , m_round(std::move(round))
    , m_change(change)
    , m_closed(closed)
{
    switch (change) {
    case Change::Opened:
        setText(QCoreApplication::translate("RoundCommand", "Open reporting round %1").arg(m_round.name));
        break;
    case Change::Closed:
        setText(QCoreApplication::translate("RoundCommand", "Close reporting round %1").arg(m_round.name));
        break;
    case Change::Reopened:
        setText(QCoreApplication::translate("RoundCommand", "Reopen reporting round %1").arg(m_round.name));
        break;
    }
}

void RoundCommand::apply(bool forward)
{
    switch (m_change) {
    case Change::Opened: m_writer->writeRound(m_round, forward); break;
    case Change::Closed: m_writer->writeRoundClosed(m_round.id, forward ? m_closed : QDate()); break;
    case Change::Reopened: m_writer->writeRoundClosed(m_round.id, forward ? QDate() : m_closed); break;
    }
}

} // namespace Taizhang
