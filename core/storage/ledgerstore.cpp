// Every SQL statement of the file ledger, by design in one place (the storage seam). It is long
// (~1,150 lines) because it holds every aggregate: opening and its checks, tasks, their order and
// leaders, units, progress, sections, plans, notices, bulletins, settings. Issue 13 splits it
// behind a LedgerStore interface into one file per aggregate; until then new statements go here.
#include "ledgerstore.h"

#include "ledgerfileprobe.h"
#include "schemamigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

QString kindId(Deadline::Kind kind)
{
    switch (kind) {
    case Deadline::Kind::None: return u"none"_s;
    case Deadline::Kind::Date: return u"date"_s;
    case Deadline::Kind::Ongoing: return u"ongoing"_s;
    case Deadline::Kind::Unparsed: return u"unparsed"_s;
    }
    return u"none"_s;
}

Deadline::Kind kindFromId(const QString &id)
{
    if (id == u"date")
        return Deadline::Kind::Date;
    if (id == u"ongoing")
        return Deadline::Kind::Ongoing;
    if (id == u"unparsed")
        return Deadline::Kind::Unparsed;
    return Deadline::Kind::None;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// Qt SQL binds a null QString as SQL NULL; text columns are NOT NULL and hold '' instead.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString taskColumns = u"id, plan_id, section_id, number, part, title, requirement, deadline_text,"
                            " deadline_kind, due, status, problems, remarks, created, updated"_s;

TaskStatus statusFromId(const QString &id)
{
    for (TaskStatus status : TaskStatuses::all) {
        if (TaskStatuses::id(status) == id)
            return status;
    }
    return TaskStatus::NotStarted;
}

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
    task.deadline.kind = kindFromId(q.value(8).toString());
    task.deadline.due = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    task.status = statusFromId(q.value(10).toString());
    task.problems = q.value(11).toString();
    task.remarks = q.value(12).toString();
    task.order = double(task.id);
    if (withTimes) { // parsing two timestamps per row costs a tenth of loading a table
        task.created = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        task.updated = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    }
    return task;
}

ProgressEntry readProgress(const QSqlQuery &q, int first)
{
    ProgressEntry entry;
    entry.id = q.value(first).toLongLong();
    entry.date = QDate::fromString(q.value(first + 1).toString(), Qt::ISODate);
    entry.unit = q.value(first + 2).toString();
    entry.percent = q.value(first + 3).isNull() ? -1 : q.value(first + 3).toInt();
    entry.text = q.value(first + 4).toString();
    entry.author = q.value(first + 5).toString();
    return entry;
}

StoreError::Kind kindOfSqliteCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::Kind::Locked;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: return StoreError::Kind::ReadOnly;
    case SQLITE_FULL: return StoreError::Kind::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StoreError::Kind::Corrupt;
    case SQLITE_IOERR: return StoreError::Kind::Io;
    default: return StoreError::Kind::Other;
    }
}

QString messageFor(StoreError::Kind kind, const QString &detail)
{
    switch (kind) {
    case StoreError::Kind::Locked:
        return LedgerStore::tr("The ledger is locked by another program; nothing was changed. Try again in a moment.");
    case StoreError::Kind::ReadOnly:
        return LedgerStore::tr("The ledger file or its folder cannot be written; nothing was changed.");
    case StoreError::Kind::DiskFull:
        return LedgerStore::tr("The disk is full; nothing was changed. Free some space and try again.");
    case StoreError::Kind::Corrupt:
        return LedgerStore::tr("The ledger file is damaged (%1). Restore it from a backup.").arg(detail);
    case StoreError::Kind::Io:
        return LedgerStore::tr("The disk reported an error (%1); nothing was changed.").arg(detail);
    default: return LedgerStore::tr("The ledger could not be written (%1); nothing was changed.").arg(detail);
    }
}

} // namespace

LedgerStore::LedgerStore()
    : m_connection(u"ledger-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

LedgerStore::~LedgerStore()
{
    close();
}

bool LedgerStore::fail(StoreError::Kind kind, const QString &message)
{
    m_error = {kind, message};
    return false;
}

bool LedgerStore::failQuery(const QSqlQuery &query)
{
    const QSqlError error = query.lastError().isValid() ? query.lastError() : m_db.lastError();
    const StoreError::Kind kind = kindOfSqliteCode(error.nativeErrorCode().toInt());
    return fail(kind, messageFor(kind, error.databaseText()));
}

bool LedgerStore::open(const QString &path, OpenMode mode)
{
    close();
    m_error = {};
    const QFileInfo info(path);
    const QString name = info.fileName();
    const LedgerFileProbe probe = LedgerFileProbe::inspect(path);
    switch (probe.kind) {
    case LedgerFileProbe::Kind::Missing:
        if (mode != OpenMode::CreateOrOpen)
            return fail(StoreError::Kind::Io, LedgerStore::tr("The ledger %1 does not exist.").arg(path));
        break;
    case LedgerFileProbe::Kind::Empty:
        if (mode != OpenMode::CreateOrOpen)
            return fail(
                StoreError::Kind::NotALedger, LedgerStore::tr("%1 is an empty file, not a Taizhang ledger.").arg(name));
        break;
    case LedgerFileProbe::Kind::NotSqlite:
        return fail(StoreError::Kind::NotALedger,
            LedgerStore::tr("%1 is not a Taizhang ledger (it is not a ledger database). It was left untouched.")
                .arg(name));
    case LedgerFileProbe::Kind::ForeignSqlite:
        return fail(StoreError::Kind::NotALedger,
            LedgerStore::tr("%1 is a database of another program, not a Taizhang ledger. It was left untouched.")
                .arg(name));
    case LedgerFileProbe::Kind::Ledger:
        if (probe.userVersion > SchemaMigrator::currentVersion)
            return fail(StoreError::Kind::NewerVersion,
                LedgerStore::tr(
                    "%1 was saved by a newer version of Taizhang (ledger format %2; this version reads up to %3). "
                    "Update Taizhang to open it; the file was left untouched.")
                    .arg(name)
                    .arg(probe.userVersion)
                    .arg(SchemaMigrator::currentVersion));
        break;
    }

    // SQLite's rollback journal is created beside the file: the folder must be writable too.
    m_readOnly = mode == OpenMode::ReadOnly;
    if (!m_readOnly && info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        if (probe.kind != LedgerFileProbe::Kind::Ledger)
            return fail(StoreError::Kind::ReadOnly, LedgerStore::tr("%1 cannot be written.").arg(name));
        m_readOnly = true; // still worth reading; every write will say why it cannot happen
    }

    // A rollback journal left by a crash mid-save ("hot") is replayed by SQLite only on a connection
    // that may write; a read-only one would call a healthy ledger damaged. Roll it back first.
    const QFileInfo journal(path + u"-journal"_s);
    if (m_readOnly && journal.exists() && journal.size() > 0 && probe.kind == LedgerFileProbe::Kind::Ledger) {
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return fail(StoreError::Kind::ReadOnly,
                LedgerStore::tr("%1 was left in the middle of a save by a crash, and its folder cannot be written to "
                                "finish undoing it. Copy the file and %2 to a writable folder and open it there; "
                                "nothing is lost.")
                    .arg(name, journal.fileName()));
        rollBackHotJournal(path);
    }

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(
        m_readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s : u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        const StoreError::Kind kind = kindOfSqliteCode(error.nativeErrorCode().toInt());
        close();
        return fail(kind, LedgerStore::tr("%1 could not be opened: %2").arg(name, error.databaseText()));
    }

    if (auto *handle = *static_cast<sqlite3 *const *>(m_db.driver()->handle().constData())) {
        // Defensive mode: a crafted file cannot corrupt itself through SQL we run.
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    }
    QSqlQuery pragma(m_db);
    QStringList pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA trusted_schema = OFF"_s};
    if (!m_readOnly)
        pragmas += {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA synchronous = FULL"_s};
    for (const QString &sql : std::as_const(pragmas)) {
        if (!pragma.exec(sql)) {
            failQuery(pragma);
            const StoreError error = m_error;
            close();
            m_error = {error.kind, LedgerStore::tr("%1 could not be opened: %2").arg(name, error.message)};
            return false;
        }
    }

    if (probe.kind == LedgerFileProbe::Kind::Ledger) {
        QSqlQuery check(m_db);
        // Taizhang creates no triggers or views: a file that has them was made to do harm.
        if (check.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"_s) && check.next()
            && check.value(0).toInt() > 0) {
            close();
            return fail(StoreError::Kind::Hostile,
                LedgerStore::tr("%1 contains database code that Taizhang never writes (triggers or views); it was "
                                "refused to keep your computer safe.")
                    .arg(name));
        }
        if (!check.exec(u"PRAGMA quick_check(1)"_s) || !check.next() || check.value(0).toString() != u"ok") {
            const QString detail
                = check.lastError().isValid() ? check.lastError().databaseText() : check.value(0).toString();
            close();
            return fail(StoreError::Kind::Corrupt,
                LedgerStore::tr("%1 is damaged and cannot be opened safely (%2). Restore it from a backup.")
                    .arg(name, detail));
        }
    }

    // An older ledger opened read-only is read as it is: every later version only added tables,
    // and what reads them finds nothing.
    if (probe.userVersion < SchemaMigrator::currentVersion && !m_readOnly) {
        if (const QString error = SchemaMigrator::migrate(m_db, probe.userVersion); !error.isEmpty()) {
            close();
            return fail(StoreError::Kind::Other, LedgerStore::tr("%1 could not be upgraded: %2").arg(name, error));
        }
    }
    m_path = path;
    return true;
}

void LedgerStore::rollBackHotJournal(const QString &path)
{
    // The first read on a writable connection rolls a hot journal back (SQLite does it only when no
    // other connection is writing, so a live writer's journal is left alone).
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
        sqlite3_exec(handle, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    sqlite3_close(handle);
}

void LedgerStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_unitIds.clear();
    m_path.clear();
}

bool LedgerStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

template<typename Write>
bool LedgerStore::write(Write &&work)
{
    if (!isOpen())
        return fail(StoreError::Kind::Other, LedgerStore::tr("No ledger is open."));
    if (m_readOnly)
        return fail(StoreError::Kind::ReadOnly, LedgerStore::tr("The ledger is open read-only; nothing was changed."));
    m_error = {};
    if (!m_db.transaction())
        return failQuery(QSqlQuery(m_db));
    if (!work() || !m_db.commit()) {
        if (!m_error)
            failQuery(QSqlQuery(m_db));
        m_db.rollback();
        m_unitIds.clear(); // ids handed out inside the failed transaction are gone
        return false;
    }
    return true;
}

QList<Plan> LedgerStore::plans() const
{
    QList<Plan> result;
    QSqlQuery q(m_db);
    q.exec(u"SELECT id, title, issuer, doc_number, issued, year, source, notes FROM plans ORDER BY id"_s);
    while (q.next()) {
        Plan plan;
        plan.id = q.value(0).toLongLong();
        plan.title = q.value(1).toString();
        plan.issuer = q.value(2).toString();
        plan.docNumber = q.value(3).toString();
        plan.issued = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        plan.year = q.value(5).toInt();
        plan.source = q.value(6).toString();
        plan.notes = q.value(7).toString();
        result.append(plan);
    }
    return result;
}

QList<Section> LedgerStore::sections() const
{
    QList<Section> result;
    QSqlQuery q(m_db);
    q.exec(u"SELECT id, parent_id, plan_id, position, label, title FROM sections ORDER BY plan_id, position, id"_s);
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
            q.value(4).toString(), q.value(5).toString()});
    return result;
}

qint64 LedgerStore::unitId(const QString &name)
{
    if (auto it = m_unitIds.constFind(name); it != m_unitIds.cend())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT unit_id FROM unit_aliases WHERE alias = ?"_s);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return m_unitIds[name] = q.value(0).toLongLong();
    q.prepare(u"SELECT id FROM units WHERE name = ?"_s);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return m_unitIds[name] = q.value(0).toLongLong();
    q.prepare(u"INSERT INTO units (name) VALUES (?)"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        failQuery(q);
        return 0;
    }
    return m_unitIds[name] = q.lastInsertId().toLongLong();
}

qint64 LedgerStore::insertTask(QSqlQuery &insert, ChildStatements &statements, const Task &task, qint64 planId,
    qint64 sectionId, const QString &now)
{
    insert.bindValue(0, planId);
    insert.bindValue(1, sectionId > 0 ? QVariant(sectionId) : QVariant(QMetaType::fromType<qlonglong>()));
    insert.bindValue(2, textValue(task.number));
    insert.bindValue(3, task.part);
    insert.bindValue(4, textValue(task.title));
    insert.bindValue(5, textValue(task.requirement));
    insert.bindValue(6, textValue(task.deadline.text));
    insert.bindValue(7, kindId(task.deadline.kind));
    insert.bindValue(8, dateValue(task.deadline.due));
    insert.bindValue(9, TaskStatuses::id(task.status));
    insert.bindValue(10, textValue(task.problems));
    insert.bindValue(11, textValue(task.remarks));
    insert.bindValue(12, now);
    insert.bindValue(13, now);
    if (!insert.exec()) {
        failQuery(insert); // records why
        return 0;
    }
    const qint64 taskId = insert.lastInsertId().toLongLong();
    if (!writeTaskChildren(statements, task, taskId))
        return 0;
    for (const ProgressEntry &entry : task.progress) {
        if (insertProgress(statements.progress, taskId, entry) == 0)
            return 0;
    }
    return taskId;
}

LedgerStore::ChildStatements::ChildStatements(const QSqlDatabase &db)
    : units(db)
    , milestones(db)
    , leaders(db)
    , order(db)
    , progress(db)
{
    leaders.prepare(u"INSERT INTO task_leaders (task_id, position, name) VALUES (?, ?, ?)"_s);
    order.prepare(u"INSERT INTO task_order (task_id, position) VALUES (?, ?)"_s);
    units.prepare(u"INSERT INTO task_units (task_id, role, position, unit_id) VALUES (?, ?, ?, ?)"_s);
    milestones.prepare(u"INSERT INTO milestones (task_id, position, due, text) VALUES (?, ?, ?, ?)"_s);
    progress.prepare(u"INSERT INTO progress (task_id, reported, unit, percent, text, author, created)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
}

bool LedgerStore::writeTaskChildren(ChildStatements &statements, const Task &task, qint64 taskId)
{
    QSqlQuery &units = statements.units;
    const struct {
        const QStringList &names;
        QString role;
    } roles[] = {{task.leadUnits, u"lead"_s}, {task.coUnits, u"co"_s}};
    for (const auto &role : roles) {
        int position = 0;
        for (const QString &name : role.names) {
            const qint64 id = unitId(name);
            if (id == 0)
                return false;
            units.bindValue(0, taskId);
            units.bindValue(1, role.role);
            units.bindValue(2, position++);
            units.bindValue(3, id);
            if (!units.exec())
                return failQuery(units);
        }
    }
    QSqlQuery &milestones = statements.milestones;
    int position = 0;
    for (const Milestone &milestone : task.milestones) {
        milestones.bindValue(0, taskId);
        milestones.bindValue(1, position++);
        milestones.bindValue(2, dateValue(milestone.due));
        milestones.bindValue(3, textValue(milestone.text));
        if (!milestones.exec())
            return failQuery(milestones);
    }
    if (task.order > 0 && task.order != double(taskId)) {
        QSqlQuery &order = statements.order;
        order.bindValue(0, taskId);
        order.bindValue(1, task.order);
        if (!order.exec())
            return failQuery(order);
    }
    QSqlQuery &leaders = statements.leaders;
    position = 0;
    for (const QString &name : task.leaders) {
        leaders.bindValue(0, taskId);
        leaders.bindValue(1, position++);
        leaders.bindValue(2, textValue(name));
        if (!leaders.exec())
            return failQuery(leaders);
    }
    return true;
}

QList<qint64> LedgerStore::insertDraft(const ImportDraft &draft, InsertedRows *inserted)
{
    QList<qint64> planIds;
    InsertedRows rows;
    const bool ok = write([&] {
        const QString now = nowText();
        QSqlQuery plan(m_db), section(m_db), task(m_db);
        ChildStatements children(m_db);
        plan.prepare(u"INSERT INTO plans (title, issuer, doc_number, issued, year, source, notes)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        section.prepare(u"INSERT INTO sections (plan_id, parent_id, position, label, title) VALUES (?, ?, ?, ?, ?)"_s);
        task.prepare(u"INSERT INTO tasks (plan_id, section_id, number, part, title, requirement, deadline_text,"
                     " deadline_kind, due, status, problems, remarks, created, updated)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const DraftPlan &draftPlan : draft.plans) {
            const Plan &p = draftPlan.plan;
            qint64 planId = draftPlan.targetPlanId;
            int firstPosition = 0; // sections added to a plan follow its own
            if (planId > 0) {
                QSqlQuery target(m_db);
                target.prepare(u"SELECT (SELECT COALESCE(MAX(position), -1) + 1 FROM sections WHERE plan_id = ?)"
                               " FROM plans WHERE id = ?"_s);
                target.addBindValue(planId);
                target.addBindValue(planId);
                if (!target.exec())
                    return failQuery(target);
                if (!target.next())
                    return fail(StoreError::Kind::Other,
                        LedgerStore::tr("The plan to import into is no longer in the ledger."));
                firstPosition = target.value(0).toInt();
            } else {
                for (const QVariant &value : {textValue(p.title), textValue(p.issuer), textValue(p.docNumber),
                         dateValue(p.issued), QVariant(p.year), textValue(p.source), textValue(p.notes)})
                    plan.addBindValue(value);
                if (!plan.exec())
                    return failQuery(plan);
                planId = plan.lastInsertId().toLongLong();
                rows.newPlans.append(planId);
            }
            planIds.append(planId);

            QList<qint64> sectionIds;
            for (int i = 0; i < draftPlan.sections.size(); ++i) {
                const DraftSection &s = draftPlan.sections[i];
                section.addBindValue(planId);
                section.addBindValue(s.parent >= 0 && s.parent < i ? QVariant(sectionIds[s.parent])
                                                                   : QVariant(QMetaType::fromType<qlonglong>()));
                section.addBindValue(firstPosition + i);
                section.addBindValue(textValue(s.label));
                section.addBindValue(textValue(s.title));
                if (!section.exec())
                    return failQuery(section);
                sectionIds.append(section.lastInsertId().toLongLong());
                rows.sections.append(sectionIds.last());
            }
            for (const DraftTask &draftTask : draftPlan.tasks) {
                if (!draftTask.included)
                    continue;
                const qint64 sectionId = draftTask.section >= 0 ? sectionIds.value(draftTask.section) : 0;
                const qint64 taskId = insertTask(task, children, draftTask.task, planId, sectionId, now);
                if (taskId == 0)
                    return false;
                rows.tasks.append(taskId);
            }
        }
        return true;
    });
    if (ok && inserted)
        *inserted = rows;
    return ok ? planIds : QList<qint64>();
}

bool LedgerStore::deleteInserted(const InsertedRows &inserted)
{
    return write([&] {
        // Tasks first, then sections innermost first, then the plans the import made.
        const QList<std::pair<QString, QList<qint64>>> tables = {
            {u"DELETE FROM tasks WHERE id = ?"_s, inserted.tasks},
            {u"DELETE FROM sections WHERE id = ?"_s,
                QList<qint64>(inserted.sections.crbegin(), inserted.sections.crend())},
            {u"DELETE FROM plans WHERE id = ?"_s, inserted.newPlans},
        };
        QSqlQuery q(m_db);
        for (const auto &[statement, ids] : tables) {
            q.prepare(statement);
            for (qint64 id : ids) {
                q.addBindValue(id);
                if (!q.exec())
                    return failQuery(q);
            }
        }
        return true;
    });
}

bool LedgerStore::deletePlans(const QList<qint64> &planIds)
{
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM plans WHERE id = ?"_s);
        for (qint64 id : planIds) {
            q.addBindValue(id);
            if (!q.exec())
                return failQuery(q);
        }
        return true;
    });
}

int LedgerStore::taskCount() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT COUNT(*) FROM tasks"_s) && q.next() ? q.value(0).toInt() : 0;
}

void LedgerStore::readChildren(QList<Task> &tasks, qint64 fromId, qint64 toId, Detail detail) const
{
    if (tasks.isEmpty())
        return;
    QHash<qint64, Task *> byId;
    byId.reserve(tasks.size());
    for (Task &task : tasks)
        byId.insert(task.id, &task);

    // Unit names by id: a page names the same few hundred units thousands of times, and one shared
    // string per unit saves decoding (and allocating) each mention.
    QSqlQuery q(m_db);
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
                task->progress = {readProgress(q, 1)};
            else
                task->progress.append(readProgress(q, 1));
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

QList<Task> LedgerStore::taskPage(qint64 afterId, int limit, Detail detail) const
{
    QList<Task> tasks;
    QSqlQuery q(m_db);
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

std::optional<Task> LedgerStore::task(qint64 id) const
{
    QList<Task> one = taskPage(id - 1, 1, Detail::Full);
    if (one.isEmpty() || one.constFirst().id != id)
        return std::nullopt;
    return one.takeFirst();
}

QList<Task> LedgerStore::tasksNamingUnit(const QString &unit) const
{
    QList<Task> tasks;
    QSqlQuery q(m_db);
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

bool LedgerStore::saveTasks(const QList<Task> &tasks)
{
    return write([&] { return updateTasks(tasks); });
}

bool LedgerStore::updateTasks(const QList<Task> &tasks)
{
    const QString now = nowText();
    QSqlQuery update(m_db), clear(m_db);
    ChildStatements children(m_db);
    update.prepare(u"UPDATE tasks SET section_id = ?, number = ?, part = ?, title = ?, requirement = ?,"
                   " deadline_text = ?, deadline_kind = ?, due = ?, status = ?, problems = ?, remarks = ?,"
                   " updated = ? WHERE id = ?"_s);
    for (const Task &task : tasks) {
        update.addBindValue(
            task.sectionId > 0 ? QVariant(task.sectionId) : QVariant(QMetaType::fromType<qlonglong>()));
        for (const QVariant &value : {textValue(task.number), QVariant(task.part), textValue(task.title),
                 textValue(task.requirement), textValue(task.deadline.text), QVariant(kindId(task.deadline.kind)),
                 dateValue(task.deadline.due), QVariant(TaskStatuses::id(task.status)), textValue(task.problems),
                 textValue(task.remarks), QVariant(now), QVariant(task.id)})
            update.addBindValue(value);
        if (!update.exec())
            return failQuery(update);
        if (update.numRowsAffected() != 1)
            return fail(
                StoreError::Kind::Other, LedgerStore::tr("Task %1 is no longer in the ledger.").arg(task.id));
        for (const QString &table : {u"task_units"_s, u"milestones"_s, u"task_leaders"_s, u"task_order"_s}) {
            clear.prepare(u"DELETE FROM "_s + table + u" WHERE task_id = ?"_s);
            clear.addBindValue(task.id);
            if (!clear.exec())
                return failQuery(clear);
        }
        if (!writeTaskChildren(children, task, task.id))
            return false;
    }
    return true;
}

qint64 LedgerStore::insertProgress(QSqlQuery &q, qint64 taskId, const ProgressEntry &entry)
{
    q.addBindValue(taskId);
    q.addBindValue(dateValue(entry.date));
    q.addBindValue(textValue(entry.unit));
    q.addBindValue(entry.percent >= 0 ? QVariant(entry.percent) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(textValue(entry.text));
    q.addBindValue(textValue(entry.author));
    q.addBindValue(nowText());
    if (!q.exec()) {
        failQuery(q);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 LedgerStore::addProgress(qint64 taskId, const ProgressEntry &entry)
{
    qint64 id = 0;
    write([&] {
        ChildStatements statements(m_db);
        return (id = insertProgress(statements.progress, taskId, entry)) != 0;
    });
    return id;
}

bool LedgerStore::restoreProgress(qint64 taskId, const ProgressEntry &entry)
{
    // Undo of a removal puts the entry back under its old id, so a redo can remove it again.
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO progress (id, task_id, reported, unit, percent, text, author, created)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(entry.id);
        return insertProgress(q, taskId, entry) != 0;
    });
}

bool LedgerStore::removeProgress(qint64 entryId)
{
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM progress WHERE id = ?"_s);
        q.addBindValue(entryId);
        return q.exec() || failQuery(q);
    });
}

QStringList LedgerStore::unitNames() const
{
    QStringList names;
    QSqlQuery q(m_db);
    q.exec(u"SELECT name FROM units WHERE id IN (SELECT unit_id FROM task_units) ORDER BY name"_s);
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

bool LedgerStore::setUnitAlias(const QString &alias, const QString &unit)
{
    return write([&] {
        const qint64 id = unitId(unit);
        if (id == 0)
            return false;
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM unit_aliases WHERE alias = ?"_s); // portable "insert or replace"
        q.addBindValue(alias);
        if (!q.exec())
            return failQuery(q);
        q.prepare(u"INSERT INTO unit_aliases (alias, unit_id) VALUES (?, ?)"_s);
        q.addBindValue(alias);
        q.addBindValue(id);
        if (!q.exec())
            return failQuery(q);
        m_unitIds.remove(alias);
        return true;
    });
}

bool LedgerStore::removeUnitAlias(const QString &alias)
{
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM unit_aliases WHERE alias = ?"_s);
        q.addBindValue(alias);
        if (!q.exec())
            return failQuery(q);
        m_unitIds.remove(alias);
        return true;
    });
}

QHash<QString, QString> LedgerStore::unitAliases() const
{
    QHash<QString, QString> aliases;
    QSqlQuery q(m_db);
    q.exec(u"SELECT a.alias, u.name FROM unit_aliases a JOIN units u ON u.id = a.unit_id"_s);
    while (q.next())
        aliases.insert(q.value(0).toString(), q.value(1).toString());
    return aliases;
}

QString LedgerStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

bool LedgerStore::setSetting(const QString &key, const QString &value)
{
    return setSettings({{key, value}});
}

bool LedgerStore::setSettings(const QList<std::pair<QString, QString>> &values)
{
    return write([&] {
        QSqlQuery remove(m_db);
        remove.prepare(u"DELETE FROM settings WHERE key = ?"_s);
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
        for (const auto &[key, value] : values) {
            remove.addBindValue(key);
            if (!remove.exec())
                return failQuery(remove);
            insert.addBindValue(key);
            insert.addBindValue(textValue(value));
            if (!insert.exec())
                return failQuery(insert);
        }
        return true;
    });
}

QList<LedgerStore::IssuedNotice> LedgerStore::issueNotices(
    const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy)
{
    QList<IssuedNotice> notices;
    const bool ok = write([&] {
        QSqlQuery existing(m_db);
        existing.prepare(u"SELECT serial, reply_by FROM notices WHERE task_id = ? AND issued = ?"_s);
        QSqlQuery last(m_db);
        last.prepare(u"SELECT MAX(serial) FROM notices WHERE year = ?"_s);
        last.addBindValue(day.year());
        if (!last.exec())
            return failQuery(last);
        int serial = last.next() ? last.value(0).toInt() : 0;
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO notices (task_id, year, serial, issued, reply_by) VALUES (?, ?, ?, ?, ?)"_s);
        for (const qint64 taskId : taskIds) {
            existing.addBindValue(taskId);
            existing.addBindValue(day.toString(Qt::ISODate));
            if (!existing.exec())
                return failQuery(existing);
            if (existing.next()) { // printed again the same day: the same notice
                notices.append({taskId, day.year(), existing.value(0).toInt(), day,
                    QDate::fromString(existing.value(1).toString(), Qt::ISODate)});
                continue;
            }
            const IssuedNotice notice {taskId, day.year(), ++serial, day, replyBy};
            insert.addBindValue(taskId);
            insert.addBindValue(notice.year);
            insert.addBindValue(notice.serial);
            insert.addBindValue(day.toString(Qt::ISODate));
            insert.addBindValue(replyBy.toString(Qt::ISODate));
            if (!insert.exec())
                return failQuery(insert);
            notices.append(notice);
        }
        return true;
    });
    return ok ? notices : QList<IssuedNotice> {};
}

std::optional<LedgerStore::Bulletin> LedgerStore::bulletinBefore(const QDate &day) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT issued, year, serial, figures FROM bulletins WHERE issued < ? ORDER BY issued DESC LIMIT 1"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Bulletin {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(), q.value(2).toInt(),
        q.value(3).toString().toUtf8()};
}

int LedgerStore::saveBulletin(const QDate &day, const QByteArray &figures)
{
    int serial = 0;
    const bool ok = write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT serial FROM bulletins WHERE issued = ?"_s);
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec())
            return failQuery(q);
        if (q.next()) { // issued again the same day: the same bulletin, with today's figures
            serial = q.value(0).toInt();
            q.prepare(u"UPDATE bulletins SET figures = ? WHERE issued = ?"_s);
            q.addBindValue(QString::fromUtf8(figures));
            q.addBindValue(day.toString(Qt::ISODate));
            return q.exec() || failQuery(q);
        }
        q.prepare(u"SELECT COUNT(*) FROM bulletins WHERE year = ?"_s);
        q.addBindValue(day.year());
        if (!q.exec() || !q.next())
            return failQuery(q);
        serial = q.value(0).toInt() + 1;
        q.prepare(u"INSERT INTO bulletins (issued, year, serial, figures) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(day.year());
        q.addBindValue(serial);
        q.addBindValue(QString::fromUtf8(figures));
        return q.exec() || failQuery(q);
    });
    return ok ? serial : 0;
}

// Hand edits: a task added, tasks deleted and put back, a plan's own fields.

QList<qint64> LedgerStore::insertTasks(const QList<Task> &tasks)
{
    QList<qint64> ids;
    const bool ok = write([&] { return insertTaskRows(tasks, &ids); });
    return ok ? ids : QList<qint64>();
}

bool LedgerStore::insertTaskRows(const QList<Task> &tasks, QList<qint64> *ids)
{
    const QString now = nowText();
    QSqlQuery fresh(m_db), restored(m_db), history(m_db);
    ChildStatements children(m_db);
    const QString columns = u"plan_id, section_id, number, part, title, requirement, deadline_text,"
                            " deadline_kind, due, status, problems, remarks, created, updated"_s;
    fresh.prepare(u"INSERT INTO tasks ("_s + columns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // Undo of a delete puts each task back under its own id, so later steps that name it still do.
    restored.prepare(
        u"INSERT INTO tasks ("_s + columns + u", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    history.prepare(u"INSERT INTO progress (id, task_id, reported, unit, percent, text, author, created)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
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
                if (insertProgress(history, id, entry) == 0)
                    return false;
            } else if (insertProgress(children.progress, id, entry) == 0) {
                return false;
            }
        }
        ids->append(id);
    }
    return true;
}

bool LedgerStore::deleteTasks(const QList<qint64> &taskIds)
{
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM tasks WHERE id = ?"_s); // units, milestones, leaders, progress cascade
        for (qint64 id : taskIds) {
            q.addBindValue(id);
            if (!q.exec())
                return failQuery(q);
            if (q.numRowsAffected() != 1)
                return fail(StoreError::Kind::Other, LedgerStore::tr("Task %1 is no longer in the ledger.").arg(id));
        }
        return true;
    });
}

bool LedgerStore::savePlan(const Plan &plan, const QList<Task> &tasks)
{
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE plans SET title = ?, issuer = ?, doc_number = ?, issued = ?, year = ?, source = ?,"
                  " notes = ? WHERE id = ?"_s);
        for (const QVariant &value : {textValue(plan.title), textValue(plan.issuer), textValue(plan.docNumber),
                 dateValue(plan.issued), QVariant(plan.year), textValue(plan.source), textValue(plan.notes),
                 QVariant(plan.id)})
            q.addBindValue(value);
        if (!q.exec())
            return failQuery(q);
        if (q.numRowsAffected() != 1)
            return fail(StoreError::Kind::Other, LedgerStore::tr("Plan %1 is no longer in the ledger.").arg(plan.id));
        return updateTasks(tasks);
    });
}

bool LedgerStore::insertSectionRows(const QList<Section> &sections, QList<qint64> *ids)
{
    QSqlQuery fresh(m_db), restored(m_db);
    fresh.prepare(u"INSERT INTO sections (plan_id, parent_id, position, label, title) VALUES (?, ?, ?, ?, ?)"_s);
    restored.prepare(u"INSERT INTO sections (plan_id, parent_id, position, label, title, id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Section &section : sections) {
        QSqlQuery &q = section.id > 0 ? restored : fresh;
        for (const QVariant &value : {QVariant(section.planId),
                 section.parentId > 0 ? QVariant(section.parentId) : QVariant(QMetaType::fromType<qlonglong>()),
                 QVariant(section.position), textValue(section.label), textValue(section.title)})
            q.addBindValue(value);
        if (section.id > 0)
            q.addBindValue(section.id);
        if (!q.exec())
            return failQuery(q);
        if (ids)
            ids->append(section.id > 0 ? section.id : q.lastInsertId().toLongLong());
    }
    return true;
}

qint64 LedgerStore::insertSection(const Section &section)
{
    QList<qint64> ids;
    return write([&] { return insertSectionRows({section}, &ids); }) ? ids.constFirst() : 0;
}

bool LedgerStore::saveSections(const QList<Section> &sections)
{
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE sections SET parent_id = ?, position = ?, label = ?, title = ? WHERE id = ?"_s);
        for (const Section &section : sections) {
            for (const QVariant &value :
                {section.parentId > 0 ? QVariant(section.parentId) : QVariant(QMetaType::fromType<qlonglong>()),
                    QVariant(section.position), textValue(section.label), textValue(section.title), QVariant(section.id)})
                q.addBindValue(value);
            if (!q.exec())
                return failQuery(q);
            if (q.numRowsAffected() != 1)
                return fail(
                    StoreError::Kind::Other, LedgerStore::tr("Section %1 is no longer in the ledger.").arg(section.id));
        }
        return true;
    });
}

bool LedgerStore::deleteSection(qint64 sectionId, qint64 moveTasksTo)
{
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE tasks SET section_id = ? WHERE section_id = ?"_s);
        q.addBindValue(moveTasksTo > 0 ? QVariant(moveTasksTo) : QVariant(QMetaType::fromType<qlonglong>()));
        q.addBindValue(sectionId);
        if (!q.exec())
            return failQuery(q);
        q.prepare(u"DELETE FROM sections WHERE id = ?"_s);
        q.addBindValue(sectionId);
        if (!q.exec())
            return failQuery(q);
        if (q.numRowsAffected() != 1)
            return fail(StoreError::Kind::Other, LedgerStore::tr("Section %1 is no longer in the ledger.").arg(sectionId));
        return true;
    });
}

bool LedgerStore::restoreSection(const Section &section, const QList<qint64> &taskIds)
{
    return write([&] {
        if (!insertSectionRows({section}, nullptr))
            return false;
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE tasks SET section_id = ? WHERE id = ?"_s);
        for (qint64 id : taskIds) {
            q.addBindValue(section.id);
            q.addBindValue(id);
            if (!q.exec())
                return failQuery(q);
        }
        return true;
    });
}

bool LedgerStore::restorePlan(const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks)
{
    return write([&] {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO plans (id, title, issuer, doc_number, issued, year, source, notes)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &value : {QVariant(plan.id), textValue(plan.title), textValue(plan.issuer),
                 textValue(plan.docNumber), dateValue(plan.issued), QVariant(plan.year), textValue(plan.source),
                 textValue(plan.notes)})
            q.addBindValue(value);
        if (!q.exec())
            return failQuery(q);
        // Parents before their children: `sections` is in the plan's order, and a child never
        // comes before its parent there unless moved; put them in as their parents appear.
        QList<Section> pending = sections;
        QSet<qint64> done;
        while (!pending.isEmpty()) {
            const qsizetype before = pending.size();
            for (qsizetype i = 0; i < pending.size();) {
                const Section &section = pending.at(i);
                if (section.parentId == 0 || done.contains(section.parentId)) {
                    if (!insertSectionRows({section}, nullptr))
                        return false;
                    done.insert(section.id);
                    pending.removeAt(i);
                } else {
                    ++i;
                }
            }
            if (pending.size() == before)
                return fail(StoreError::Kind::Other, LedgerStore::tr("The plan's sections do not form a tree."));
        }
        QList<qint64> ids;
        return insertTaskRows(tasks, &ids);
    });
}

} // namespace Taizhang
