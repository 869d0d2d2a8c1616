// Speed at realistic size: a synthetic ledger of 100,000 tasks shaped like the TARGETS.md one
// (requirements of ~250 Chinese characters, 1–3 lead and 0–6 cooperating units). Floors are
// measured in the same run, so the ratios hold on a noisy machine. Run with `make bench`.
#include "document/ledgerdocument.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "storage/ledgerstore.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "syntheticledger.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <fstream>
#include <malloc.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

using BenchData::bigLedger;
using BenchData::scratch;
using BenchData::syntheticDraft;
using BenchData::taskCount;

long residentKiB()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
    }
    return 0;
}

// Open a 100k ledger (header probe, defensive mode, integrity quick_check) to the first page of
// rows a view paints.
void BM_OpenToFirstPage(benchmark::State &state)
{
    const QString path = bigLedger();
    for (auto _ : state) {
        LedgerDocument document;
        document.open(path);
        TaskTableModel model;
        model.setDocument(&document);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_OpenToFirstPage)->Unit(benchmark::kMillisecond)->Iterations(10);

// Open and read every row: the moment every row is usable (sortable, filterable).
void BM_OpenAndLoadAllRows(benchmark::State &state)
{
    const QString path = bigLedger();
    long rss = 0;
    for (auto _ : state) {
        LedgerDocument document;
        document.open(path);
        TaskTableModel model;
        model.setDocument(&document);
        model.loadAll();
        if (model.rowCount() != taskCount)
            state.SkipWithError("not every row was loaded");
        rss = std::max(rss, residentKiB());
    }
    state.counters["RSS_MiB"] = double(rss) / 1024;
}
BENCHMARK(BM_OpenAndLoadAllRows)->Unit(benchmark::kMillisecond)->Iterations(3);

struct LoadedLedger {
    LedgerDocument document;
    TaskTableModel model;
    TaskFilterProxyModel proxy;
    LoadedLedger()
    {
        document.open(bigLedger());
        model.setDocument(&document);
        model.loadAll();
        proxy.setTaskModel(&model);
    }
};

LoadedLedger &loaded()
{
    static LoadedLedger ledger;
    return ledger;
}

// Filtering the table model: text in any column (a 2-character term), and one unit.
void BM_FilterText(benchmark::State &state)
{
    LoadedLedger &ledger = loaded();
    const QStringList terms = {u"医保"_s, u"公积金"_s, u"不存在的词"_s};
    int i = 0;
    for (auto _ : state) {
        ledger.proxy.setText(terms[i++ % terms.size()]);
        benchmark::DoNotOptimize(ledger.proxy.rowCount());
    }
    ledger.proxy.setText({});
}
BENCHMARK(BM_FilterText)->Unit(benchmark::kMillisecond)->Iterations(9);

void BM_FilterUnit(benchmark::State &state)
{
    LoadedLedger &ledger = loaded();
    const QStringList units = {u"市税务局"_s, u"县医保局"_s, u"省大数据局"_s};
    int i = 0;
    for (auto _ : state) {
        ledger.proxy.setUnit(units[i++ % units.size()]);
        benchmark::DoNotOptimize(ledger.proxy.rowCount());
    }
    state.counters["shown"] = ledger.proxy.rowCount();
    ledger.proxy.setUnit({});
}
BENCHMARK(BM_FilterUnit)->Unit(benchmark::kMillisecond)->Iterations(9);

// Floor: the SQLite C API, prepared statements, one transaction, units normalised.
void BM_InsertFloor_SqliteCApi(benchmark::State &state)
{
    const ImportDraft draft = syntheticDraft();
    for (auto _ : state) {
        const QString file = scratch().filePath(u"floor.db"_s);
        QFile::remove(file);
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_exec(db,
            "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;"
            "CREATE TABLE tasks (id INTEGER PRIMARY KEY, number TEXT, part INTEGER, title TEXT,"
            " requirement TEXT, deadline_text TEXT, due TEXT);"
            "CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT UNIQUE);"
            "CREATE TABLE task_units (task_id INTEGER, role TEXT, position INTEGER, unit_id INTEGER,"
            " PRIMARY KEY (task_id, role, position));",
            nullptr, nullptr, nullptr);
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt *task = nullptr, *unit = nullptr, *link = nullptr;
        sqlite3_prepare_v2(db,
            "INSERT INTO tasks (number, part, title, requirement, deadline_text, due) VALUES (?,?,?,?,?,?)", -1, &task,
            nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO units (name) VALUES (?)", -1, &unit, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO task_units VALUES (?,?,?,?)", -1, &link, nullptr);
        QHash<QString, sqlite3_int64> unitIds;
        auto bindText = [](sqlite3_stmt *stmt, int column, const QString &text) {
            const QByteArray utf8 = text.toUtf8();
            sqlite3_bind_text(stmt, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        };
        for (const DraftTask &draftTask : draft.plans.constFirst().tasks) {
            const Task &t = draftTask.task;
            bindText(task, 1, t.number);
            sqlite3_bind_int(task, 2, t.part);
            bindText(task, 3, t.title);
            bindText(task, 4, t.requirement);
            bindText(task, 5, t.deadline.text);
            bindText(task, 6, t.deadline.due.toString(Qt::ISODate));
            sqlite3_step(task);
            sqlite3_reset(task);
            const sqlite3_int64 taskId = sqlite3_last_insert_rowid(db);
            int position = 0;
            for (const QStringList *list : {&t.leadUnits, &t.coUnits}) {
                for (const QString &name : *list) {
                    auto it = unitIds.find(name);
                    if (it == unitIds.end()) {
                        bindText(unit, 1, name);
                        sqlite3_step(unit);
                        sqlite3_reset(unit);
                        it = unitIds.insert(name, sqlite3_last_insert_rowid(db));
                    }
                    sqlite3_bind_int64(link, 1, taskId);
                    sqlite3_bind_text(link, 2, list == &t.leadUnits ? "lead" : "co", -1, SQLITE_STATIC);
                    sqlite3_bind_int(link, 3, position++);
                    sqlite3_bind_int64(link, 4, *it);
                    sqlite3_step(link);
                    sqlite3_reset(link);
                }
            }
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        for (sqlite3_stmt *stmt : {task, unit, link})
            sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
    state.counters["tasks"] = taskCount;
}
BENCHMARK(BM_InsertFloor_SqliteCApi)->Unit(benchmark::kMillisecond)->Iterations(2);

// Taizhang: the whole draft through LedgerStore (Qt SQL), milestones and sections included.
void BM_InsertDraft_LedgerStore(benchmark::State &state)
{
    const ImportDraft draft = syntheticDraft();
    for (auto _ : state) {
        const QString file = scratch().filePath(u"insert.taizhang"_s);
        QFile::remove(file);
        SqliteLedgerStore store;
        store.open(file, LedgerStore::OpenMode::CreateOrOpen);
        if (store.insertDraft(draft).isEmpty())
            state.SkipWithError(store.lastError().message.toUtf8().constData());
    }
    state.counters["tasks"] = taskCount;
}
BENCHMARK(BM_InsertDraft_LedgerStore)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
