#pragma once

#include "storage/ledgerstore.h"

namespace Taizhang {

class SqliteConnection;
class SqlitePlanRows;
class SqliteTaskRows;

// A whole import in one transaction, and taking it back (and putting it back) by the ids it wrote.
class SqliteImportRows {
public:
    using InsertedRows = LedgerStore::InsertedRows;

    SqliteImportRows(SqliteConnection &connection, SqlitePlanRows &plans, SqliteTaskRows &tasks);

    QList<qint64> insertDraft(const ImportDraft &draft, InsertedRows *inserted);
    bool deleteInserted(const InsertedRows &inserted);
    bool restoreImported(const LedgerStore::ImportedRows &rows);

private:
    SqliteConnection &m_connection;
    SqlitePlanRows &m_plans;
    SqliteTaskRows &m_tasks;
};

} // namespace Taizhang
