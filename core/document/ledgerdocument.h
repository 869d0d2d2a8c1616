#pragma once

#include "ledgeroutline.h"
#include "model/clock.h"
#include "model/importdraft.h"
#include "model/trafficlight.h"
#include "report/reportsettings.h"
#include "storage/ledgerlock.h"
#include "storage/ledgerstore.h"
#include "taskfield.h"

#include <QObject>
#include <QUndoStack>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace Taizhang {

class LedgerRecords;
class LedgerRounds;
class LedgerCloseOuts;
class LedgerWriter;
class ReportRecords;

// One open ledger: its store, its undo stack, its clock. Every edit goes through here as a plain
// function (setTaskField, addProgress, importDraft …): it is written to the file at once, then
// pushed as an undo command, then announced, so every model and view follows one source of truth.
// Widgets and reports never write to the store themselves: the write functions the undo commands
// apply live in LedgerWriter, which only the document hands out (to the commands it pushes).
class LedgerDocument : public QObject {
    Q_OBJECT

public:
    explicit LedgerDocument(QObject *parent = nullptr);
    ~LedgerDocument() override;

    // A ledger opened for writing is locked against every other Taizhang; when another holds it,
    // open() fails with isLockedElsewhere() set, and the caller may open it ReadOnly instead.
    // `location`: a ledger file, or a server's URL where this build has a backend for it.
    bool open(const QString &location, LedgerStore::OpenMode mode = LedgerStore::OpenMode::OpenExisting);
    // Closes the ledger, lets its lock go and drops the undo history.
    void close();
    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    bool isLockedElsewhere() const { return m_lockedElsewhere; }
    QString lockHolder() const { return m_lockHolder; } // who holds it, when locked elsewhere
    // Locked by a Taizhang on another computer, which cannot be told from here to be gone: the
    // user may break the lock (breakLockAndOpen) after confirming that Taizhang is not running.
    bool isLockBreakable() const { return m_lockBreakable; }
    bool breakLockAndOpen(const QString &path);
    // Refused because a full check after an unclean close failed; it can still be opened read-only.
    bool isDamaged() const { return m_damaged; }
    // Why a ledger asked for writing was opened read-only (no lock could be made: a full disk).
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString errorString() const { return m_errorString; }

    const LedgerStore &store() const { return *m_store; }
    // Where a printed report records what it issued (notice numbers, bulletin figures): not undo
    // steps, and never task data; announced by recordsChanged. Null while read-only.
    ReportRecords *records();
    QUndoStack *undoStack() { return &m_undoStack; }
    // Reporting rounds: opening them, storing returned sheets (undo steps like every edit).
    LedgerRounds &rounds() { return *m_rounds; }
    const LedgerRounds &rounds() const { return *m_rounds; }
    // Close-outs (销号): requests with evidence and the office's decisions, each one step.
    LedgerCloseOuts &closeOuts() { return *m_closeOuts; }
    const LedgerCloseOuts &closeOuts() const { return *m_closeOuts; }

    // Who the history names for changes made here: the user's name from Preferences, else the
    // computer's account.
    QString author() const;
    void setAuthor(const QString &name) { m_author = name.trimmed(); }

    const Clock &clock() const { return *m_clock; }
    void setClock(std::shared_ptr<const Clock> clock);
    int dueSoonDays() const { return m_dueSoonDays; }
    void setDueSoonDays(int days);
    TrafficLight lightOf(const Task &task) const;

    int planYear(qint64 planId) const;
    // Questions about the ledger's shape: plans, sections, the order of tasks, the next number.
    LedgerOutline outline() const { return LedgerOutline(*m_store); }

    // Edits. Each returns false (and emits errorOccurred) when the ledger refused the write.
    bool setTaskField(qint64 taskId, TaskField field, const QVariant &value);
    bool setTasksField(const QList<qint64> &taskIds, TaskField field, const QVariant &value);
    // Closes tasks (已销号) with the note that justifies it, appended to their remarks: one step.
    bool closeTasks(const QList<qint64> &taskIds, const QString &note);
    // Renames a unit across the ledger, or merges it into another that exists: one step.
    bool mergeUnits(const QString &from, const QString &to);
    bool addProgress(qint64 taskId, const ProgressEntry &entry);
    bool removeProgress(qint64 taskId, qint64 entryId);
    bool importDraft(const ImportDraft &draft, const QString &description);
    // The office's settings for printed reports (office name, titles, notice numbering): one step.
    bool setReportSettings(const ReportSettings &settings);

    // The ledger's shape, edited by hand; each one step. addTasks returns the new ids (empty when
    // refused); a task's deadline and milestones are derived as for any edit.
    QList<qint64> addTasks(const QList<Task> &tasks, const QString &description);
    bool deleteTasks(const QList<qint64> &taskIds);
    // To another section; with `order` (orderBefore/orderAfter), to that place in the ledger too.
    bool moveTasks(const QList<qint64> &taskIds, qint64 sectionId, double order = 0);
    // A plan's own fields. A new year re-reads, in the same step, every deadline of the plan that
    // names no year of its own ("6月底").
    bool setPlan(const Plan &plan);
    // Deletes a plan with its sections and tasks: one step, undone under the same ids.
    bool deletePlan(qint64 planId);

    // Sections, each change one step. addSection puts the new one last among its siblings and
    // returns its id (0 when refused).
    qint64 addSection(qint64 planId, qint64 parentId, const QString &label, const QString &title);
    bool renameSection(qint64 sectionId, const QString &label, const QString &title);
    // Swaps a section with its sibling before (delta -1) or after (+1).
    bool moveSection(qint64 sectionId, int delta);
    // Deletes a section that has no subsections; its tasks go to `moveTasksTo` (a section of the
    // same plan). A section holding tasks is refused unless they have somewhere to go.
    bool deleteSection(qint64 sectionId, qint64 moveTasksTo = 0);

    // Swaps a task with its neighbour in its section (delta -1: up, +1: down): one step.
    bool moveTaskInSection(qint64 taskId, int delta);
    // Numbers a section's key works one after another in their order, from its lowest number: one step.
    bool renumberSection(qint64 planId, qint64 sectionId);

    // The task with one field changed, derived fields included: a new deadline text is parsed
    // again with the plan's year, a new requirement yields new milestones.
    Task withField(Task task, TaskField field, const QVariant &value) const;

signals:
    void tasksChanged(const QList<qint64> &taskIds); // fields or progress of these tasks changed
    void tasksReset(); // tasks added or removed in bulk
    void unitsChanged(); // unit names merged or renamed
    void plansChanged(); // a plan's fields or its sections changed
    void displaySettingsChanged(); // today or the due-soon window changed
    void recordsChanged(); // a notice issued or a bulletin published
    void roundsChanged(); // a reporting round opened, closed, sheets collected; a close-out requested or decided
    void errorOccurred(const QString &message);

private:
    friend class LedgerWriter;
    friend class LedgerRecords;
    friend class LedgerRounds;
    friend class LedgerCloseOuts;

    bool openLedger(const QString &path, LedgerStore::OpenMode mode, bool breakLock);
    // Applies `change` to each task (nullopt: leave it), writes, and pushes one undo step.
    bool editTasks(
        const QList<qint64> &taskIds, TaskField field, const std::function<std::optional<Task>(const Task &)> &change);
    bool report(bool ok);
    bool refuse(const QString &message); // says why an edit cannot be made; false
    QList<Task> stored(const QList<Task> &tasks) const; // as the ledger holds them now
    void reloadPlans();

    std::unique_ptr<LedgerStore> m_store;
    QString m_author;
    std::unique_ptr<LedgerWriter> m_writer; // the commands' only way to write
    std::unique_ptr<LedgerRecords> m_records;
    std::unique_ptr<LedgerRounds> m_rounds;
    std::unique_ptr<LedgerCloseOuts> m_closeOuts;
    QUndoStack m_undoStack;
    std::shared_ptr<const Clock> m_clock;
    int m_dueSoonDays = TrafficLights::defaultDueSoonDays;
    QHash<qint64, int> m_planYears;
    QString m_errorString;
    std::unique_ptr<LedgerLock> m_lock;
    bool m_lockedElsewhere = false;
    bool m_lockBreakable = false;
    bool m_damaged = false;
    QString m_readOnlyReason;
    QString m_lockHolder;
};

} // namespace Taizhang
