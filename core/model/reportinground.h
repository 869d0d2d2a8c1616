#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Taizhang {

// Who reports on a task in a round: its lead unit for the whole task, a cooperating unit for its part.
enum class ReportRole { Lead, Cooperating };

struct RoundAssignment {
    qint64 taskId = 0;
    QString unit;
    ReportRole role = ReportRole::Lead;
    bool operator==(const RoundAssignment &) const = default;
};

// One reporting round (填报轮次, "2024年6月"): the period it covers, when returns are due, and who
// reports on which task. Kept in the ledger; closed when the office is done collecting.
struct ReportingRound {
    qint64 id = 0;
    QString name;
    QDate periodEnd;
    QDate due;
    QDate opened;
    QDate closed; // invalid while open
    QList<RoundAssignment> assignments; // in ledger order

    bool isOpen() const { return !closed.isValid(); }
    // The units that report, in the order they first appear.
    QStringList units() const
    {
        QStringList names;
        QSet<QString> seen;
        for (const RoundAssignment &a : assignments) {
            if (!seen.contains(a.unit)) {
                seen.insert(a.unit);
                names.append(a.unit);
            }
        }
        return names;
    }
    QList<RoundAssignment> assignmentsOf(const QString &unit) const
    {
        QList<RoundAssignment> mine;
        for (const RoundAssignment &a : assignments) {
            if (a.unit == unit)
                mine.append(a);
        }
        return mine;
    }
    bool operator==(const ReportingRound &) const = default;
};

// One unit's sheet as collected: when, from which file, and the tasks it reported on.
struct RoundReturn {
    qint64 id = 0;
    qint64 roundId = 0;
    QString unit;
    QDate returned;
    QString fileName;
    QList<qint64> reportedTasks;
    bool operator==(const RoundReturn &) const = default;
};

// A unit asking for a task to be closed (申请销号), recorded for the office to approve.
struct CloseOutRequest {
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 roundId = 0; // 0: not from a round
    QString unit;
    QDate requested;
    QString note;
    bool operator==(const CloseOutRequest &) const = default;
};

} // namespace Taizhang
