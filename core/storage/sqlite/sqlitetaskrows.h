#pragma once

#include "model/task.h"
#include "storage/ledgerstore.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace Taizhang {

class SqliteConnection;
class SqliteProgressRows;
class SqliteUnitRows;

// Tasks with what hangs off them: units by role, milestones, leaders, a hand-set place in the
// ledger (task_order), and their progress entries on insert. Reads go by pages of ids.
class SqliteTaskRows {
public:
    using Detail = LedgerStore::Detail;

    SqliteTaskRows(SqliteConnection &connection, SqliteUnitRows &units, SqliteProgressRows &progress);

    int taskCount() const;
    QList<Task> taskPage(qint64 afterId, int limit, Detail detail) const;
    std::optional<Task> task(qint64 id) const;
    QList<Task> tasksNamingUnit(const QString &unit) const;
    bool saveTasks(const QList<Task> &tasks);
    QList<qint64> insertTasks(const QList<Task> &tasks);
    bool deleteTasks(const QList<qint64> &taskIds);

    // Statements prepared once per write and reused for every task it touches.
    struct ChildStatements {
        explicit ChildStatements(const QSqlDatabase &db);
        QSqlQuery units;
        QSqlQuery milestones;
        QSqlQuery leaders;
        QSqlQuery order;
        QSqlQuery completion;
        QSqlQuery progress;
    };
    static QString insertStatement(); // the 14 columns insertTask binds
    // Inside a write: one new task with its children, the new id (0 on failure).
    qint64 insertTask(QSqlQuery &insert, ChildStatements &statements, const Task &task, qint64 planId, qint64 sectionId,
        const QString &now);
    bool updateTasks(const QList<Task> &tasks); // inside a write
    bool insertTaskRows(const QList<Task> &tasks, QList<qint64> *ids); // inside a write; ids kept

private:
    bool writeTaskChildren(ChildStatements &statements, const Task &task, qint64 taskId);
    void readChildren(QList<Task> &tasks, qint64 fromId, qint64 toId, Detail detail) const;

    SqliteConnection &m_connection;
    SqliteUnitRows &m_units;
    SqliteProgressRows &m_progress;
};

} // namespace Taizhang
