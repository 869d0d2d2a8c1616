#pragma once

#include "import/importdraft.h"
#include "model/plan.h"
#include "model/section.h"
#include "model/task.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Taizhang {

// The one class that speaks SQL. A ledger is one SQLite file (QSQLITE); every write is its own
// transaction, committed before the call returns, so nothing shown as saved is lost on a crash.
// Statements are kept portable (bound values, no SQLite-only functions) for the shared
// PostgreSQL ledger offices will move to; what is SQLite-only stays in open() and SchemaMigrator.
class LedgerStore {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerStore)

public:
    enum class OpenMode { OpenExisting, CreateOrOpen, ReadOnly };

    LedgerStore();
    ~LedgerStore();
    LedgerStore(const LedgerStore &) = delete;
    LedgerStore &operator=(const LedgerStore &) = delete;

    bool open(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    const StoreError &lastError() const { return m_error; }

    // Plans and sections
    QList<Plan> plans() const;
    QList<Section> sections() const;

    // What insertDraft wrote, so that an undo takes back exactly that.
    struct InsertedRows {
        QList<qint64> newPlans;
        QList<qint64> sections;
        QList<qint64> tasks;
    };
    // Stores a whole import in one transaction: a draft plan with a targetPlanId adds its sections
    // and tasks to that plan, any other becomes a new plan. Returns the ids of the plans written
    // to (empty on failure).
    QList<qint64> insertDraft(const ImportDraft &draft, InsertedRows *inserted = nullptr);
    bool deleteInserted(const InsertedRows &inserted);
    bool deletePlans(const QList<qint64> &planIds);

    // Tasks. Pages are in ledger order (by id) and carry units and the latest progress entry,
    // enough for a table row; task() loads one task whole (milestones, progress history).
    enum class Detail { Row, Full };
    int taskCount() const;
    QList<Task> taskPage(qint64 afterId, int limit, Detail detail = Detail::Row) const;
    std::optional<Task> task(qint64 id) const;
    QList<Task> tasksNamingUnit(const QString &unit) const; // as lead or cooperating unit
    // Writes every field of each task (units and milestones included) in one transaction.
    bool saveTasks(const QList<Task> &tasks);
    // Adds tasks (with their units, milestones, leaders and progress) in one transaction, each in
    // its task.planId and task.sectionId; a task with an id (and progress entries with ids) is put
    // back under it, as undo of a delete does. Returns the ids, empty on failure.
    QList<qint64> insertTasks(const QList<Task> &tasks);
    // Deletes tasks and everything of theirs in one transaction; refused whole if one is gone.
    bool deleteTasks(const QList<qint64> &taskIds);
    // Sections by hand. A section with an id is put back under it (undo of a delete).
    qint64 insertSection(const Section &section);
    bool saveSections(const QList<Section> &sections); // parent, position, label and title
    // Deletes a section, its tasks moved to `moveTasksTo` (0: to no section), in one transaction.
    bool deleteSection(qint64 sectionId, qint64 moveTasksTo);
    // Undo of deleteSection: the section under its id, these tasks back in it.
    bool restoreSection(const Section &section, const QList<qint64> &taskIds);
    // Undo of deletePlans: the plan, its sections and its tasks under their ids, in one transaction.
    bool restorePlan(const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks);
    // Writes a plan's own fields (title, issuer, number, date, year, source, notes) and, in the
    // same transaction, `tasks` whose deadlines a new year changed.
    bool savePlan(const Plan &plan, const QList<Task> &tasks = {});

    // Progress history
    qint64 addProgress(qint64 taskId, const ProgressEntry &entry);
    bool restoreProgress(qint64 taskId, const ProgressEntry &entry);
    bool removeProgress(qint64 entryId);

    // Units
    QStringList unitNames() const;
    // A name that now means another unit (a merge or a rename): imports and edits naming `alias`
    // store `unit`. removeUnitAlias takes that back.
    bool setUnitAlias(const QString &alias, const QString &unit);
    bool removeUnitAlias(const QString &alias);
    QHash<QString, QString> unitAliases() const; // alias -> the unit's name

    // Supervision notices, numbered per year. A task noticed again on the same day keeps its
    // number, so printing a notice twice does not use up numbers.
    struct IssuedNotice {
        qint64 taskId = 0;
        int year = 0;
        int serial = 0;
        QDate issued;
        QDate replyBy;
    };
    QList<IssuedNotice> issueNotices(const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy);

    // Bulletins keep the figures they published, for the next one to compare with.
    struct Bulletin {
        QDate issued;
        int year = 0;
        int serial = 0; // 第N期 of its year
        QByteArray figures; // JSON
    };
    std::optional<Bulletin> bulletinBefore(const QDate &day) const;
    // Saves the bulletin of `day` (a second one that day replaces the first); its serial, 0 on failure.
    int saveBulletin(const QDate &day, const QByteArray &figures);

    // The ledger's own settings (office name, due-soon window …)
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);
    bool setSettings(const QList<std::pair<QString, QString>> &values); // one transaction

private:
    template<typename Write>
    bool write(Write &&work);
    bool fail(StoreError::Kind kind, const QString &message);
    static void rollBackHotJournal(const QString &path);
    bool failQuery(const QSqlQuery &query);
    // Statements prepared once per write and reused for every task it touches.
    struct ChildStatements {
        explicit ChildStatements(const QSqlDatabase &db);
        QSqlQuery units;
        QSqlQuery milestones;
        QSqlQuery leaders;
        QSqlQuery order;
        QSqlQuery progress;
    };

    qint64 unitId(const QString &name);
    // The new task's id, 0 on failure.
    qint64 insertTask(QSqlQuery &insert, ChildStatements &statements, const Task &task, qint64 planId, qint64 sectionId,
        const QString &now);
    bool writeTaskChildren(ChildStatements &statements, const Task &task, qint64 taskId);
    bool updateTasks(const QList<Task> &tasks); // inside a write()
    bool insertTaskRows(const QList<Task> &tasks, QList<qint64> *ids); // inside a write()
    bool insertSectionRows(const QList<Section> &sections, QList<qint64> *ids); // inside a write()
    qint64 insertProgress(QSqlQuery &insert, qint64 taskId, const ProgressEntry &entry);
    void readChildren(QList<Task> &tasks, qint64 fromId, qint64 toId, Detail detail) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    mutable StoreError m_error;
    QHash<QString, qint64> m_unitIds; // name or alias -> unit id, filled as names are met
};

} // namespace Taizhang
