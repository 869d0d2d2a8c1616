#pragma once

#include "model/reportinground.h"

#include <QCoreApplication>

namespace Taizhang {

class LedgerDocument;

// Who reports on what in a new round: every open task (or those given) by each of its lead units
// for the whole task and each cooperating unit for its own part, in ledger order.
class RoundPlanner {
public:
    struct Request {
        QString name;
        QDate due;
        QDate periodEnd; // invalid: the due date's month before
        QList<qint64> taskIds; // empty: every open task
        QStringList units; // empty: every unit named
    };
    static ReportingRound plan(const LedgerDocument &document, const Request &request);
};

// The office's rhythm of rounds (每月5日前报送上月进展): proposes the next round's name, period
// and due date from today and the rounds already opened.
struct RoundSchedule {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::RoundSchedule)

public:
    enum class Rhythm { Monthly, Quarterly };
    Rhythm rhythm = Rhythm::Monthly;
    int dueDay = 5; // returns due on this day of the month after the period

    struct Proposal {
        QString name; // 2024年6月, 2024年第二季度
        QDate periodEnd;
        QDate due;
    };
    // The first period ending on or after today's period start whose name is not taken.
    Proposal next(const QDate &today, const QStringList &takenNames) const;

    // As kept in the ledger's settings (LedgerRounds::scheduleKey): "monthly:5", "quarterly:10".
    QString toSetting() const;
    static RoundSchedule fromSetting(const QString &text);
};

} // namespace Taizhang
