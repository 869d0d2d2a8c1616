#include "sqliteconnection.h"

#include "ledgerfileprobe.h"
#include "schemamigrator.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

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
        return SqliteConnection::tr(
            "The ledger is locked by another program; nothing was changed. Try again in a moment.");
    case StoreError::Kind::ReadOnly:
        return SqliteConnection::tr("The ledger file or its folder cannot be written; nothing was changed.");
    case StoreError::Kind::DiskFull:
        return SqliteConnection::tr("The disk is full; nothing was changed. Free some space and try again.");
    case StoreError::Kind::Corrupt:
        return SqliteConnection::tr("The ledger file is damaged (%1). Restore it from a backup.").arg(detail);
    case StoreError::Kind::Io:
        return SqliteConnection::tr("The disk reported an error (%1); nothing was changed.").arg(detail);
    default: return SqliteConnection::tr("The ledger could not be written (%1); nothing was changed.").arg(detail);
    }
}

} // namespace

SqliteConnection::SqliteConnection()
    : m_connection(u"ledger-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::fail(StoreError::Kind kind, const QString &message) const
{
    m_error = {kind, message};
    return false;
}

bool SqliteConnection::failQuery(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError().isValid() ? query.lastError() : m_db.lastError();
    const StoreError::Kind kind = kindOfSqliteCode(error.nativeErrorCode().toInt());
    return fail(kind, messageFor(kind, error.databaseText()));
}

bool SqliteConnection::open(const QString &path, LedgerStore::OpenMode mode)
{
    close();
    m_error = {};
    m_interrupted = false;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const LedgerFileProbe probe = LedgerFileProbe::inspect(path);
    switch (probe.kind) {
    case LedgerFileProbe::Kind::Missing:
        if (mode != LedgerStore::OpenMode::CreateOrOpen)
            return fail(StoreError::Kind::Io, tr("The ledger %1 does not exist.").arg(path));
        break;
    case LedgerFileProbe::Kind::Empty:
        if (mode != LedgerStore::OpenMode::CreateOrOpen)
            return fail(StoreError::Kind::NotALedger, tr("%1 is an empty file, not a Taizhang ledger.").arg(name));
        break;
    case LedgerFileProbe::Kind::NotSqlite:
        return fail(StoreError::Kind::NotALedger,
            tr("%1 is not a Taizhang ledger (it is not a ledger database). It was left untouched.").arg(name));
    case LedgerFileProbe::Kind::ForeignSqlite:
        return fail(StoreError::Kind::NotALedger,
            tr("%1 is a database of another program, not a Taizhang ledger. It was left untouched.").arg(name));
    case LedgerFileProbe::Kind::Ledger:
        if (probe.userVersion > SchemaMigrator::currentVersion)
            return fail(StoreError::Kind::NewerVersion,
                tr("%1 was saved by a newer version of Taizhang (ledger format %2; this version reads up to %3). "
                   "Update Taizhang to open it; the file was left untouched.")
                    .arg(name)
                    .arg(probe.userVersion)
                    .arg(SchemaMigrator::currentVersion));
        break;
    }

    // SQLite's rollback journal is created beside the file: the folder must be writable too.
    m_readOnly = mode == LedgerStore::OpenMode::ReadOnly;
    if (!m_readOnly && info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        if (probe.kind != LedgerFileProbe::Kind::Ledger)
            return fail(StoreError::Kind::ReadOnly, tr("%1 cannot be written.").arg(name));
        m_readOnly = true; // still worth reading; every write will say why it cannot happen
    }

    // A rollback journal left by a crash mid-save ("hot") is replayed by SQLite only on a connection
    // that may write; a read-only one would call a healthy ledger damaged. Roll it back first.
    const QFileInfo journal(path + u"-journal"_s);
    m_interrupted = journal.exists() && journal.size() > 0 && probe.kind == LedgerFileProbe::Kind::Ledger;
    if (m_readOnly && journal.exists() && journal.size() > 0 && probe.kind == LedgerFileProbe::Kind::Ledger) {
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return fail(StoreError::Kind::ReadOnly,
                tr("%1 was left in the middle of a save by a crash, and its folder cannot be written to "
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
        return fail(kind, tr("%1 could not be opened: %2").arg(name, error.databaseText()));
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
            m_error = {error.kind, tr("%1 could not be opened: %2").arg(name, error.message)};
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
                tr("%1 contains database code that Taizhang never writes (triggers or views); it was "
                   "refused to keep your computer safe.")
                    .arg(name));
        }
        if (!check.exec(u"PRAGMA quick_check(1)"_s) || !check.next() || check.value(0).toString() != u"ok") {
            const QString detail
                = check.lastError().isValid() ? check.lastError().databaseText() : check.value(0).toString();
            close();
            return fail(StoreError::Kind::Corrupt,
                tr("%1 is damaged and cannot be opened safely (%2). Restore it from a backup.").arg(name, detail));
        }
    }

    // An older ledger opened read-only is read as it is: every later version only added tables,
    // and what reads them finds nothing.
    if (probe.userVersion < SchemaMigrator::currentVersion && !m_readOnly) {
        if (const QString error = SchemaMigrator::migrate(m_db, int(probe.userVersion)); !error.isEmpty()) {
            close();
            if (probe.kind != LedgerFileProbe::Kind::Missing)
                return fail(StoreError::Kind::Other, tr("%1 could not be upgraded: %2").arg(name, error));
            // A ledger this call was to create: no empty or half-made file is left behind.
            QFile::remove(path);
            QFile::remove(path + u"-journal"_s);
            return fail(StoreError::Kind::Other, tr("%1 could not be created: %2").arg(name, error));
        }
    }
    m_path = path;
    return true;
}

void SqliteConnection::rollBackHotJournal(const QString &path)
{
    // The first read on a writable connection rolls a hot journal back (SQLite does it only when no
    // other connection is writing, so a live writer's journal is left alone).
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
        sqlite3_exec(handle, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    sqlite3_close(handle);
}

void SqliteConnection::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
    if (m_onRollback)
        m_onRollback(); // a cache of ids belongs to this file only
}

bool SqliteConnection::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool SqliteConnection::checkIntegrity()
{
    QSqlQuery check(m_db);
    if (check.exec(u"PRAGMA integrity_check(1)"_s) && check.next() && check.value(0).toString() == u"ok")
        return true;
    const QString detail = check.lastError().isValid() ? check.lastError().databaseText() : check.value(0).toString();
    return fail(StoreError::Kind::Corrupt, tr("%1 is damaged (%2).").arg(QFileInfo(m_path).fileName(), detail));
}

bool SqliteConnection::execOne(QSqlQuery &query, const QString &gone) const
{
    if (!query.exec())
        return failQuery(query);
    return query.numRowsAffected() == 1 || fail(StoreError::Kind::Other, gone);
}

bool SqliteConnection::write(const std::function<bool()> &work)
{
    if (!isOpen())
        return fail(StoreError::Kind::Other, tr("No ledger is open."));
    if (m_readOnly)
        return fail(StoreError::Kind::ReadOnly, tr("The ledger is open read-only; nothing was changed."));
    if (m_depth > 0) // inside a transaction(): the outermost decides
        return work();
    m_error = {};
    if (!m_db.transaction())
        return failQuery(QSqlQuery(m_db));
    ++m_depth;
    const bool done = work();
    --m_depth;
    if (!done || !m_db.commit()) {
        if (!m_error)
            failQuery(QSqlQuery(m_db));
        m_db.rollback();
        if (m_onRollback)
            m_onRollback();
        return false;
    }
    return true;
}

} // namespace Taizhang
