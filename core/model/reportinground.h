#pragma once

#include <QByteArray>
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

// A file a unit sends to prove a task done, kept inside the ledger. `data` is loaded only when the
// file is opened or saved; lists carry the rest.
struct Evidence {
    qint64 id = 0;
    QString name; // as the unit named it
    qint64 size = 0;
    QString sha256; // hex
    QString type; // what its content is, not its name: application/pdf, image/png …
    QByteArray data;
    bool operator==(const Evidence &) const = default;
};

// A unit asking for a task to be closed (申请销号), with its note and evidence, and the office's
// decision: approved (the task 已销号) or returned with a reason (back to 推进中).
struct CloseOutRequest {
    enum class State { Pending, Approved, Returned };
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 roundId = 0; // 0: not from a round
    QString unit;
    QDate requested;
    QString note;
    QList<Evidence> evidence;
    State state = State::Pending;
    QDate decided;
    QString decidedBy;
    QString decisionNote; // the reason when returned
    bool operator==(const CloseOutRequest &) const = default;
};

} // namespace Taizhang
