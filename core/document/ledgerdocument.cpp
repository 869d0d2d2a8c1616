// The one way to change a ledger: each edit a plain function with its refusal messages, written
// at once and pushed as an undo step. Past 500 lines because every kind of edit (fields, progress,
// imports, units, tasks, their order, sections, plans) is here; what they apply is LedgerWriter's,
// what they ask LedgerOutline's, and rounds and close-outs have classes of their own (LedgerRounds,
// LedgerCloseOuts).
#include "ledgerdocument.h"

#include "addremovetaskscommand.h"
#include "edittaskscommand.h"
#include "importplanscommand.h"
#include "ledgerrecords.h"
#include "ledgercloseouts.h"
#include "ledgerrounds.h"
#include "ledgerwriter.h"
#include "mergeunitscommand.h"
#include "parse/deadlineparser.h"
#include "plancommand.h"
#include "progresscommand.h"
#include "removeplancommand.h"
#include "reportsettingscommand.h"
#include "sectionscommand.h"
#include "storage/ledgerlocation.h"
#include "taskfieldchange.h"

#include <QDir>
#include <QFileInfo>

namespace Taizhang {

LedgerDocument::LedgerDocument(QObject *parent)
    : QObject(parent)
    , m_store(LedgerStore::create(QString()))
    , m_writer(std::make_unique<LedgerWriter>(*this))
    , m_records(std::make_unique<LedgerRecords>(*this))
    , m_rounds(std::make_unique<LedgerRounds>(*this))
    , m_closeOuts(std::make_unique<LedgerCloseOuts>(*this))
    , m_clock(std::make_shared<SystemClock>())
{
}

LedgerDocument::~LedgerDocument()
{
    m_undoStack.clear(); // commands refer to this document
}

void LedgerDocument::close()
{
    m_undoStack.clear();
    m_store->close();
    m_lock.reset();
    m_lockedElsewhere = false;
    reloadPlans();
    emit tasksReset();
}

QString LedgerDocument::author() const
{
    if (!m_author.isEmpty())
        return m_author;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString user = qEnvironmentVariable(variable); !user.isEmpty())
            return user;
    }
    return QDir::home().dirName();
}

ReportRecords *LedgerDocument::records()
{
    return m_store->isOpen() && !m_store->isReadOnly() ? m_records.get() : nullptr;
}

bool LedgerDocument::open(const QString &path, LedgerStore::OpenMode mode)
{
    return openLedger(path, mode, false);
}

bool LedgerDocument::breakLockAndOpen(const QString &path)
{
    return openLedger(path, LedgerStore::OpenMode::OpenExisting, true);
}

bool LedgerDocument::openLedger(const QString &path, LedgerStore::OpenMode mode, bool breakLock)
{
    m_undoStack.clear();
    m_store->close();
    m_lock.reset();
    m_lockedElsewhere = m_lockBreakable = m_damaged = false;
    m_lockHolder.clear();
    m_readOnlyReason.clear();
    auto refused = [this](const QString &message) {
        m_errorString = message;
        reloadPlans();
        emit tasksReset();
        return false;
    };
    QString unsupported;
    std::unique_ptr<LedgerStore> store = LedgerStore::create(path, &unsupported);
    if (!store)
        return refused(unsupported);
    m_store = std::move(store);
    const QString name = QFileInfo(path).fileName();
    bool uncleanClose = false;
    if (mode != LedgerStore::OpenMode::ReadOnly && LedgerLocation(path).isFile()) {
        auto lock = std::make_unique<LedgerLock>(path);
        switch (breakLock ? lock->breakAndAcquire() : lock->acquire()) {
        case LedgerLock::Result::HeldElsewhere:
            m_lockedElsewhere = true;
            m_lockBreakable = lock->isBreakable();
            m_lockHolder = lock->holder();
            return refused(m_lockBreakable
                    ? tr("%1 is marked as open in Taizhang on another computer (%2). If that Taizhang is no "
                         "longer running there (the computer crashed or was switched off), the mark can be "
                         "removed; otherwise it can be opened read-only.")
                          .arg(name, m_lockHolder)
                    : tr("%1 is open in another Taizhang (%2). It can be opened read-only.").arg(name, m_lockHolder));
        case LedgerLock::Result::Unavailable:
            // Never a writer without the lock: another Taizhang could write the same task meanwhile.
            if (!QFileInfo::exists(path))
                return refused(tr("%1 cannot be created: %2.").arg(name, lock->error()));
            m_readOnlyReason = tr("%1 is open read-only: %2, so Taizhang cannot keep others from changing "
                                  "it at the same time.")
                                   .arg(name, lock->error());
            mode = LedgerStore::OpenMode::ReadOnly;
            break;
        case LedgerLock::Result::Acquired:
            uncleanClose = lock->tookOverStale();
            m_lock = std::move(lock);
            break;
        }
    }
    if (!m_store->open(path, mode)) {
        m_lock.reset();
        return refused(m_store->lastError().message);
    }
    // The last writer stopped without closing it: check every page before writing into it.
    uncleanClose = uncleanClose || m_store->wasInterrupted();
    if (uncleanClose && !m_store->isReadOnly() && !m_store->checkIntegrity()) {
        const QString detail = m_store->lastError().message;
        m_store->close();
        if (m_lock)
            m_lock->markDamaged(); // so the next writer to open it checks it fully too
        m_lock.reset();
        m_damaged = true;
        return refused(tr("Taizhang stopped while %1 was open, and a full check now finds it damaged (%2). "
                          "Nothing more will be written into it: open it read-only to read and export what it "
                          "holds, and restore it from a backup.")
                           .arg(name, detail));
    }
    if (uncleanClose && m_lock)
        m_lock->markChecked();
    m_errorString.clear();
    reloadPlans();
    emit tasksReset();
    return true;
}

void LedgerDocument::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
    emit displaySettingsChanged();
}

void LedgerDocument::setDueSoonDays(int days)
{
    if (days == m_dueSoonDays)
        return;
    m_dueSoonDays = days;
    emit displaySettingsChanged();
}

TrafficLight LedgerDocument::lightOf(const Task &task) const
{
    return TrafficLights::of(task.deadline, task.status, m_clock->today(), m_dueSoonDays);
}

int LedgerDocument::planYear(qint64 planId) const
{
    return m_planYears.value(planId);
}

void LedgerDocument::reloadPlans()
{
    m_planYears.clear();
    if (!m_store->isOpen())
        return;
    for (const Plan &plan : m_store->plans())
        m_planYears.insert(plan.id, plan.year);
}

bool LedgerDocument::report(bool ok)
{
    if (!ok) {
        m_errorString = m_store->lastError().message;
        emit errorOccurred(m_errorString);
    }
    return ok;
}

Task LedgerDocument::withField(Task task, TaskField field, const QVariant &value) const
{
    const int year = planYear(task.planId);
    const TaskStatus before = task.status;
    Task changed = TaskFieldChange::apply(std::move(task), field, value, year);
    if (field == TaskField::Status && changed.status != before) { // today's completion dates follow
        const TaskStatus to = changed.status;
        changed.status = before;
        changed.setStatus(to, m_clock->today());
    }
    return changed;
}

bool LedgerDocument::setTaskField(qint64 taskId, TaskField field, const QVariant &value)
{
    return setTasksField({taskId}, field, value);
}

bool LedgerDocument::editTasks(
    const QList<qint64> &taskIds, TaskField field, const std::function<std::optional<Task>(const Task &)> &change)
{
    QList<Task> before, after;
    for (qint64 id : taskIds) {
        std::optional<Task> task = m_store->task(id);
        if (!task) // never "saved" for a task that is not there
            return refuse(tr("Task %1 is no longer in the ledger; nothing was changed.").arg(id));
        std::optional<Task> changed = change(*task);
        if (!changed)
            continue;
        before.append(*task);
        after.append(*changed);
    }
    if (after.isEmpty())
        return true;
    if (!m_writer->writeTasks(after))
        return false;
    m_undoStack.push(new EditTasksCommand(m_writer.get(), before, stored(after), field));
    return true;
}

bool LedgerDocument::setTasksField(const QList<qint64> &taskIds, TaskField field, const QVariant &value)
{
    return editTasks(taskIds, field, [&](const Task &task) { return std::optional(withField(task, field, value)); });
}

bool LedgerDocument::closeTasks(const QList<qint64> &taskIds, const QString &note)
{
    const QString closing = tr("Closed %1: %2").arg(m_clock->today().toString(Qt::ISODate), note.trimmed());
    return editTasks(taskIds, TaskField::Status, [&](const Task &task) -> std::optional<Task> {
        if (task.status == TaskStatus::Closed)
            return std::nullopt;
        Task changed = task;
        changed.setStatus(TaskStatus::Closed, m_clock->today());
        changed.remarks = changed.remarks.isEmpty() ? closing : changed.remarks + u'\n' + closing;
        return changed;
    });
}

bool LedgerDocument::mergeUnits(const QString &from, const QString &to)
{
    const QString source = from.trimmed();
    const QString target = to.trimmed();
    if (source.isEmpty() || target.isEmpty() || source == target)
        return false;
    auto replaced = [&](QStringList units) {
        QStringList result;
        for (const QString &unit : units) {
            const QString name = unit == source ? target : unit;
            if (!result.contains(name))
                result.append(name);
        }
        return result;
    };
    QList<Task> before, after;
    for (const Task &task : m_store->tasksNamingUnit(source)) {
        Task changed = task;
        changed.leadUnits = replaced(task.leadUnits);
        changed.coUnits = replaced(task.coUnits);
        for (const QString &lead : changed.leadUnits)
            changed.coUnits.removeAll(lead); // a unit that leads does not also cooperate
        before.append(task);
        after.append(changed);
    }
    if (!m_writer->writeUnitMerge(source, target, after, true))
        return false;
    m_undoStack.push(new MergeUnitsCommand(m_writer.get(), source, target, before, after));
    return true;
}

bool LedgerDocument::setReportSettings(const ReportSettings &settings)
{
    const ReportSettings before = ReportSettings::load(*m_store);
    if (settings == before)
        return true;
    if (!m_writer->writeReportSettings(settings))
        return false;
    m_undoStack.push(new ReportSettingsCommand(m_writer.get(), before, settings));
    return true;
}

QList<Task> LedgerDocument::stored(const QList<Task> &tasks) const
{
    // What the ledger made of them: a unit's alias stored as the unit, say. Undo compares with this.
    QList<Task> result;
    for (const Task &task : tasks)
        result.append(m_store->task(task.id).value_or(task));
    return result;
}

bool LedgerDocument::addProgress(qint64 taskId, const ProgressEntry &entry)
{
    const qint64 id = m_writer->writeNewProgress(taskId, entry);
    if (!id)
        return false;
    ProgressEntry stored = entry;
    stored.id = id;
    m_undoStack.push(new ProgressCommand(m_writer.get(), taskId, stored, ProgressCommand::Action::Add));
    emit tasksChanged({taskId});
    return true;
}

bool LedgerDocument::removeProgress(qint64 taskId, qint64 entryId)
{
    const std::optional<Task> task = m_store->task(taskId);
    if (!task)
        return false;
    for (const ProgressEntry &entry : task->progress) {
        if (entry.id != entryId)
            continue;
        if (!m_writer->writeProgress(taskId, entry, false))
            return false;
        m_undoStack.push(new ProgressCommand(m_writer.get(), taskId, entry, ProgressCommand::Action::Remove));
        return true;
    }
    return false;
}

bool LedgerDocument::importDraft(const ImportDraft &source, const QString &description)
{
    // A task imported finished has no day it was finished: its last progress report's, estimated
    // (none without a dated report: unknown, not today).
    ImportDraft draft = source;
    for (DraftPlan &plan : draft.plans) {
        for (DraftTask &t : plan.tasks) {
            Task &task = t.task;
            if (!TaskStatuses::isFinished(task.status) || task.completed.isValid() || !task.latestProgress())
                continue;
            task.completed = task.latestProgress()->date;
            task.completionEstimated = task.completed.isValid();
            if (task.status == TaskStatus::Closed && !task.closedOn.isValid())
                task.closedOn = task.completed;
        }
    }
    LedgerStore::InsertedRows inserted;
    if (!m_writer->writeDraft(draft, &inserted))
        return false;
    m_undoStack.push(new ImportPlansCommand(m_writer.get(), inserted, description));
    return true;
}

QList<qint64> LedgerDocument::addTasks(const QList<Task> &tasks, const QString &description)
{
    if (tasks.isEmpty())
        return {}; // nothing to add: no empty undo step
    QList<Task> prepared;
    for (Task task : tasks) {
        task.id = 0; // a new task, whatever it was copied from
        for (ProgressEntry &entry : task.progress)
            entry.id = 0;
        const DeadlineParser parser(planYear(task.planId));
        task.deadline = parser.parse(task.deadline.text);
        task.milestones = parser.milestones(task.requirement);
        prepared.append(task);
    }
    const QList<qint64> ids = m_writer->writeNewTasks(prepared);
    if (ids.isEmpty())
        return {};
    QList<Task> added;
    for (qint64 id : ids) {
        if (std::optional<Task> task = m_store->task(id))
            added.append(*task);
    }
    emit tasksReset();
    m_undoStack.push(
        new AddRemoveTasksCommand(m_writer.get(), added, AddRemoveTasksCommand::Change::Added, description));
    return ids;
}

bool LedgerDocument::deleteTasks(const QList<qint64> &taskIds)
{
    QList<Task> removed;
    for (qint64 id : taskIds) {
        std::optional<Task> task = m_store->task(id);
        if (!task)
            return refuse(tr("Task %1 is no longer in the ledger.").arg(id));
        removed.append(*task);
    }
    if (removed.isEmpty())
        return true;
    if (!m_writer->writeTaskPresence(removed, false))
        return false;
    const QString text = removed.size() == 1 ? tr("Delete task %1").arg(removed.constFirst().number)
                                             : tr("Delete %n tasks", nullptr, int(removed.size()));
    m_undoStack.push(new AddRemoveTasksCommand(m_writer.get(), removed, AddRemoveTasksCommand::Change::Removed, text));
    return true;
}

bool LedgerDocument::moveTasks(const QList<qint64> &taskIds, qint64 sectionId, double order)
{
    // Placed at `order`, several tasks keep their own order among themselves just after it.
    int nth = 0;
    return editTasks(taskIds, TaskField::Section, [&](const Task &task) -> std::optional<Task> {
        Task moved = task;
        moved.sectionId = sectionId;
        if (order > 0)
            moved.order = order + 1e-6 * nth++;
        if (moved.sectionId == task.sectionId && moved.order == task.order)
            return std::nullopt;
        return moved;
    });
}

bool LedgerDocument::setPlan(const Plan &plan)
{
    const std::optional<Plan> before = outline().plan(plan.id);
    if (!before)
        return refuse(tr("Plan %1 is no longer in the ledger.").arg(plan.id));
    QList<Task> tasksBefore, tasksAfter;
    if (plan.year != before->year) {
        const DeadlineParser parser(plan.year);
        for (const Task &task : outline().tasksReadWithYear(plan.id)) {
            Task reread = task;
            reread.deadline = parser.parse(task.deadline.text);
            reread.milestones = parser.milestones(task.requirement);
            if (reread.deadline == task.deadline && reread.milestones == task.milestones)
                continue;
            tasksBefore.append(task);
            tasksAfter.append(reread);
        }
    }
    if (!m_writer->writePlan(plan, tasksAfter))
        return false;
    m_undoStack.push(new PlanCommand(m_writer.get(), *before, plan, tasksBefore, tasksAfter));
    return true;
}

bool LedgerDocument::refuse(const QString &message)
{
    m_errorString = message;
    emit errorOccurred(message);
    return false;
}

qint64 LedgerDocument::addSection(qint64 planId, qint64 parentId, const QString &label, const QString &title)
{
    if (!outline().plan(planId)) {
        refuse(tr("Plan %1 is no longer in the ledger.").arg(planId));
        return 0;
    }
    if (title.trimmed().isEmpty()) {
        refuse(tr("A section needs a title."));
        return 0;
    }
    Section section;
    section.planId = planId;
    section.parentId = parentId;
    section.label = label.trimmed();
    section.title = title.trimmed();
    for (const Section &other : m_store->sections()) {
        if (other.planId == planId)
            section.position = std::max(section.position, other.position + 1);
    }
    section.id = m_writer->writeNewSection(section);
    if (!section.id)
        return 0;
    emit plansChanged();
    emit tasksReset();
    m_undoStack.push(
        new SectionsCommand(m_writer.get(), section, false, {}, 0, tr("New section %1").arg(section.displayName())));
    return section.id;
}

bool LedgerDocument::renameSection(qint64 sectionId, const QString &label, const QString &title)
{
    const std::optional<Section> before = outline().section(sectionId);
    if (!before)
        return refuse(tr("Section %1 is no longer in the ledger.").arg(sectionId));
    if (title.trimmed().isEmpty())
        return refuse(tr("A section needs a title."));
    Section after = *before;
    after.label = label.trimmed();
    after.title = title.trimmed();
    if (after.label == before->label && after.title == before->title)
        return true;
    if (!m_writer->writeSections({after}))
        return false;
    m_undoStack.push(
        new SectionsCommand(m_writer.get(), {*before}, {after}, tr("Rename section %1").arg(after.displayName())));
    return true;
}

bool LedgerDocument::moveSection(qint64 sectionId, int delta)
{
    const std::optional<Section> moving = outline().section(sectionId);
    if (!moving)
        return refuse(tr("Section %1 is no longer in the ledger.").arg(sectionId));
    QList<Section> siblings;
    for (const Section &other : m_store->sections()) {
        if (other.planId == moving->planId && other.parentId == moving->parentId)
            siblings.append(other); // in the plan's order
    }
    qsizetype at = 0;
    while (at < siblings.size() && siblings.at(at).id != sectionId)
        ++at;
    const qsizetype to = at + (delta < 0 ? -1 : 1);
    if (to < 0 || to >= siblings.size())
        return true; // already first or last
    Section a = siblings.at(at), b = siblings.at(to);
    const QList<Section> before = {a, b};
    std::swap(a.position, b.position);
    if (a.position == b.position) // positions never told them apart: make them
        a.position += delta < 0 ? -1 : 1;
    if (!m_writer->writeSections({a, b}))
        return false;
    m_undoStack.push(new SectionsCommand(m_writer.get(), before, {a, b}, tr("Move section %1").arg(a.displayName())));
    return true;
}

bool LedgerDocument::deleteSection(qint64 sectionId, qint64 moveTasksTo)
{
    const std::optional<Section> doomed = outline().section(sectionId);
    if (!doomed)
        return refuse(tr("Section %1 is no longer in the ledger.").arg(sectionId));
    for (const Section &other : m_store->sections()) {
        if (other.parentId == sectionId)
            return refuse(tr("%1 has subsections; delete or move them first.").arg(doomed->displayName()));
    }
    if (moveTasksTo == sectionId)
        return refuse(tr("A section's tasks cannot move into the section being deleted."));
    if (moveTasksTo > 0) {
        const std::optional<Section> target = outline().section(moveTasksTo);
        if (!target || target->planId != doomed->planId)
            return refuse(tr("Tasks can move only to a section of the same plan."));
    }
    const QList<qint64> held = outline().tasksInSection(sectionId);
    if (!held.isEmpty() && moveTasksTo == 0)
        return refuse(tr("%1 holds %n task(s); choose a section to move them to.", nullptr, int(held.size()))
                          .arg(doomed->displayName()));
    if (!m_writer->writeSectionRemoval(*doomed, moveTasksTo))
        return false;
    m_undoStack.push(new SectionsCommand(
        m_writer.get(), *doomed, true, held, moveTasksTo, tr("Delete section %1").arg(doomed->displayName())));
    return true;
}

bool LedgerDocument::deletePlan(qint64 planId)
{
    const std::optional<Plan> doomed = outline().plan(planId);
    if (!doomed)
        return refuse(tr("Plan %1 is no longer in the ledger.").arg(planId));
    const QList<Section> sections = outline().sectionsOfPlan(planId);
    QList<Task> tasks;
    outline().forEachTask(LedgerStore::Detail::Full, [&](const Task &task) {
        if (task.planId == planId)
            tasks.append(task);
    });
    if (!m_writer->writePlanPresence(*doomed, sections, tasks, false))
        return false;
    m_undoStack.push(new RemovePlanCommand(m_writer.get(), *doomed, sections, tasks));
    return true;
}

bool LedgerDocument::moveTaskInSection(qint64 taskId, int delta)
{
    const std::optional<Task> moving = m_store->task(taskId);
    if (!moving)
        return refuse(tr("Task %1 is no longer in the ledger.").arg(taskId));
    const QList<Task> section = outline().tasksOfSection(moving->planId, moving->sectionId);
    qsizetype at = 0;
    while (at < section.size() && section.at(at).id != taskId)
        ++at;
    const qsizetype to = at + (delta < 0 ? -1 : 1);
    if (at >= section.size() || to < 0 || to >= section.size())
        return true; // first or last of its section already
    Task a = *m_store->task(section.at(at).id), b = *m_store->task(section.at(to).id);
    const QList<Task> before = {a, b};
    std::swap(a.order, b.order);
    if (!m_writer->writeTasks({a, b}))
        return false;
    m_undoStack.push(new EditTasksCommand(m_writer.get(), before, stored({a, b}), TaskField::Order));
    return true;
}

bool LedgerDocument::renumberSection(qint64 planId, qint64 sectionId)
{
    const QList<Task> section = outline().tasksOfSection(planId, sectionId);
    // Key works keep their rows together: each new number/title pair is the next number, counted
    // from the section's lowest, so a plan numbered across its sections stays so.
    int next = 0;
    for (const Task &task : std::as_const(section)) {
        const int number = task.number.toInt();
        if (number > 0)
            next = next == 0 ? number : std::min(next, number);
    }
    next = std::max(next, 1) - 1;
    QList<Task> before, after;
    QString lastKey;
    for (const Task &task : std::as_const(section)) {
        const QString key = task.number + u'\x1f' + task.title;
        if (key != lastKey || task.part <= 1)
            ++next;
        lastKey = key;
        if (task.number == QString::number(next))
            continue;
        Task full = *m_store->task(task.id);
        before.append(full);
        full.number = QString::number(next);
        after.append(full);
    }
    if (after.isEmpty())
        return true;
    if (!m_writer->writeTasks(after))
        return false;
    m_undoStack.push(new EditTasksCommand(m_writer.get(), before, stored(after), TaskField::Number));
    return true;
}

} // namespace Taizhang
