#pragma once

#include "model/collectedreturns.h"
#include "model/reportinground.h"

#include <QCoreApplication>

#include <optional>

namespace Taizhang {

class LedgerDocument;

// The document's reporting rounds (填报): opening and closing them and storing what units return,
// each one undo step through the document's writer, refused with a message like every edit.
class LedgerRounds {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerRounds)

public:
    explicit LedgerRounds(LedgerDocument &document);

    QList<ReportingRound> rounds() const;
    std::optional<ReportingRound> round(qint64 roundId) const;
    std::optional<ReportingRound> roundNamed(const QString &name) const;
    // The open round most recently opened, if any.
    std::optional<ReportingRound> currentRound() const;

    // Opens `round` (its name, dates and assignments); its id, 0 when refused (a name already
    // used, nothing to report, a read-only ledger). A `schedule` given is kept as the office's
    // rhythm for proposing the next round (a preference: undoing the round leaves it).
    qint64 openRound(ReportingRound round, const QString &schedule = {});
    static QString scheduleKey(); // the ledger setting the rhythm is kept under
    bool closeRound(qint64 roundId);
    bool reopenRound(qint64 roundId);
    // Stores returned sheets as one step; refused whole when any part cannot be written.
    bool collect(CollectedReturns returns);

    // This ledger's identity on the sheets it sends, so a sheet of another ledger is told apart;
    // made the first time a round is opened.
    QString ledgerId() const;

private:
    LedgerDocument &m_document;
};

} // namespace Taizhang
