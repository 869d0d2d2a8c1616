#include "unitscores.h"

#include "storage/ledgerstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

QString ScoreScheme::id(Rule rule)
{
    switch (rule) {
    case LeadOnTime: return u"lead_on_time"_s;
    case CoOnTime: return u"co_on_time"_s;
    case Early: return u"early"_s;
    case LeadOverdue: return u"lead_overdue"_s;
    case CoOverdue: return u"co_overdue"_s;
    case MissedReport: return u"missed_report"_s;
    case LateReport: return u"late_report"_s;
    case Notice: return u"notice"_s;
    case RuleCount: break;
    }
    return {};
}

QString ScoreScheme::label(Rule rule)
{
    switch (rule) {
    case LeadOnTime: return tr("Finished on time (lead)");
    case CoOnTime: return tr("Finished on time (cooperating)");
    case Early: return tr("Finished early");
    case LeadOverdue: return tr("Overdue (lead)");
    case CoOverdue: return tr("Overdue (cooperating)");
    case MissedReport: return tr("Report missed");
    case LateReport: return tr("Report late");
    case Notice: return tr("Supervision notice");
    case RuleCount: break;
    }
    return {};
}

ScoreScheme ScoreScheme::load(const LedgerStore &store)
{
    ScoreScheme scheme;
    auto number = [&store](const QString &key, double fallback) {
        bool ok = false;
        const double value = store.setting(key).toDouble(&ok);
        return ok ? value : fallback;
    };
    scheme.base = number(u"score.base"_s, scheme.base);
    scheme.minimum = number(u"score.min"_s, scheme.minimum);
    scheme.maximum = number(u"score.max"_s, scheme.maximum);
    for (Rule rule : rules) {
        const QString value = store.setting(u"score."_s + id(rule));
        if (value == u"off")
            scheme.enabled[rule] = false;
        else
            scheme.points[rule] = number(u"score."_s + id(rule), scheme.points[rule]);
    }
    return scheme;
}

QList<std::pair<QString, QString>> ScoreScheme::values() const
{
    QList<std::pair<QString, QString>> values {{u"score.base"_s, QString::number(base)},
        {u"score.min"_s, QString::number(minimum)}, {u"score.max"_s, QString::number(maximum)}};
    for (Rule rule : rules)
        values.append({u"score."_s + id(rule), enabled[rule] ? QString::number(points[rule]) : u"off"_s});
    return values;
}

namespace {
bool within(const QDate &day, const QDate &from, const QDate &to)
{
    return day.isValid() && day >= from && day <= to;
}
} // namespace

UnitScores UnitScores::of(
    const LedgerStore &store, const ScoreScheme &scheme, const QDate &from, const QDate &to, const QDate &today)
{
    UnitScores scores;
    scores.from = from;
    scores.to = to;
    scores.scheme = scheme;
    QHash<QString, qsizetype> index;
    auto unitOf = [&](const QString &name) -> Unit & {
        auto it = index.constFind(name);
        if (it == index.cend()) {
            it = index.insert(name, scores.units.size());
            Unit unit;
            unit.name = name;
            scores.units.append(unit);
        }
        return scores.units[*it];
    };
    auto add = [&](const QString &unit, ScoreScheme::Rule rule, const QString &reason) {
        if (!scheme.enabled[rule])
            return;
        Unit &u = unitOf(unit);
        u.points.append({rule, scheme.points[rule], reason});
        u.byRule[rule] += scheme.points[rule];
    };

    QHash<qint64, QStringList> leads; // for notices
    QHash<qint64, QString> numbers;
    for (qint64 after = 0;;) {
        const QList<Task> page = store.taskPage(after, 2000);
        if (page.isEmpty())
            break;
        after = page.constLast().id;
        for (const Task &task : page) {
            for (const QString &u : task.leadUnits + task.coUnits)
                unitOf(u);
            leads.insert(task.id, task.leadUnits);
            numbers.insert(task.id, task.number);
            const QDate due = task.deadline.due;
            if (!due.isValid())
                continue; // 常态实施: neither on time nor overdue
            const bool finished = TaskStatuses::isFinished(task.status) && task.completed.isValid();
            if (finished && within(task.completed, from, to) && task.completed <= due) {
                const QString reason = tr("Task %1 finished on %2, due %3").arg(task.number, task.completed.toString(Qt::ISODate), due.toString(Qt::ISODate));
                for (const QString &u : task.leadUnits)
                    add(u, ScoreScheme::LeadOnTime, reason);
                for (const QString &u : task.coUnits)
                    add(u, ScoreScheme::CoOnTime, reason);
                if (task.completed < due) {
                    for (const QString &u : task.leadUnits)
                        add(u, ScoreScheme::Early, reason);
                }
            }
            // Overdue: finished after its day, or not finished and its day gone (today, not the period's end).
            const bool late = finished ? task.completed > due : due < today;
            if (within(due, from, to) && late) {
                const QString reason = finished
                    ? tr("Task %1 due %2, finished %3").arg(task.number, due.toString(Qt::ISODate), task.completed.toString(Qt::ISODate))
                    : tr("Task %1 due %2, not finished").arg(task.number, due.toString(Qt::ISODate));
                for (const QString &u : task.leadUnits)
                    add(u, ScoreScheme::LeadOverdue, reason);
                for (const QString &u : task.coUnits)
                    add(u, ScoreScheme::CoOverdue, reason);
            }
        }
    }

    for (const ReportingRound &round : store.rounds()) {
        if (!within(round.due, from, to))
            continue;
        QHash<QString, QDate> returned;
        for (const RoundReturn &r : store.roundReturns(round.id)) {
            if (!returned.contains(r.unit) || r.returned < returned.value(r.unit))
                returned.insert(r.unit, r.returned);
        }
        for (const QString &unit : round.units()) {
            if (!returned.contains(unit))
                add(unit, ScoreScheme::MissedReport, tr("Round %1: no sheet returned").arg(round.name));
            else if (returned.value(unit) > round.due)
                add(unit, ScoreScheme::LateReport,
                    tr("Round %1: returned %2, due %3").arg(round.name, returned.value(unit).toString(Qt::ISODate), round.due.toString(Qt::ISODate)));
        }
    }

    for (const LedgerStore::IssuedNotice &notice : store.noticesIssued(from, to)) {
        for (const QString &unit : leads.value(notice.taskId))
            add(unit, ScoreScheme::Notice,
                tr("Supervision notice on task %1, %2").arg(numbers.value(notice.taskId), notice.issued.toString(Qt::ISODate)));
    }

    // The ladder's 督办通知单 count as supervision notices too.
    for (const Escalation &e : store.escalations()) {
        if (e.level != EscalationLevel::Supervise || !within(e.issued, from, to))
            continue;
        for (const QString &unit : leads.value(e.taskId))
            add(unit, ScoreScheme::Notice,
                tr("Supervision notice on task %1, %2").arg(numbers.value(e.taskId), e.issued.toString(Qt::ISODate)));
    }

    for (Unit &unit : scores.units) {
        double total = scheme.base;
        for (ScoreScheme::Rule rule : ScoreScheme::rules)
            total += unit.byRule[rule];
        unit.score = std::clamp(total, scheme.minimum, scheme.maximum);
    }
    std::stable_sort(scores.units.begin(), scores.units.end(), [](const Unit &a, const Unit &b) {
        return a.score != b.score ? a.score > b.score : a.name < b.name;
    });
    for (qsizetype i = 0; i < scores.units.size(); ++i) {
        Unit &unit = scores.units[i];
        unit.rank = i > 0 && scores.units.at(i - 1).score == unit.score ? scores.units.at(i - 1).rank : int(i) + 1;
    }
    return scores;
}

} // namespace Taizhang
