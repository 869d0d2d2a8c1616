#include "sqlitetaskrows.h"

#include "sqliteconnection.h"
#include "sqliteprogressrows.h"
#include "sqliteunitrows.h"
#include "sqlitevalues.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

const QString taskColumns = u"id, plan_id, section_id, number, part, title, requirement, deadline_text,"
                            " deadline_kind, due, status, problems, remarks, created, updated"_s;

Task readTask(const QSqlQuery &q, bool withTimes)
{
    Task task;
    task.id = q.value(0).toLongLong();
    task.planId = q.value(1).toLongLong();
    task.sectionId = q.value(2).toLongLong();
    task.number = q.value(3).toString();
    task.part = q.value(4).toInt();
    task.title = q.value(5).toString();
    task.requirement = q.value(6).toString();
    task.deadline.text = q.value(7).toString();
    task.deadline.kind = SqliteValues::deadlineKindFromId(q.value(8).toString());
    task.deadline.due = SqliteValues::readDate(q.value(9));
    task.status = SqliteValues::statusFromId(q.value(10).toString());
    task.problems = q.value(11).toString();
    task.remarks = q.value(12).toString();
    task.order = double(task.id);
    if (withTimes) { // parsing two timestamps per row costs a tenth of loading a table
        task.created = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        task.updated = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    }
    return task;
}

const QString insertColumns = u"plan_id, section_id, number, part, title, requirement, deadline_text,"
                              " deadline_kind, due, status, problems, remarks, created, updated"_s;

// The same INSERT with the row's id bound last.
QString withId(const QString &insert)
{
    QString statement = insert;
    return statement.replace(u") VALUES ("_s, u", id) VALUES (?, "_s);
}

} // namespace

QString SqliteTaskRows::insertStatement()
{
    return u"INSERT INTO tasks ("_s + insertColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

SqliteTaskRows::SqliteTaskRows(SqliteConnection &connection, SqliteUnitRows &units, SqliteProgressRows &progress)
    : m_connection(connection)
    , m_units(units)
    , m_progress(progress)
{
}

qint64 SqliteTaskRows::insertTask(QSqlQuery &insert, ChildStatements &statements, const Task &task, qint64 planId,
    qint64 sectionId, const QString &now)
{
    insert.bindValue(0, planId);
    insert.bindValue(1, sectionId > 0 ? QVariant(sectionId) : QVariant(QMetaType::fromType<qlonglong>()));
    insert.bindValue(2, SqliteValues::text(task.number));
    insert.bindValue(3, task.part);
    insert.bindValue(4, SqliteValues::text(task.title));
    insert.bindValue(5, SqliteValues::text(task.requirement));
    insert.bindValue(6, SqliteValues::text(task.deadline.text));
    insert.bindValue(7, SqliteValues::deadlineKindId(task.deadline.kind));
    insert.bindValue(8, SqliteValues::date(task.deadline.due));
    insert.bindValue(9, TaskStatuses::id(task.status));
    insert.bindValue(10, SqliteValues::text(task.problems));
    insert.bindValue(11, SqliteValues::text(task.remarks));
    insert.bindValue(12, now);
    insert.bindValue(13, now);
    if (!insert.exec()) {
        m_connection.failQuery(insert); // records why
        return 0;
    }
    const qint64 taskId = insert.lastInsertId().toLongLong();
    if (!writeTaskChildren(statements, task, taskId))
        return 0;
    for (const ProgressEntry &entry : task.progress) {
        if (m_progress.insert(statements.progress, taskId, entry) == 0)
            return 0;
    }
    return taskId;
}

SqliteTaskRows::ChildStatements::ChildStatements(const QSqlDatabase &db)
    : units(db)
    , milestones(db)
    , leaders(db)
    , order(db)
    , completion(db)
    , progress(db)
{
    completion.prepare(u"INSERT INTO task_completion (task_id, completed, closed_on, estimated) VALUES (?, ?, ?, ?)"_s);
    leaders.prepare(u"INSERT INTO task_leaders (task_id, position, name) VALUES (?, ?, ?)"_s);
    order.prepare(u"INSERT INTO task_order (task_id, position) VALUES (?, ?)"_s);
    units.prepare(u"INSERT INTO task_units (task_id, role, position, unit_id) VALUES (?, ?, ?, ?)"_s);
    milestones.prepare(u"INSERT INTO milestones (task_id, position, due, text) VALUES (?, ?, ?, ?)"_s);
    progress.prepare(SqliteProgressRows::insertStatement(false));
}

bool SqliteTaskRows::writeTaskChildren(ChildStatements &statements, const Task &task, qint64 taskId)
{
    QSqlQuery &units = statements.units;
    const struct {
        const QStringList &names;
        QString role;
    } roles[] = {{task.leadUnits, u"lead"_s}, {task.coUnits, u"co"_s}};
    for (const auto &role : roles) {
        int position = 0;
        for (const QString &name : role.names) {
            const qint64 id = m_units.idOf(name);
            if (id == 0)
                return false;
            units.bindValue(0, taskId);
            units.bindValue(1, role.role);
            units.bindValue(2, position++);
            units.bindValue(3, id);
            if (!units.exec())
                return m_connection.failQuery(units);
        }
    }
    QSqlQuery &milestones = statements.milestones;
    int position = 0;
    for (const Milestone &milestone : task.milestones) {
        milestones.bindValue(0, taskId);
        milestones.bindValue(1, position++);
        milestones.bindValue(2, SqliteValues::date(milestone.due));
        milestones.bindValue(3, SqliteValues::text(milestone.text));
        if (!milestones.exec())
            return m_connection.failQuery(milestones);
    }
    if (task.order > 0 && task.order != double(taskId)) {
        QSqlQuery &order = statements.order;
        order.bindValue(0, taskId);
        order.bindValue(1, task.order);
        if (!order.exec())
            return m_connection.failQuery(order);
    }
    if (task.completed.isValid() || task.closedOn.isValid()) {
        QSqlQuery &completion = statements.completion;
        completion.bindValue(0, taskId);
        completion.bindValue(1, SqliteValues::date(task.completed));
        completion.bindValue(2, SqliteValues::date(task.closedOn));
        completion.bindValue(3, int(task.completionEstimated));
        if (!completion.exec())
            return m_connection.failQuery(completion);
    }
    QSqlQuery &leaders = statements.leaders;
    position = 0;
    for (const QString &name : task.leaders) {
        leaders.bindValue(0, taskId);
        leaders.bindValue(1, position++);
        leaders.bindValue(2, SqliteValues::text(name));
        if (!leaders.exec())
            return m_connection.failQuery(leaders);
    }
    return true;
}

int SqliteTaskRows::taskCount() const
{
    QSqlQuery q(m_connection.db());
    return q.exec(u"SELECT COUNT(*) FROM tasks"_s) && q.next() ? q.value(0).toInt() : 0;
}

void SqliteTaskRows::readChildren(QList<Task> &tasks, qint64 fromId, qint64 toId, Detail detail) const
{
    if (tasks.isEmpty())
        return;
    QHash<qint64, Task *> byId;
    byId.reserve(tasks.size());
    for (Task &task : tasks)
        byId.insert(task.id, &task);

    // Unit names by id: a page names the same few hundred units thousands of times, and one shared
    // string per unit saves decoding (and allocating) each mention.
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    QHash<qint64, QString> unitNames;
    q.exec(u"SELECT id, name FROM units"_s);
    while (q.next())
        unitNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.prepare(u"SELECT task_id, CASE WHEN role = 'lead' THEN 1 ELSE 0 END, unit_id FROM task_units"
              " WHERE task_id >= ? AND task_id <= ? ORDER BY task_id, role DESC, position"_s);
    q.addBindValue(fromId);
    q.addBindValue(toId);
    q.exec();
    while (q.next()) {
        if (Task *task = byId.value(q.value(0).toLongLong()))
            (q.value(1).toInt() == 1 ? task->leadUnits : task->coUnits)
                .append(unitNames.value(q.value(2).toLongLong()));
    }

    // A ledger older than format 4 opened read-only has no such tables: the queries find nothing.
    q.prepare(u"SELECT task_id, position FROM task_order WHERE task_id >= ? AND task_id <= ?"_s);
    q.addBindValue(fromId);
    q.addBindValue(toId);
    if (q.exec()) {
        while (q.next()) {
            if (Task *task = byId.value(q.value(0).toLongLong()))
                task->order = q.value(1).toDouble();
        }
    }
    // Format 6 and later.
    q.prepare(u"SELECT task_id, completed, closed_on, estimated FROM task_completion WHERE task_id >= ? AND task_id <= ?"_s);
    q.addBindValue(fromId);
    q.addBindValue(toId);
    if (q.exec()) {
        while (q.next()) {
            if (Task *task = byId.value(q.value(0).toLongLong())) {
                task->completed = SqliteValues::readDate(q.value(1));
                task->closedOn = SqliteValues::readDate(q.value(2));
                task->completionEstimated = q.value(3).toInt() != 0;
            }
        }
    }
    q.prepare(u"SELECT task_id, name FROM task_leaders WHERE task_id >= ? AND task_id <= ?"
              " ORDER BY task_id, position"_s);
    q.addBindValue(fromId);
    q.addBindValue(toId);
    if (q.exec()) {
        while (q.next()) {
            if (Task *task = byId.value(q.value(0).toLongLong()))
                task->leaders.append(q.value(1).toString());
        }
    }

    // A table row keeps only the latest progress entry; the full detail keeps the history.
    q.prepare(u"SELECT task_id, id, reported, unit, percent, text, author FROM progress"
              " WHERE task_id >= ? AND task_id <= ? ORDER BY task_id, reported, id"_s);
    q.addBindValue(fromId);
    q.addBindValue(toId);
    q.exec();
    while (q.next()) {
        if (Task *task = byId.value(q.value(0).toLongLong())) {
            if (detail == Detail::Row)
                task->progress = {SqliteProgressRows::read(q, 1)};
            else
                task->progress.append(SqliteProgressRows::read(q, 1));
        }
    }
    if (detail == Detail::Row)
        return;
    q.prepare(u"SELECT task_id, due, text FROM milestones WHERE task_id >= ? AND task_id <= ?"
              " ORDER BY task_id, position"_s);
    q.addBindValue(fromId);
    q.addBindValue(toId);
    q.exec();
    while (q.next()) {
        if (Task *task = byId.value(q.value(0).toLongLong()))
            task->milestones.append({QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString()});
    }
}

QList<Task> SqliteTaskRows::taskPage(qint64 afterId, int limit, Detail detail) const
{
    QList<Task> tasks;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + taskColumns + u" FROM tasks WHERE id > ? ORDER BY id LIMIT ?"_s);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return tasks;
    tasks.reserve(limit);
    while (q.next())
        tasks.append(readTask(q, detail == Detail::Full));
    if (!tasks.isEmpty())
        readChildren(tasks, tasks.constFirst().id, tasks.constLast().id, detail);
    return tasks;
}

std::optional<Task> SqliteTaskRows::task(qint64 id) const
{
    QList<Task> one = taskPage(id - 1, 1, Detail::Full);
    if (one.isEmpty() || one.constFirst().id != id)
        return std::nullopt;
    return one.takeFirst();
}

QList<Task> SqliteTaskRows::tasksNamingUnit(const QString &unit) const
{
    QList<Task> tasks;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT tu.task_id FROM task_units tu JOIN units u ON u.id = tu.unit_id"
              " WHERE u.name = ? ORDER BY tu.task_id"_s);
    q.addBindValue(unit);
    if (!q.exec())
        return tasks;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids) {
        if (std::optional<Task> found = task(id))
            tasks.append(*found);
    }
    return tasks;
}

bool SqliteTaskRows::saveTasks(const QList<Task> &tasks)
{
    return m_connection.write([&] { return updateTasks(tasks); });
}

bool SqliteTaskRows::updateTasks(const QList<Task> &tasks)
{
    const QString now = SqliteValues::now();
    QSqlQuery update(m_connection.db()), clear(m_connection.db());
    ChildStatements children(m_connection.db());
    update.prepare(u"UPDATE tasks SET section_id = ?, number = ?, part = ?, title = ?, requirement = ?,"
                   " deadline_text = ?, deadline_kind = ?, due = ?, status = ?, problems = ?, remarks = ?,"
                   " updated = ? WHERE id = ?"_s);
    for (const Task &task : tasks) {
        update.addBindValue(task.sectionId > 0 ? QVariant(task.sectionId) : QVariant(QMetaType::fromType<qlonglong>()));
        for (const QVariant &value : {SqliteValues::text(task.number), QVariant(task.part),
                 SqliteValues::text(task.title), SqliteValues::text(task.requirement),
                 SqliteValues::text(task.deadline.text), QVariant(SqliteValues::deadlineKindId(task.deadline.kind)),
                 SqliteValues::date(task.deadline.due), QVariant(TaskStatuses::id(task.status)),
                 SqliteValues::text(task.problems), SqliteValues::text(task.remarks), QVariant(now), QVariant(task.id)})
            update.addBindValue(value);
        if (!m_connection.execOne(update, LedgerStore::tr("Task %1 is no longer in the ledger.").arg(task.id)))
            return false;
        for (const QString &table :
            {u"task_units"_s, u"milestones"_s, u"task_leaders"_s, u"task_order"_s, u"task_completion"_s}) {
            clear.prepare(u"DELETE FROM "_s + table + u" WHERE task_id = ?"_s);
            clear.addBindValue(task.id);
            if (!clear.exec())
                return m_connection.failQuery(clear);
        }
        if (!writeTaskChildren(children, task, task.id))
            return false;
    }
    return true;
}

QList<qint64> SqliteTaskRows::insertTasks(const QList<Task> &tasks)
{
    QList<qint64> ids;
    const bool ok = m_connection.write([&] { return insertTaskRows(tasks, &ids); });
    return ok ? ids : QList<qint64>();
}

bool SqliteTaskRows::insertTaskRows(const QList<Task> &tasks, QList<qint64> *ids)
{
    const QString now = SqliteValues::now();
    QSqlQuery fresh(m_connection.db()), restored(m_connection.db()), history(m_connection.db());
    ChildStatements children(m_connection.db());
    fresh.prepare(insertStatement());
    // Undo of a delete puts each task back under its own id, so later steps that name it still do.
    restored.prepare(withId(insertStatement()));
    history.prepare(SqliteProgressRows::insertStatement(true));
    for (Task task : tasks) {
        QSqlQuery &insert = task.id > 0 ? restored : fresh;
        if (task.id > 0)
            insert.bindValue(14, task.id);
        const QList<ProgressEntry> progress = task.progress;
        task.progress.clear();
        const qint64 id = insertTask(insert, children, task, task.planId, task.sectionId, now);
        if (id == 0)
            return false;
        for (const ProgressEntry &entry : progress) {
            if (entry.id > 0) {
                history.addBindValue(entry.id);
                if (m_progress.insert(history, id, entry) == 0)
                    return false;
            } else if (m_progress.insert(children.progress, id, entry) == 0) {
                return false;
            }
        }
        ids->append(id);
    }
    return true;
}

bool SqliteTaskRows::deleteTasks(const QList<qint64> &taskIds)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"DELETE FROM tasks WHERE id = ?"_s); // units, milestones, leaders, progress cascade
        for (qint64 id : taskIds) {
            q.addBindValue(id);
            if (!m_connection.execOne(q, LedgerStore::tr("Task %1 is no longer in the ledger.").arg(id)))
                return false;
        }
        return true;
    });
}

} // namespace Taizhang
