#pragma once

#include "model/escalation.h"
#include "model/historyentry.h"
#include "model/importdraft.h"
#include "model/plan.h"
#include "model/reportinground.h"
#include "model/section.h"
#include "model/task.h"
#include "storeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Taizhang {

// The storage seam: everything the ledger keeps, and nothing of how. A backend (SQLite for a file,
// PostgreSQL for a shared ledger) implements it; callers never see a SQL type. Every write is its
// own transaction, committed before the call returns, so nothing shown as saved is lost on a crash;
// transaction() runs several writes as one.
class LedgerStore {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerStore)

public:
    enum class OpenMode { OpenExisting, CreateOrOpen, ReadOnly };

    // The backend for a location (a file path, or a postgresql:// URL), not yet open; null with
    // `error` set when this build has no backend for it.
    static std::unique_ptr<LedgerStore> create(const QString &location, QString *error = nullptr);

    LedgerStore() = default;
    virtual ~LedgerStore() = default;
    LedgerStore(const LedgerStore &) = delete;
    LedgerStore &operator=(const LedgerStore &) = delete;

    virtual bool open(const QString &location, OpenMode mode = OpenMode::OpenExisting) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual QString path() const = 0; // the location it was opened at
    virtual const StoreError &lastError() const = 0;
    // Checks every page (slow on a large ledger): for after a writer stopped without closing it.
    // False with a Corrupt error when the ledger is damaged.
    virtual bool checkIntegrity() = 0;
    // The last writer was cut short in the middle of a save (its changes were rolled back on open).
    virtual bool wasInterrupted() const = 0;

    // Runs `work` (calls of this store) as one transaction: all of it is kept, or none when it
    // returns false or a write inside fails.
    virtual bool transaction(const std::function<bool()> &work) = 0;

    // Plans and sections
    virtual QList<Plan> plans() const = 0;
    virtual QList<Section> sections() const = 0;

    // What insertDraft wrote, in the order written (a section after its parent), so that an undo
    // takes back exactly that.
    struct InsertedRows {
        QList<qint64> newPlans;
        QList<qint64> sections;
        QList<qint64> tasks;
    };
    // Stores a whole import in one transaction: a draft plan with a targetPlanId adds its sections
    // and tasks to that plan, any other becomes a new plan. Returns the ids of the plans written
    // to (empty on failure).
    virtual QList<qint64> insertDraft(const ImportDraft &draft, InsertedRows *inserted = nullptr) = 0;
    virtual bool deleteInserted(const InsertedRows &inserted) = 0;
    // What an import wrote, read back whole before an undo deletes it, so a redo puts every row
    // back under its id (later steps name them) whatever ids the backend would hand out now.
    struct ImportedRows {
        QList<Plan> plans; // the plans it made
        QList<Section> sections; // in the order written
        QList<Task> tasks; // whole (Detail::Full)
    };
    virtual bool restoreImported(const ImportedRows &rows) = 0;
    virtual bool deletePlans(const QList<qint64> &planIds) = 0;

    // Tasks. Pages are in id order and carry units and the latest progress entry, enough for a
    // table row; task() loads one task whole (milestones, progress history).
    enum class Detail { Row, Full };
    virtual int taskCount() const = 0;
    virtual QList<Task> taskPage(qint64 afterId, int limit, Detail detail = Detail::Row) const = 0;
    virtual std::optional<Task> task(qint64 id) const = 0;
    virtual QList<Task> tasksNamingUnit(const QString &unit) const = 0; // as lead or cooperating unit
    // Writes every field of each task (units and milestones included) in one transaction.
    virtual bool saveTasks(const QList<Task> &tasks) = 0;
    // Adds tasks (with their units, milestones, leaders and progress) in one transaction, each in
    // its task.planId and task.sectionId; a task with an id (and progress entries with ids) is put
    // back under it, as undo of a delete does. Returns the ids, empty on failure.
    virtual QList<qint64> insertTasks(const QList<Task> &tasks) = 0;
    // Deletes tasks and everything of theirs in one transaction; refused whole if one is gone.
    virtual bool deleteTasks(const QList<qint64> &taskIds) = 0;
    // Sections by hand. A section with an id is put back under it (undo of a delete).
    virtual qint64 insertSection(const Section &section) = 0;
    virtual bool saveSections(const QList<Section> &sections) = 0; // parent, position, label and title
    // Deletes a section, its tasks moved to `moveTasksTo` (0: to no section), in one transaction.
    virtual bool deleteSection(qint64 sectionId, qint64 moveTasksTo) = 0;
    // Undo of deleteSection: the section under its id, these tasks back in it.
    virtual bool restoreSection(const Section &section, const QList<qint64> &taskIds) = 0;
    // The plan, its sections and its tasks under their ids, in one transaction (undo of a delete).
    virtual bool restorePlan(const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks) = 0;
    // Writes a plan's own fields (title, issuer, number, date, year, source, notes) and, in the
    // same transaction, `tasks` whose deadlines a new year changed.
    virtual bool savePlan(const Plan &plan, const QList<Task> &tasks = {}) = 0;

    // Progress history
    virtual qint64 addProgress(qint64 taskId, const ProgressEntry &entry) = 0;
    virtual bool restoreProgress(qint64 taskId, const ProgressEntry &entry) = 0; // under entry.id
    virtual bool removeProgress(qint64 entryId) = 0;

    // Units
    virtual QStringList unitNames() const = 0;
    // A name that now means another unit (a merge or a rename): imports and edits naming `alias`
    // store `unit`. removeUnitAlias takes that back.
    virtual bool setUnitAlias(const QString &alias, const QString &unit) = 0;
    virtual bool removeUnitAlias(const QString &alias) = 0;
    virtual QHash<QString, QString> unitAliases() const = 0; // alias -> the unit's name

    // Supervision notices, numbered per year. A task noticed again on the same day keeps its
    // number, so printing a notice twice does not use up numbers.
    struct IssuedNotice {
        qint64 taskId = 0;
        int year = 0;
        int serial = 0;
        QDate issued;
        QDate replyBy;
    };
    virtual QList<IssuedNotice> issueNotices(const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy) = 0;
    // Those issued between two days (both included), oldest first.
    virtual QList<IssuedNotice> noticesIssued(const QDate &from, const QDate &to) const = 0;

    // The escalation ladder's notices, numbered per level and year; one a level per task a day (a
    // second print that day keeps the number). escalations(): oldest first.
    struct EscalationToIssue {
        qint64 taskId = 0;
        EscalationLevel level = EscalationLevel::Reminder;
    };
    virtual QList<Escalation> issueEscalations(
        const QList<EscalationToIssue> &notices, const QDate &day, const QDate &replyBy) = 0;
    virtual QList<Escalation> escalations() const = 0;

    // Bulletins keep the figures they published, for the next one to compare with.
    struct Bulletin {
        QDate issued;
        int year = 0;
        int serial = 0; // 第N期 of its year
        QByteArray figures; // JSON
    };
    virtual std::optional<Bulletin> bulletinBefore(const QDate &day) const = 0;
    // Saves the bulletin of `day` (a second one that day replaces the first); its serial, 0 on failure.
    virtual int saveBulletin(const QDate &day, const QByteArray &figures) = 0;

    // Reporting rounds (填报). A round, return or request with an id is put back under it (undo).
    virtual QList<ReportingRound> rounds() const = 0; // oldest first, with their assignments
    virtual qint64 insertRound(const ReportingRound &round) = 0; // 0 on failure (a name taken)
    virtual bool deleteRound(qint64 roundId) = 0; // with its returns
    virtual bool setRoundClosed(qint64 roundId, const QDate &closed) = 0; // invalid date: open again
    virtual QList<RoundReturn> roundReturns(qint64 roundId) const = 0; // in the order collected
    virtual qint64 insertRoundReturn(const RoundReturn &record) = 0;
    virtual bool deleteRoundReturn(qint64 returnId) = 0;
    // Close-out requests with their decision and their evidence (without its data), oldest first.
    virtual QList<CloseOutRequest> closeOutRequests() const = 0;
    // With its evidence (data included), in one transaction.
    virtual qint64 insertCloseOutRequest(const CloseOutRequest &request) = 0;
    virtual bool deleteCloseOutRequest(qint64 requestId) = 0; // and its evidence and decision
    virtual std::optional<QByteArray> evidenceData(qint64 evidenceId) const = 0;
    virtual qint64 evidenceBytes() const = 0; // all the evidence the ledger holds
    // The office's decision (state, day, who, note) on a request; Pending takes a decision back.
    virtual bool setCloseOutDecision(const CloseOutRequest &decision) = 0;

    // The change history, only ever added to. history(): oldest first; a task's, or (0) all of it.
    virtual bool appendHistory(const QList<HistoryEntry> &entries) = 0;
    virtual QList<HistoryEntry> history(qint64 taskId = 0) const = 0;

    // The ledger's own settings (office name, due-soon window …)
    virtual QString setting(const QString &key, const QString &fallback = {}) const = 0;
    virtual bool setSettings(const QList<std::pair<QString, QString>> &values) = 0; // one transaction
    bool setSetting(const QString &key, const QString &value) { return setSettings({{key, value}}); }
};

} // namespace Taizhang
