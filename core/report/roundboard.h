#pragma once

#include "model/reportinground.h"

#include <QList>

namespace Taizhang {

class LedgerStore;

// Where a round stands on a day: per unit, its tasks, how many it reported on, when its sheet
// came back (or that it is missing) and whether it was late; and the counts over all units.
struct RoundBoard {
    struct Unit {
        QString name;
        int tasks = 0;
        int leads = 0; // of which it leads
        int reported = 0; // tasks its returns reported on
        QDate returned; // the first return; invalid: missing
        QDate lastReturned;
        int returns = 0;
        bool late = false; // returned after the due date, or missing past it
        bool missing() const { return !returned.isValid(); }
    };
    ReportingRound round;
    QDate today;
    QList<Unit> units; // in the round's order
    int returned = 0;
    int missing = 0;
    int late = 0;
    int tasks = 0; // assignments
    int reported = 0;

    static RoundBoard of(const LedgerStore &store, const ReportingRound &round, const QDate &today);
    QList<Unit> missingUnits() const;
    // Missing first (most tasks first), then late, then the rest by name.
    QList<Unit> byWhatIsMissing() const;
};

} // namespace Taizhang
