#include "ledgerwriter.h"

#include "ledgerdocument.h"
#include "taskfieldchange.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Taizhang {

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
    QList<Task> changed;
    for (qsizetype i = 0; i < from.size() && i < to.size(); ++i) {
        const std::optional<Task> current = store().task(from.at(i).id);
        if (!current)
            return m_document.refuse(
                LedgerDocument::tr("Task %1 is no longer in the ledger; the step cannot be undone or redone.")
                    .arg(from.at(i).number));
        Task result = *current;
        for (TaskField field : TaskFieldChange::changedFields(from.at(i), to.at(i))) {
            if (!TaskFieldChange::sameField(*current, from.at(i), field))
                return m_document.refuse(
                    LedgerDocument::tr("Task %1 was changed since this step; the step is dropped and the newer "
                                       "change kept.")
                        .arg(current->number));
            result = TaskFieldChange::carry(result, to.at(i), field);
        }
        changed.append(result);
    }
    return writeTasks(changed);
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
    rows.tasks = tasksByIds(inserted.tasks);
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

QList<Task> LedgerWriter::tasksByIds(const QList<qint64> &ids)
{
    // An import's tasks are mostly one run of ids: read them by pages, not one by one.
    QList<qint64> wanted = ids;
    std::sort(wanted.begin(), wanted.end());
    const QSet<qint64> set(wanted.cbegin(), wanted.cend());
    QList<Task> tasks;
    qsizetype next = 0;
    while (next < wanted.size()) {
        const QList<Task> page = store().taskPage(wanted.at(next) - 1, 500, LedgerStore::Detail::Full);
        if (page.isEmpty())
            break;
        for (const Task &task : page) {
            if (set.contains(task.id))
                tasks.append(task);
        }
        while (next < wanted.size() && wanted.at(next) <= page.constLast().id)
            ++next;
    }
    return tasks;
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

} // namespace Taizhang
