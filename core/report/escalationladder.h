#pragma once

#include "model/escalation.h"
#include "model/task.h"

#include <QCoreApplication>
#include <QList>

namespace Taizhang {

class LedgerStore;

// When each rung of the ladder is due, as the office sets it (ledger settings escalation.*),
// defaults after common local practice: 提醒 7 days before the day, 催办单 the day after it (or when
// the lead unit missed a reporting round), 督办通知单 when a 催办单's reply date passed unanswered or
// 15 days overdue (a second when the first went unanswered), 通报 at 30 days overdue, 约谈 after two
// unanswered 督办通知单. A progress report after a notice answers it, and an answered task stops
// climbing. Each notice asks for a reply within the report settings' reply days.
struct EscalationRules {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::EscalationRules)

public:
    int reminderDays = 7; // 0: no reminders
    int urgeAfterDays = 1;
    bool urgeOnMissedRound = true;
    int superviseAfterDays = 15;
    int bulletinAfterDays = 30;
    int interviewAfterSupervisions = 2;

    static EscalationRules load(const LedgerStore &store);
    bool operator==(const EscalationRules &) const = default;
    QList<std::pair<QString, QString>> values() const;
    // The notice's number: 催办〔2024〕12号.
    static QString number(const Escalation &notice);
};

// What the ladder asks the office to issue today: at most one notice a task, the highest rung due.
struct DueEscalation {
    Task task;
    EscalationLevel level = EscalationLevel::Reminder;
    int daysOverdue = 0; // negative: days left
    QString reason;
};

class EscalationLadder {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::EscalationLadder)

public:
    static QList<DueEscalation> due(const LedgerStore &store, const EscalationRules &rules, const QDate &today);
    // A progress report dated after the notice.
    static bool answered(const Task &task, const Escalation &notice);
};

} // namespace Taizhang
