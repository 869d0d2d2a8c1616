#include "ledgerwriter.h"

#include "ledgerdocument.h"
#include "ledgeroutline.h"
#include "taskfieldchange.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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
    if (!m_document.report(store().saveTasks(tasks)))
        return false;
    QList<qint64> ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    emit m_document.tasksChanged(ids);
    return true;
}

bool LedgerWriter::writeProgress(qint64 taskId, const ProgressEntry &entry, bool present)
{
    const bool ok = present ? store().restoreProgress(taskId, entry) : store().removeProgress(entry.id);
    if (!m_document.report(ok))
        return false;
    emit m_document.tasksChanged({taskId});
    return true;
}

bool LedgerWriter::writeDraft(const ImportDraft &draft, LedgerStore::InsertedRows *inserted)
{
    if (!m_document.report(!store().insertDraft(draft, inserted).isEmpty()))
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
    if (!m_document.report(store().deleteInserted(inserted)))
        return std::nullopt;
    m_document.reloadPlans();
    emit m_document.tasksReset();
    return rows;
}

bool LedgerWriter::restoreImport(const LedgerStore::ImportedRows &rows)
{
    if (!m_document.report(store().restoreImported(rows)))
        return false;
    m_document.reloadPlans();
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writeUnitMerge(const QString &from, const QString &to, const QList<Task> &tasks, bool merged)
{
    // The alias and the tasks that name the unit change together, or neither does.
    const bool ok = store().transaction([&] {
        return (merged ? store().setUnitAlias(from, to) : store().removeUnitAlias(from)) && store().saveTasks(tasks);
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

bool LedgerWriter::writeReportSettings(const ReportSettings &settings)
{
    return m_document.report(store().setSettings(settings.values()));
}

bool LedgerWriter::writeTaskPresence(const QList<Task> &tasks, bool present)
{
    QList<qint64> ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    if (!m_document.report(present ? store().insertTasks(tasks).size() == tasks.size() : store().deleteTasks(ids)))
        return false;
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writePlan(const Plan &plan, const QList<Task> &tasks)
{
    if (!m_document.report(store().savePlan(plan, tasks)))
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
    if (!m_document.report(store().saveSections(sections)))
        return false;
    emit m_document.plansChanged();
    emit m_document.tasksReset(); // the table shows section names and orders by them
    return true;
}

bool LedgerWriter::writeSectionRemoval(const Section &section, qint64 moveTasksTo)
{
    if (!m_document.report(store().deleteSection(section.id, moveTasksTo)))
        return false;
    emit m_document.plansChanged();
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writeSectionRestore(const Section &section, const QList<qint64> &taskIds)
{
    if (!m_document.report(store().restoreSection(section, taskIds)))
        return false;
    emit m_document.plansChanged();
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writePlanPresence(
    const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks, bool present)
{
    if (!m_document.report(present ? store().restorePlan(plan, sections, tasks) : store().deletePlans({plan.id})))
        return false;
    m_document.reloadPlans();
    emit m_document.plansChanged();
    emit m_document.tasksReset();
    return true;
}

bool LedgerWriter::writeRound(ReportingRound &round, bool present)
{
    if (present) {
        const qint64 id = store().insertRound(round);
        if (!m_document.report(id != 0))
            return false;
        round.id = id;
    } else if (!m_document.report(store().deleteRound(round.id))) {
        return false;
    }
    emit m_document.roundsChanged();
    return true;
}

bool LedgerWriter::writeRoundClosed(qint64 roundId, const QDate &closed)
{
    if (!m_document.report(store().setRoundClosed(roundId, closed)))
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
            if (!tasks.tasks.isEmpty() && !store().saveTasks(tasks.tasks))
                return false;
            for (const CollectedReturn::Entry &e : r.entries)
                touched.append(e.taskId);
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
    if (present) {
        const qint64 id = store().insertCloseOutRequest(request);
        if (!m_document.report(id != 0))
            return false;
        request.id = id;
    } else if (!m_document.report(store().deleteCloseOutRequest(request.id))) {
        return false;
    }
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
    const bool ok = store().transaction([&] { return store().setCloseOutDecision(state) && store().saveTasks(task.tasks); });
    if (!m_document.report(ok))
        return false;
    emit m_document.tasksChanged({decision.taskId});
    emit m_document.roundsChanged();
    return true;
}

} // namespace Taizhang
