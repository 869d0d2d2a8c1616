// The writes the undo commands apply, each with the history rows that say what it changed, in one
// transaction. Just past 500 lines because every kind of write (tasks, progress, imports, units,
// sections, plans, rounds, returns, close-outs, notices) records its own history here, in one place.
#include "ledgerwriter.h"

#include "ledgerdocument.h"
#include "ledgeroutline.h"
#include "taskfieldchange.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
// The tasks `to` describes, with the fields in which `from` and `to` differ set as `to` has them
// on the tasks as they are now. `blocked` names the task in the way when one is gone or no longer
// holds `from`'s value in such a field.
struct Carried {
    QList<Task> tasks;
    QString blocked;
    bool gone = false;
};

Carried carried(const LedgerStore &store, const QList<Task> &from, const QList<Task> &to)
{
    Carried result;
    for (qsizetype i = 0; i < from.size() && i < to.size(); ++i) {
        std::optional<Task> current = store.task(from.at(i).id);
        if (!current) {
            result.blocked = from.at(i).number;
            result.gone = true;
            return result;
        }
        for (TaskField field : TaskFieldChange::changedFields(from.at(i), to.at(i))) {
            if (!TaskFieldChange::sameField(*current, from.at(i), field)) {
                result.blocked = current->number;
                return result;
            }
            *current = TaskFieldChange::carry(*current, to.at(i), field);
        }
        result.tasks.append(*current);
    }
    return result;
}
} // namespace

LedgerWriter::LedgerWriter(LedgerDocument &document)
    : m_document(document)
{
}

LedgerStore &LedgerWriter::store()
{
    return *m_document.m_store;
}

LedgerWriter::Replay::Replay(LedgerWriter *writer, bool undo)
    : m_writer(writer)
    , m_previous(writer->m_replay)
{
    writer->m_replay = undo ? u"undo"_s : u"redo"_s;
}

LedgerWriter::Replay::~Replay()
{
    m_writer->m_replay = m_previous;
}

QString LedgerWriter::action(const QString &normal) const
{
    return m_replay.isEmpty() ? normal : m_replay;
}

HistoryEntry LedgerWriter::change(
    qint64 taskId, const QString &field, const QString &oldValue, const QString &newValue, const QString &action) const
{
    return {0, QDateTime::currentDateTimeUtc(), m_document.author(), taskId, field, oldValue, newValue, action};
}

bool LedgerWriter::record(const QList<HistoryEntry> &entries)
{
    return store().appendHistory(entries);
}

bool LedgerWriter::saveTasks(const QList<Task> &tasks, const QString &action)
{
    QList<qint64> ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    QHash<qint64, Task> before;
    for (const Task &task : LedgerOutline(store()).tasksByIds(ids))
        before.insert(task.id, task);
    QList<HistoryEntry> entries;
    for (const Task &task : tasks) {
        const auto old = before.constFind(task.id);
        if (old == before.cend())
            continue;
        for (TaskField field : TaskFieldChange::changedFields(*old, task))
            entries.append(change(task.id, TaskFieldChange::fieldId(field), TaskFieldChange::text(*old, field),
                TaskFieldChange::text(task, field), action));
    }
    return store().transaction([&] { return store().saveTasks(tasks) && record(entries); });
}

bool LedgerWriter::recordEscalations(const QList<Escalation> &notices)
{
    QList<HistoryEntry> entries;
    for (const Escalation &n : notices)
        entries.append(change(n.taskId, u"notice"_s, {},
            u"%1 %2-%3 %4"_s.arg(EscalationLevels::id(n.level)).arg(n.year).arg(n.serial).arg(n.issued.toString(Qt::ISODate)),
            u"notice"_s));
    return record(entries);
}

bool LedgerWriter::recordSkippedNotice(qint64 taskId, EscalationLevel level, const QString &reason)
{
    return record({change(taskId, u"notice"_s, EscalationLevels::id(level), reason, u"skip"_s)});
}

bool LedgerWriter::recordNotices(const QList<LedgerStore::IssuedNotice> &notices)
{
    QList<HistoryEntry> entries;
    for (const LedgerStore::IssuedNotice &n : notices)
        entries.append(change(n.taskId, u"notice"_s, {}, u"%1-%2 %3"_s.arg(n.year).arg(n.serial).arg(n.issued.toString(Qt::ISODate)),
            u"notice"_s));
    return record(entries);
}

bool LedgerWriter::writeChange(const QList<Task> &from, const QList<Task> &to)
{
    const Carried changed = carried(store(), from, to);
    if (changed.gone)
        return m_document.refuse(
            LedgerDocument::tr("Task %1 is no longer in the ledger; the step cannot be undone or redone.")
                .arg(changed.blocked));
    if (!changed.blocked.isEmpty())
        return m_document.refuse(
            LedgerDocument::tr("Task %1 was changed since this step; the step is dropped and the newer "
                               "change kept.")
                .arg(changed.blocked));
    return writeTasks(changed.tasks);
}

bool LedgerWriter::writeTasks(const QList<Task> &tasks)
{
    if (!m_document.report(saveTasks(tasks, action(u"edit"_s))))
        return false;
    QList<qint64> ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    emit m_document.tasksChanged(ids);
    return true;
}

bool LedgerWriter::writeProgress(qint64 taskId, const ProgressEntry &entry, bool present)
{
    const HistoryEntry row = present ? change(taskId, u"progress"_s, {}, entry.text, action(u"progress"_s))
                                     : change(taskId, u"progress"_s, entry.text, {}, action(u"progress"_s));
    const bool ok = store().transaction([&] {
        return (present ? store().restoreProgress(taskId, entry) : store().removeProgress(entry.id)) && record({row});
    });
    if (!m_document.report(ok))
        return false;
    emit m_document.tasksChanged({taskId});
    return true;
}

qint64 LedgerWriter::writeNewProgress(qint64 taskId, const ProgressEntry &entry)
{
    qint64 id = 0;
    const bool ok = store().transaction([&] {
        return (id = store().addProgress(taskId, entry)) != 0
            && record({change(taskId, u"progress"_s, {}, entry.text, action(u"progress"_s))});
    });
    return m_document.report(ok) ? id : 0;
}

QList<qint64> LedgerWriter::writeNewTasks(const QList<Task> &tasks)
{
    QList<qint64> ids;
    const bool ok = store().transaction([&] {
        ids = store().insertTasks(tasks);
        if (ids.size() != tasks.size())
            return false;
        QList<HistoryEntry> rows;
        for (qsizetype i = 0; i < tasks.size(); ++i)
            rows.append(change(ids.at(i), u"task"_s, {},
                u"%1 %2"_s.arg(TaskFieldChange::text(tasks.at(i), TaskField::Number), tasks.at(i).title), action(u"add"_s)));
        return record(rows);
    });
    return m_document.report(ok) ? ids : QList<qint64> {};
}

bool LedgerWriter::writeDraft(const ImportDraft &draft, LedgerStore::InsertedRows *inserted)
{
    QList<HistoryEntry> rows;
    for (const DraftPlan &plan : draft.plans)
        rows.append(change(0, u"plan"_s, {}, plan.plan.title, action(u"import"_s)));
    if (!m_document.report(store().transaction([&] { return !store().insertDraft(draft, inserted).isEmpty() && record(rows); })))
        return false;
    m_document.reloadPlans();
    emit m_document.tasksReset();
    return true;
}

std::optional<LedgerStore::ImportedRows> LedgerWriter::eraseImport(const LedgerStore::InsertedRows &inserted)
{
    // Read back whole first: a redo puts these rows back under their ids.
    LedgerStore::ImportedRows rows;
    for (const Plan &plan : store().plans()) {
        if (inserted.newPlans.contains(plan.id))
            rows.plans.append(plan);
    }
    QHash<qint64, Section> sections;
    for (const Section &section : store().sections())
        sections.insert(section.id, section);
    for (qint64 id : inserted.sections) {
        if (sections.contains(id))
            rows.sections.append(sections.value(id));
    }
    rows.tasks = LedgerOutline(store()).tasksByIds(inserted.tasks);
    QList<HistoryEntry> history;
    for (const Plan &plan : rows.plans)
        history.append(change(0, u"plan"_s, plan.title, {}, action(u"import"_s)));
    if (!withHistory([&] { return store().deleteInserted(inserted); }, history))
        return std::nullopt;
    m_document.reloadPlans();
    emit m_document.tasksReset();
    return rows;
}

bool LedgerWriter::restoreImport(const LedgerStore::ImportedRows &rows)
{
    QList<HistoryEntry> history;
    for (const Plan &plan : rows.plans)
        history.append(change(0, u"plan"_s, {}, plan.title, action(u"import"_s)));
    if (!withHistory([&] { return store().restoreImported(rows); }, history))
        return false;
    m_document.reloadPlans();
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writeUnitMerge(const QString &from, const QString &to, const QList<Task> &tasks, bool merged)
{
    // The alias and the tasks that name the unit change together, or neither does.
    const bool ok = store().transaction([&] {
        return (merged ? store().setUnitAlias(from, to) : store().removeUnitAlias(from))
            && saveTasks(tasks, action(u"merge"_s));
    });
    if (!m_document.report(ok))
        return false;
    QList<qint64> ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    emit m_document.tasksChanged(ids);
    emit m_document.unitsChanged();
    return true;
}

bool LedgerWriter::withHistory(const std::function<bool()> &write, const QList<HistoryEntry> &rows)
{
    return m_document.report(store().transaction([&] { return write() && record(rows); }));
}

bool LedgerWriter::writeReportSettings(const ReportSettings &settings)
{
    const QList<std::pair<QString, QString>> values = settings.values();
    QHash<QString, QString> before; // as they read now, defaults included: only real changes are history
    for (const auto &[key, value] : ReportSettings::load(store()).values())
        before.insert(key, value);
    QList<HistoryEntry> rows;
    for (const auto &[key, value] : values) {
        if (before.value(key) != value)
            rows.append(change(0, u"setting:"_s + key, before.value(key), value, action(u"settings"_s)));
    }
    return withHistory([&] { return store().setSettings(values); }, rows);
}

qint64 LedgerWriter::writeNewSection(const Section &section)
{
    qint64 id = 0;
    withHistory([&] { return (id = store().insertSection(section)) != 0; },
        {change(0, u"section"_s, {}, section.displayName(), action(u"add"_s))});
    return id;
}

bool LedgerWriter::writeTaskPresence(const QList<Task> &tasks, bool present)
{
    QList<qint64> ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    QList<HistoryEntry> rows;
    for (const Task &task : tasks) {
        const QString what = u"%1 %2"_s.arg(TaskFieldChange::text(task, TaskField::Number), task.title);
        rows.append(present ? change(task.id, u"task"_s, {}, what, action(u"add"_s))
                            : change(task.id, u"task"_s, what, {}, action(u"delete"_s)));
    }
    const bool ok = store().transaction([&] {
        if (present) {
            const QList<qint64> added = store().insertTasks(tasks);
            if (added.size() != tasks.size())
                return false;
            for (qsizetype i = 0; i < rows.size(); ++i)
                rows[i].taskId = added.at(i);
        } else if (!store().deleteTasks(ids)) {
            return false;
        }
        return record(rows);
    });
    if (!m_document.report(ok))
        return false;
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writePlan(const Plan &plan, const QList<Task> &tasks)
{
    // The plan's own fields, and the deadlines its year re-read with their history, as one.
    if (!m_document.report(store().transaction([&] { return store().savePlan(plan) && saveTasks(tasks, action(u"plan"_s)); })))
        return false;
    m_document.reloadPlans();
    emit m_document.plansChanged();
    if (!tasks.isEmpty()) {
        QList<qint64> ids;
        for (const Task &task : tasks)
            ids.append(task.id);
        emit m_document.tasksChanged(ids);
    }
    return true;
}

bool LedgerWriter::writeSections(const QList<Section> &sections)
{
    QHash<qint64, Section> before;
    for (const Section &s : store().sections())
        before.insert(s.id, s);
    QList<HistoryEntry> rows;
    for (const Section &s : sections) {
        const Section old = before.value(s.id);
        if (old.displayName() != s.displayName() || old.position != s.position || old.parentId != s.parentId)
            rows.append(change(0, u"section"_s, old.displayName(), s.displayName(), action(u"sections"_s)));
    }
    if (!withHistory([&] { return store().saveSections(sections); }, rows))
        return false;
    emit m_document.plansChanged();
    emit m_document.tasksReset(); // the table shows section names and orders by them
    return true;
}

bool LedgerWriter::writeSectionRemoval(const Section &section, qint64 moveTasksTo)
{
    if (!withHistory([&] { return store().deleteSection(section.id, moveTasksTo); },
            {change(0, u"section"_s, section.displayName(), {}, action(u"delete"_s))}))
        return false;
    emit m_document.plansChanged();
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writeSectionRestore(const Section &section, const QList<qint64> &taskIds)
{
    if (!withHistory([&] { return store().restoreSection(section, taskIds); },
            {change(0, u"section"_s, {}, section.displayName(), action(u"add"_s))}))
        return false;
    emit m_document.plansChanged();
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writePlanPresence(
    const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks, bool present)
{
    const HistoryEntry row = present ? change(0, u"plan"_s, {}, plan.title, action(u"add"_s))
                                     : change(0, u"plan"_s, plan.title, {}, action(u"delete"_s));
    if (!withHistory([&] { return present ? store().restorePlan(plan, sections, tasks) : store().deletePlans({plan.id}); },
            {row}))
        return false;
    m_document.reloadPlans();
    emit m_document.plansChanged();
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writeRound(ReportingRound &round, bool present)
{
    const HistoryEntry row = present ? change(0, u"round"_s, {}, round.name, action(u"round"_s))
                                     : change(0, u"round"_s, round.name, {}, action(u"round"_s));
    qint64 id = round.id;
    if (!withHistory([&] { return present ? (id = store().insertRound(round)) != 0 : store().deleteRound(round.id); }, {row}))
        return false;
    round.id = id;
    emit m_document.roundsChanged();
    return true;
}

bool LedgerWriter::writeRoundClosed(qint64 roundId, const QDate &closed)
{
    if (!withHistory([&] { return store().setRoundClosed(roundId, closed); },
            {change(0, u"round"_s, {}, closed.isValid() ? u"closed %1"_s.arg(closed.toString(Qt::ISODate)) : u"open"_s,
                action(u"round"_s))}))
        return false;
    emit m_document.roundsChanged();
    return true;
}


bool LedgerWriter::writeReturns(CollectedReturns &returns, bool present)
{
    CollectedReturns written = returns; // ids handed out in a transaction that fails name nothing
    QString blocked;
    QList<qint64> touched;
    const bool ok = store().transaction([&] {
        for (CollectedReturn &r : written) {
            const Carried tasks = present ? carried(store(), r.before, r.after) : carried(store(), r.after, r.before);
            if (!tasks.blocked.isEmpty()) {
                blocked = tasks.blocked;
                return false;
            }
            if (present) {
                if (!(r.record.id = store().insertRoundReturn(r.record)))
                    return false;
                for (CollectedReturn::Entry &e : r.entries) {
                    if (e.entry.id ? !store().restoreProgress(e.taskId, e.entry)
                                   : !(e.entry.id = store().addProgress(e.taskId, e.entry)))
                        return false;
                }
                for (CloseOutRequest &request : r.requests) {
                    if (!(request.id = store().insertCloseOutRequest(request)))
                        return false;
                }
            } else {
                for (const CloseOutRequest &request : r.requests) {
                    if (!store().deleteCloseOutRequest(request.id))
                        return false;
                }
                for (const CollectedReturn::Entry &e : r.entries) {
                    if (!store().removeProgress(e.entry.id))
                        return false;
                }
                if (!store().deleteRoundReturn(r.record.id))
                    return false;
            }
            if (!tasks.tasks.isEmpty() && !saveTasks(tasks.tasks, action(u"round"_s)))
                return false;
            QList<HistoryEntry> rows;
            for (const CollectedReturn::Entry &e : r.entries) {
                touched.append(e.taskId);
                rows.append(present ? change(e.taskId, u"progress"_s, {}, e.entry.text, action(u"round"_s))
                                    : change(e.taskId, u"progress"_s, e.entry.text, {}, action(u"round"_s)));
            }
            if (!record(rows))
                return false;
        }
        return true;
    });
    if (!ok && !blocked.isEmpty())
        return m_document.refuse(
            LedgerDocument::tr("Task %1 was changed since these sheets were collected; the step is dropped and the "
                               "newer change kept.")
                .arg(blocked));
    if (!m_document.report(ok))
        return false;
    returns = written;
    emit m_document.tasksChanged(touched);
    emit m_document.roundsChanged();
    return true;
}

bool LedgerWriter::writeCloseOutRequest(CloseOutRequest &request, bool present)
{
    const HistoryEntry row = present ? change(request.taskId, u"closeout"_s, {}, request.note, action(u"closeout"_s))
                                     : change(request.taskId, u"closeout"_s, request.note, {}, action(u"closeout"_s));
    qint64 id = request.id;
    const bool ok = store().transaction([&] {
        if (present)
            return (id = store().insertCloseOutRequest(request)) != 0 && record({row});
        return store().deleteCloseOutRequest(request.id) && record({row});
    });
    if (!m_document.report(ok))
        return false;
    request.id = id;
    emit m_document.tasksChanged({request.taskId});
    emit m_document.roundsChanged();
    return true;
}

bool LedgerWriter::writeCloseOutDecision(const CloseOutRequest &decision, const Task &before, const Task &after, bool forward)
{
    const Carried task = forward ? carried(store(), {before}, {after}) : carried(store(), {after}, {before});
    if (!task.blocked.isEmpty())
        return m_document.refuse(
            LedgerDocument::tr("Task %1 was changed since this step; the step is dropped and the newer change kept.")
                .arg(task.blocked));
    CloseOutRequest state = decision;
    if (!forward)
        state.state = CloseOutRequest::State::Pending;
    const QString decided = decision.state == CloseOutRequest::State::Approved ? u"approved"_s : u"returned"_s;
    const QString what = decision.decisionNote.isEmpty() ? decided : u"%1: %2"_s.arg(decided, decision.decisionNote);
    const HistoryEntry row = forward ? change(decision.taskId, u"decision"_s, {}, what, action(u"closeout"_s))
                                     : change(decision.taskId, u"decision"_s, what, {}, action(u"closeout"_s));
    const bool ok = store().transaction([&] {
        return store().setCloseOutDecision(state) && record({row}) && saveTasks(task.tasks, action(u"closeout"_s));
    });
    if (!m_document.report(ok))
        return false;
    emit m_document.tasksChanged({decision.taskId});
    emit m_document.roundsChanged();
    return true;
}

} // namespace Taizhang
