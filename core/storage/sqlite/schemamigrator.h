#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Taizhang {

// The ledger schema and its history. Version N of the file is reached by running steps 1..N in
// order, each in the same transaction that bumps PRAGMA user_version, so a crash mid-migration
// leaves the old version intact. DDL is the one place where SQLite and PostgreSQL differ
// (INTEGER PRIMARY KEY vs identity columns); it stays here.
class SchemaMigrator {
public:
    static constexpr int currentVersion = 9;

    // Creates or upgrades the schema; returns an empty string on success, else the SQL error.
    static QString migrate(QSqlDatabase &db, int fromVersion);

    // Creates exactly version `version` (tests use it to make older ledgers).
    static QString createAtVersion(QSqlDatabase &db, int version);

private:
    static QStringList step(int version);
};

} // namespace Taizhang
