#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Taizhang {

class LedgerStore;

// The office's scoring scheme (考核办法): a base and one amount per rule, each of which can be
// changed or switched off in the ledger's settings (score.<rule>: a number, or "off"). Defaults
// after published local schemes.
struct ScoreScheme {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ScoreScheme)

public:
    enum Rule { LeadOnTime, CoOnTime, Early, LeadOverdue, CoOverdue, MissedReport, LateReport, Notice, RuleCount };
    static constexpr Rule rules[]
        = {LeadOnTime, CoOnTime, Early, LeadOverdue, CoOverdue, MissedReport, LateReport, Notice};
    double base = 100;
    double minimum = 0;
    double maximum = 120;
    double points[RuleCount] = {2, 1, 0.5, -5, -2.5, -0.5, -0.1, -1};
    bool enabled[RuleCount] = {true, true, true, true, true, true, true, true};

    static QString id(Rule rule); // lead_on_time, co_on_time, early, lead_overdue, …
    static QString label(Rule rule); // 按期完成（牵头） …
    static ScoreScheme load(const LedgerStore &store);
    bool operator==(const ScoreScheme &) const = default;
    QList<std::pair<QString, QString>> values() const; // as setSettings takes them
};

// Every unit's score for a period, with each point's reason: the tasks it finished on time (within
// the period, by their completion day), finished early (the lead unit), let run overdue (due within
// the period, finished after it or not at all by today), the reporting rounds due in the period it missed or returned late, and the
// supervision notices (督办通知单) issued in it on tasks it leads; kept within the scheme's bounds.
struct UnitScores {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::UnitScores)

public:
    struct Point {
        ScoreScheme::Rule rule;
        double points = 0;
        QString reason; // "任务12 按期完成" …
    };
    struct Unit {
        QString name;
        double score = 0;
        double byRule[ScoreScheme::RuleCount] = {};
        QList<Point> points;
        int rank = 0;
    };
    QDate from;
    QDate to;
    ScoreScheme scheme;
    QList<Unit> units; // ranked: highest first, equal scores sharing a rank, then by name

    // `today` tells an unfinished task whose day is still to come from an overdue one.
    static UnitScores of(
        const LedgerStore &store, const ScoreScheme &scheme, const QDate &from, const QDate &to, const QDate &today);
};

} // namespace Taizhang
