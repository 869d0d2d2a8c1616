#include "roundboard.h"

#include "storage/ledgerstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Taizhang {

RoundBoard RoundBoard::of(const LedgerStore &store, const ReportingRound &round, const QDate &today)
{
    RoundBoard board;
    board.round = round;
    board.today = today;
    QHash<QString, qsizetype> index;
    QHash<QString, QSet<qint64>> assigned;
    for (const RoundAssignment &a : round.assignments) {
        auto it = index.constFind(a.unit);
        if (it == index.cend()) {
            it = index.insert(a.unit, board.units.size());
            Unit unit;
            unit.name = a.unit;
            board.units.append(unit);
        }
        Unit &unit = board.units[*it];
        ++unit.tasks;
        unit.leads += a.role == ReportRole::Lead ? 1 : 0;
        assigned[a.unit].insert(a.taskId);
    }
    QHash<QString, QSet<qint64>> reported;
    for (const RoundReturn &r : store.roundReturns(round.id)) {
        const auto it = index.constFind(r.unit);
        if (it == index.cend())
            continue;
        Unit &unit = board.units[*it];
        if (!unit.returned.isValid() || r.returned < unit.returned)
            unit.returned = r.returned;
        if (!unit.lastReturned.isValid() || r.returned > unit.lastReturned)
            unit.lastReturned = r.returned;
        ++unit.returns;
        for (qint64 id : r.reportedTasks) {
            if (assigned.value(r.unit).contains(id))
                reported[r.unit].insert(id);
        }
    }
    for (Unit &unit : board.units) {
        unit.reported = int(reported.value(unit.name).size());
        unit.late = unit.missing() ? today > round.due : unit.returned > round.due;
        board.tasks += unit.tasks;
        board.reported += unit.reported;
        board.returned += unit.missing() ? 0 : 1;
        board.missing += unit.missing() ? 1 : 0;
        board.late += unit.late ? 1 : 0;
    }
    return board;
}

QList<RoundBoard::Unit> RoundBoard::missingUnits() const
{
    QList<Unit> missing;
    for (const Unit &unit : units) {
        if (unit.missing())
            missing.append(unit);
    }
    return missing;
}

QList<RoundBoard::Unit> RoundBoard::byWhatIsMissing() const
{
    QList<Unit> sorted = units;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Unit &a, const Unit &b) {
        if (a.missing() != b.missing())
            return a.missing();
        if (a.missing())
            return a.tasks > b.tasks;
        if (a.late != b.late)
            return a.late;
        return a.tasks - a.reported > b.tasks - b.reported;
    });
    return sorted;
}

} // namespace Taizhang
