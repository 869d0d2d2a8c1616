#pragma once

#include "storage/ledgerstore.h"
#include "storage/storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace Taizhang {

// One SQLite connection to a ledger file, with what makes it safe: the file probed before SQLite
// reads it, a hot journal rolled back, defensive mode, a quick check, the schema migrated; and the
// one place that begins and commits transactions and turns SQLite's codes into sentences. The row
// classes (SqliteTaskRows …) share it.
class SqliteConnection {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerStore)

public:
    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool open(const QString &path, LedgerStore::OpenMode mode);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    bool wasInterrupted() const { return m_interrupted; } // a save was cut short: a journal was left
    QString path() const { return m_path; }
    const StoreError &lastError() const { return m_error; }
    const QSqlDatabase &db() const { return m_db; }

    // Runs `work` in a transaction; inside another one it joins it, so the outermost commits or
    // rolls back the whole. A false from `work` or a failed commit rolls back.
    bool write(const std::function<bool()> &work);
    bool checkIntegrity(); // PRAGMA integrity_check: every page, every index
    // Called after a rollback: ids handed out inside it are gone.
    void setRollbackHandler(std::function<void()> handler) { m_onRollback = std::move(handler); }

    bool fail(StoreError::Kind kind, const QString &message) const; // records it; false
    bool failQuery(const QSqlQuery &query) const; // the query's error as a sentence; false
    // Runs a prepared UPDATE or DELETE of one row; when no row was there, fails with `gone`
    // ("Task 12 is no longer in the ledger."), so an edit of a vanished row is never called saved.
    bool execOne(QSqlQuery &query, const QString &gone) const;

private:
    static void rollBackHotJournal(const QString &path);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    bool m_interrupted = false;
    int m_depth = 0; // transactions open, outermost first
    mutable StoreError m_error;
    std::function<void()> m_onRollback;
};

} // namespace Taizhang
