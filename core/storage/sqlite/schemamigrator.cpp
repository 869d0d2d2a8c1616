#include "schemamigrator.h"

#include "ledgerfileprobe.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

QStringList SchemaMigrator::step(int version)
{
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE plans (id INTEGER PRIMARY KEY, title TEXT NOT NULL, issuer TEXT NOT NULL DEFAULT '',"
            " doc_number TEXT NOT NULL DEFAULT '', issued TEXT, year INTEGER NOT NULL DEFAULT 0,"
            " source TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE sections (id INTEGER PRIMARY KEY,"
            " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
            " parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, label TEXT NOT NULL, title TEXT NOT NULL)"_s,
            u"CREATE TABLE tasks (id INTEGER PRIMARY KEY,"
            " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
            " section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,"
            " number TEXT NOT NULL DEFAULT '', part INTEGER NOT NULL DEFAULT 1, title TEXT NOT NULL DEFAULT '',"
            " requirement TEXT NOT NULL DEFAULT '', deadline_text TEXT NOT NULL DEFAULT '',"
            " deadline_kind TEXT NOT NULL DEFAULT 'none', due TEXT, status TEXT NOT NULL DEFAULT 'not_started',"
            " problems TEXT NOT NULL DEFAULT '', remarks TEXT NOT NULL DEFAULT '',"
            " created TEXT NOT NULL, updated TEXT NOT NULL)"_s,
            u"CREATE INDEX tasks_plan ON tasks(plan_id)"_s,
            u"CREATE INDEX tasks_due ON tasks(due)"_s,
            u"CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"_s,
            u"CREATE TABLE task_units (task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
            " role TEXT NOT NULL, position INTEGER NOT NULL,"
            " unit_id INTEGER NOT NULL REFERENCES units(id),"
            " PRIMARY KEY (task_id, role, position))"_s,
            u"CREATE INDEX task_units_unit ON task_units(unit_id)"_s,
            u"CREATE TABLE milestones (id INTEGER PRIMARY KEY,"
            " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, due TEXT, text TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX milestones_task ON milestones(task_id)"_s,
            u"CREATE TABLE progress (id INTEGER PRIMARY KEY,"
            " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
            " reported TEXT, unit TEXT NOT NULL DEFAULT '', percent INTEGER,"
            " text TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
            u"CREATE INDEX progress_task ON progress(task_id)"_s,
        };
    case 2:
        // Unit aliases, so a merged name (市场监管局 -> 市市场监管局) keeps resolving on import; and
        // the ledger's own settings (office name, notice numbering).
        return {
            u"CREATE TABLE unit_aliases (alias TEXT PRIMARY KEY,"
            " unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE)"_s,
            u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        };
    case 3:
        // What the office has issued: supervision notices (numbered per year) and bulletins, whose
        // saved figures the next bulletin compares against.
        return {
            u"CREATE TABLE notices (id INTEGER PRIMARY KEY,"
            " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
            " year INTEGER NOT NULL, serial INTEGER NOT NULL, issued TEXT NOT NULL, reply_by TEXT NOT NULL,"
            " UNIQUE (year, serial))"_s,
            u"CREATE INDEX notices_task ON notices(task_id)"_s,
            u"CREATE TABLE bulletins (id INTEGER PRIMARY KEY, issued TEXT NOT NULL UNIQUE,"
            " year INTEGER NOT NULL, serial INTEGER NOT NULL, figures TEXT NOT NULL)"_s,
        };
    case 4:
        // The people a plan names as answerable for a task (责任领导): names, never units.
        return {
            u"CREATE TABLE task_leaders (task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, name TEXT NOT NULL)"_s,
            u"CREATE INDEX task_leaders_task ON task_leaders(task_id)"_s,
            // Where a task stands when moved by hand; tasks without a row keep their id's place.
            u"CREATE TABLE task_order (task_id INTEGER PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,"
            " position REAL NOT NULL)"_s,
        };
    case 5:
        // Reporting rounds (填报): who reports on which task, the sheets that came back and what
        // they reported, and the close-out requests (申请销号) units make in them.
        return {
            u"CREATE TABLE rounds (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, period_end TEXT,"
            " due TEXT NOT NULL, opened TEXT NOT NULL, closed TEXT)"_s,
            u"CREATE TABLE round_tasks (round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
            " unit TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (round_id, position))"_s,
            u"CREATE INDEX round_tasks_task ON round_tasks(task_id)"_s,
            u"CREATE TABLE round_returns (id INTEGER PRIMARY KEY,"
            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
            " unit TEXT NOT NULL, returned TEXT NOT NULL, file TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
            u"CREATE INDEX round_returns_round ON round_returns(round_id)"_s,
            u"CREATE TABLE round_return_tasks (return_id INTEGER NOT NULL REFERENCES round_returns(id) ON DELETE CASCADE,"
            " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, PRIMARY KEY (return_id, task_id))"_s,
            u"CREATE TABLE closeout_requests (id INTEGER PRIMARY KEY,"
            " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
            " round_id INTEGER REFERENCES rounds(id) ON DELETE SET NULL,"
            " unit TEXT NOT NULL DEFAULT '', requested TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX closeout_requests_task ON closeout_requests(task_id)"_s,
        };
    case 6:
        // When a task was finished and closed, for on-time rates and scores; a ledger finished
        // before this step takes its last progress report's date (else its last change), marked
        // estimated. A table of its own, as every step adds only tables: an older ledger opened
        // read-only is read as it is.
        return {
            u"CREATE TABLE task_completion (task_id INTEGER PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,"
            " completed TEXT, closed_on TEXT, estimated INTEGER NOT NULL DEFAULT 0)"_s,
            u"INSERT INTO task_completion (task_id, completed, closed_on, estimated)"
            " SELECT id, COALESCE((SELECT MAX(reported) FROM progress WHERE progress.task_id = tasks.id),"
            " substr(updated, 1, 10)), NULL, 1 FROM tasks WHERE status IN ('done', 'closed')"_s,
            u"UPDATE task_completion SET closed_on = completed"
            " WHERE task_id IN (SELECT id FROM tasks WHERE status = 'closed')"_s,
        };
    case 7:
        // 销号 with proof: the files a close-out request carries (kept inside the ledger, checked by
        // content) and the office's decision on it.
        return {
            u"CREATE TABLE evidence (id INTEGER PRIMARY KEY,"
            " request_id INTEGER NOT NULL REFERENCES closeout_requests(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL)"_s,
            u"CREATE INDEX evidence_request ON evidence(request_id)"_s,
            u"CREATE TABLE closeout_decisions (request_id INTEGER PRIMARY KEY"
            " REFERENCES closeout_requests(id) ON DELETE CASCADE, approved INTEGER NOT NULL, decided TEXT NOT NULL,"
            " decided_by TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')"_s,
        };
    case 8:
        // The change history: every change, who made it and how, only ever added to. No foreign
        // key: a deleted task's history stays.
        return {
            u"CREATE TABLE history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL DEFAULT '',"
            " task_id INTEGER NOT NULL DEFAULT 0, field TEXT NOT NULL DEFAULT '', old_value TEXT NOT NULL DEFAULT '',"
            " new_value TEXT NOT NULL DEFAULT '', action TEXT NOT NULL)"_s,
            u"CREATE INDEX history_task ON history(task_id)"_s,
        };
    case 9:
        // The escalation ladder: each notice issued, numbered per level and year.
        return {
            u"CREATE TABLE escalations (id INTEGER PRIMARY KEY,"
            " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, level TEXT NOT NULL,"
            " year INTEGER NOT NULL, serial INTEGER NOT NULL, issued TEXT NOT NULL, reply_by TEXT NOT NULL,"
            " UNIQUE (level, year, serial))"_s,
            u"CREATE INDEX escalations_task ON escalations(task_id)"_s,
        };
    default: return {};
    }
}

namespace {
QString run(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return query.lastError().text();
    }
    return {};
}

QString stampVersion(QSqlDatabase &db, int version)
{
    // PRAGMAs take no bound values; both numbers are ours, not the user's.
    return run(db,
        {u"PRAGMA application_id = %1"_s.arg(qint32(LedgerFileProbe::applicationId)),
            u"PRAGMA user_version = %1"_s.arg(version)});
}
} // namespace

QString SchemaMigrator::migrate(QSqlDatabase &db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= currentVersion; ++version) {
        if (!db.transaction())
            return db.lastError().text();
        QString error = run(db, step(version));
        if (error.isEmpty())
            error = stampVersion(db, version);
        if (!error.isEmpty() || !db.commit()) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.rollback();
            return error;
        }
    }
    return {};
}

QString SchemaMigrator::createAtVersion(QSqlDatabase &db, int version)
{
    for (int v = 1; v <= version; ++v) {
        if (QString error = run(db, step(v)); !error.isEmpty())
            return error;
    }
    return stampVersion(db, version);
}

} // namespace Taizhang
