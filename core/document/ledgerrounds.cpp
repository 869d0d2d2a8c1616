#include "ledgerrounds.h"

#include "collectreturnscommand.h"
#include "ledgerdocument.h"
#include "ledgerwriter.h"
#include "roundcommand.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QString ledgerIdKey = u"ledger.id"_s;
}

LedgerRounds::LedgerRounds(LedgerDocument &document)
    : m_document(document)
{
}

QList<ReportingRound> LedgerRounds::rounds() const
{
    return m_document.store().rounds();
}

std::optional<ReportingRound> LedgerRounds::round(qint64 roundId) const
{
    for (const ReportingRound &r : rounds()) {
        if (r.id == roundId)
            return r;
    }
    return std::nullopt;
}

std::optional<ReportingRound> LedgerRounds::roundNamed(const QString &name) const
{
    for (const ReportingRound &r : rounds()) {
        if (r.name == name.trimmed())
            return r;
    }
    return std::nullopt;
}

std::optional<ReportingRound> LedgerRounds::currentRound() const
{
    const QList<ReportingRound> all = rounds();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->isOpen())
            return *it;
    }
    return std::nullopt;
}

QString LedgerRounds::ledgerId() const
{
    return m_document.store().setting(ledgerIdKey);
}

QString LedgerRounds::scheduleKey()
{
    return u"rounds.schedule"_s;
}

qint64 LedgerRounds::openRound(ReportingRound round, const QString &schedule)
{
    round.name = round.name.trimmed();
    QString refusal;
    if (round.name.isEmpty())
        refusal = tr("A reporting round needs a name, such as 2024年6月.");
    else if (roundNamed(round.name))
        refusal = tr("There is already a reporting round named %1.").arg(round.name);
    else if (round.assignments.isEmpty())
        refusal = tr("No open task names a unit to report on it; the round %1 was not opened.").arg(round.name);
    else if (!round.due.isValid())
        refusal = tr("The reporting round %1 needs a due date.").arg(round.name);
    if (!refusal.isEmpty()) {
        m_document.refuse(refusal);
        return 0;
    }
    if (!round.opened.isValid())
        round.opened = m_document.clock().today();
    QList<std::pair<QString, QString>> settings;
    if (ledgerId().isEmpty())
        settings.append({ledgerIdKey, QUuid::createUuid().toString(QUuid::WithoutBraces)});
    if (!schedule.isEmpty() && schedule != m_document.store().setting(scheduleKey()))
        settings.append({scheduleKey(), schedule});
    if (!settings.isEmpty() && !m_document.report(m_document.m_store->setSettings(settings)))
        return 0;
    round.id = 0;
    if (!m_document.m_writer->writeRound(round, true))
        return 0;
    m_document.m_undoStack.push(new RoundCommand(m_document.m_writer.get(), round, RoundCommand::Change::Opened));
    return round.id;
}

bool LedgerRounds::closeRound(qint64 roundId)
{
    const std::optional<ReportingRound> r = round(roundId);
    if (!r || !r->isOpen())
        return m_document.refuse(tr("That reporting round is not open."));
    const QDate today = m_document.clock().today();
    if (!m_document.m_writer->writeRoundClosed(roundId, today))
        return false;
    m_document.m_undoStack.push(new RoundCommand(m_document.m_writer.get(), *r, RoundCommand::Change::Closed, today));
    return true;
}

bool LedgerRounds::reopenRound(qint64 roundId)
{
    const std::optional<ReportingRound> r = round(roundId);
    if (!r || r->isOpen())
        return m_document.refuse(tr("That reporting round is not closed."));
    if (!m_document.m_writer->writeRoundClosed(roundId, QDate()))
        return false;
    m_document.m_undoStack.push(
        new RoundCommand(m_document.m_writer.get(), *r, RoundCommand::Change::Reopened, r->closed));
    return true;
}

bool LedgerRounds::collect(CollectedReturns returns)
{
    if (returns.isEmpty())
        return m_document.refuse(tr("No returned sheet has anything to store."));
    for (const CollectedReturn &r : std::as_const(returns)) {
        const std::optional<ReportingRound> into = round(r.record.roundId);
        if (!into)
            return m_document.refuse(tr("The reporting round of these sheets is no longer in the ledger."));
        if (!into->isOpen())
            return m_document.refuse(
                tr("The reporting round %1 is closed; undo its closing to collect more sheets.").arg(into->name));
    }
    if (!m_document.m_writer->writeReturns(returns, true))
        return false;
    m_document.m_undoStack.push(new CollectReturnsCommand(m_document.m_writer.get(), std::move(returns)));
    return true;
}

} // namespace Taizhang
