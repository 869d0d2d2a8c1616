#include "escalationladder.h"

#include "storage/ledgerstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Taizhang {

EscalationRules EscalationRules::load(const LedgerStore &store)
{
    EscalationRules rules;
    auto number = [&store](const QString &key, int fallback) {
        bool ok = false;
        const int value = store.setting(u"escalation."_s + key).toInt(&ok);
        return ok && value >= 0 && value <= 3650 ? value : fallback;
    };
    rules.reminderDays = number(u"reminderDays"_s, rules.reminderDays);
    rules.urgeAfterDays = number(u"urgeAfterDays"_s, rules.urgeAfterDays);
    rules.urgeOnMissedRound = store.setting(u"escalation.urgeOnMissedRound"_s, u"1"_s) != u"0";
    rules.superviseAfterDays = number(u"superviseAfterDays"_s, rules.superviseAfterDays);
    rules.bulletinAfterDays = number(u"bulletinAfterDays"_s, rules.bulletinAfterDays);
    rules.interviewAfterSupervisions = std::max(1, number(u"interviewAfterSupervisions"_s, rules.interviewAfterSupervisions));
    return rules;
}

QList<std::pair<QString, QString>> EscalationRules::values() const
{
    return {{u"escalation.reminderDays"_s, QString::number(reminderDays)},
        {u"escalation.urgeAfterDays"_s, QString::number(urgeAfterDays)},
        {u"escalation.urgeOnMissedRound"_s, urgeOnMissedRound ? u"1"_s : u"0"_s},
        {u"escalation.superviseAfterDays"_s, QString::number(superviseAfterDays)},
        {u"escalation.bulletinAfterDays"_s, QString::number(bulletinAfterDays)},
        {u"escalation.interviewAfterSupervisions"_s, QString::number(interviewAfterSupervisions)}};
}

QString EscalationRules::number(const Escalation &notice)
{
    QString prefix;
    switch (notice.level) {
    case EscalationLevel::Reminder: prefix = tr("Reminder"); break;
    case EscalationLevel::Urge: prefix = tr("Urge"); break;
    case EscalationLevel::Supervise: prefix = tr("Supervise"); break;
    case EscalationLevel::Bulletin: prefix = tr("Bulletin"); break;
    case EscalationLevel::Interview: prefix = tr("Interview"); break;
    }
    return tr("%1 [%2] No. %3").arg(prefix).arg(notice.year).arg(notice.serial);
}

bool EscalationLadder::answered(const Task &task, const Escalation &notice)
{
    for (const ProgressEntry &entry : task.progress) {
        if (entry.date > notice.issued)
            return true;
    }
    return false;
}

QList<DueEscalation> EscalationLadder::due(const LedgerStore &store, const EscalationRules &rules, const QDate &today)
{
    QHash<qint64, QList<Escalation>> issued;
    for (const Escalation &e : store.escalations())
        issued[e.taskId].append(e);
    // Tasks whose unit let a reporting round pass without its sheet.
    QHash<qint64, QString> missedRound;
    if (rules.urgeOnMissedRound) {
        for (const ReportingRound &round : store.rounds()) {
            if (!(round.due < today))
                continue;
            QSet<QString> returned;
            for (const RoundReturn &r : store.roundReturns(round.id))
                returned.insert(r.unit);
            for (const RoundAssignment &a : round.assignments) {
                if (a.role == ReportRole::Lead && !returned.contains(a.unit))
                    missedRound.insert(a.taskId, round.name);
            }
        }
    }

    QList<DueEscalation> due;
    for (qint64 after = 0;;) {
        const QList<Task> page = store.taskPage(after, 500, LedgerStore::Detail::Full);
        if (page.isEmpty())
            break;
        after = page.constLast().id;
        for (const Task &task : page) {
            if (TaskStatuses::isFinished(task.status) || !task.deadline.due.isValid())
                continue;
            const QList<Escalation> mine = issued.value(task.id);
            if (!mine.isEmpty() && (mine.constLast().issued == today || answered(task, mine.constLast())))
                continue; // one a day; an answered notice stops the climb
            auto count = [&mine](EscalationLevel level) {
                return int(std::count_if(mine.cbegin(), mine.cend(), [level](const Escalation &e) { return e.level == level; }));
            };
            auto last = [&mine](EscalationLevel level) {
                for (auto it = mine.crbegin(); it != mine.crend(); ++it) {
                    if (it->level == level)
                        return *it;
                }
                return Escalation {};
            };
            const int days = int(task.deadline.due.daysTo(today));
            const int supervisions = count(EscalationLevel::Supervise);
            std::optional<std::pair<EscalationLevel, QString>> next;
            if (supervisions >= rules.interviewAfterSupervisions && !count(EscalationLevel::Interview)
                && last(EscalationLevel::Supervise).replyBy < today)
                next = {EscalationLevel::Interview, tr("%n supervision notice(s) went unanswered", nullptr, supervisions)};
            else if (days >= rules.bulletinAfterDays && !count(EscalationLevel::Bulletin))
                next = {EscalationLevel::Bulletin, tr("%n day(s) overdue", nullptr, days)};
            else if (supervisions > 0 && supervisions < rules.interviewAfterSupervisions
                && last(EscalationLevel::Supervise).replyBy < today)
                next = {EscalationLevel::Supervise, tr("the supervision notice of %1 went unanswered")
                                                        .arg(last(EscalationLevel::Supervise).issued.toString(Qt::ISODate))};
            else if (supervisions == 0 && count(EscalationLevel::Urge) && last(EscalationLevel::Urge).replyBy < today)
                next = {EscalationLevel::Supervise, tr("the urging notice of %1 went unanswered")
                                                        .arg(last(EscalationLevel::Urge).issued.toString(Qt::ISODate))};
            else if (supervisions == 0 && days >= rules.superviseAfterDays)
                next = {EscalationLevel::Supervise, tr("%n day(s) overdue", nullptr, days)};
            else if (!count(EscalationLevel::Urge) && days >= rules.urgeAfterDays)
                next = {EscalationLevel::Urge, tr("%n day(s) overdue", nullptr, days)};
            else if (!count(EscalationLevel::Urge) && missedRound.contains(task.id))
                next = {EscalationLevel::Urge, tr("no sheet returned in the round %1").arg(missedRound.value(task.id))};
            else if (mine.isEmpty() && rules.reminderDays > 0 && days < 0 && -days <= rules.reminderDays)
                next = {EscalationLevel::Reminder, tr("due in %n day(s)", nullptr, -days)};
            if (next)
                due.append({task, next->first, days, next->second});
        }
    }
    return due;
}

} // namespace Taizhang
