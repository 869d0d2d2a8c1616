// Exporting the 100,000-task ledger to .xlsx, against libxlsxwriter writing the same cells alone
// (constant-memory mode, as TARGETS.md measured the floor). The floor's cells are prepared before
// the clock starts, so the ratio is what the exporter adds: reading (the store for the CLI, the
// loaded model for the GUI), the layout, merges and formats, and the copy through QSaveFile.
#include "export/xlsxexporter.h"
#include "report/ledgersheet.h"
#include "report/report.h"
#include "storage/ledgerstore.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "syntheticledger.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <vector>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

ReportContext contextOf(LedgerStore &store)
{
    TaskSelection selection;
    selection.today = QDate(2021, 7, 1);
    return ReportContext::fromStore(store, selection);
}

void BM_XlsxExport(benchmark::State &state)
{
    SqliteLedgerStore store;
    store.open(BenchData::bigLedger(), LedgerStore::OpenMode::ReadOnly);
    const QString path = BenchData::scratch().filePath(u"export.xlsx"_s);
    for (auto _ : state) {
        const QString error = XlsxExporter::write(contextOf(store), path);
        if (!error.isEmpty())
            state.SkipWithError(error.toStdString().c_str());
    }
    state.counters["MB"] = double(QFile(path).size()) / 1e6;
}
BENCHMARK(BM_XlsxExport)->Unit(benchmark::kMillisecond)->Iterations(2);

// The GUI's export: its tasks are in memory already (the table model holds them), so only the
// cells are laid out before libxlsxwriter takes them.
void BM_XlsxExportFromLoadedTasks(benchmark::State &state)
{
    SqliteLedgerStore store;
    store.open(BenchData::bigLedger(), LedgerStore::OpenMode::ReadOnly);
    ReportContext context = contextOf(store);
    QList<Task> tasks;
    context.tasks([&tasks](const Task &task, TrafficLight) {
        tasks.append(task);
        return true;
    });
    context.tasks = listFeed(tasks, context.selection);
    const QString path = BenchData::scratch().filePath(u"loaded.xlsx"_s);
    for (auto _ : state) {
        const QString error = XlsxExporter::write(context, path);
        if (!error.isEmpty())
            state.SkipWithError(error.toStdString().c_str());
    }
}
BENCHMARK(BM_XlsxExportFromLoadedTasks)->Unit(benchmark::kMillisecond)->Iterations(2);

// What the export spends reading: every task of the store with its cells' text.
void BM_XlsxExportReadingOnly(benchmark::State &state)
{
    SqliteLedgerStore store;
    store.open(BenchData::bigLedger(), LedgerStore::OpenMode::ReadOnly);
    for (auto _ : state) {
        const ReportContext context = contextOf(store);
        const LedgerSheet sheet(context.sections);
        qsizetype bytes = 0;
        context.tasks([&](const Task &task, TrafficLight light) {
            if (state.range(0))
                for (int c = LedgerSheet::ThemeColumn; c < LedgerSheet::ColumnCount; ++c)
                    bytes += sheet.cell(task, LedgerSheet::Column(c), light).toUtf8().size();
            return true;
        });
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(BM_XlsxExportReadingOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_XlsxLibxlsxwriterAlone(benchmark::State &state)
{
    SqliteLedgerStore store;
    store.open(BenchData::bigLedger(), LedgerStore::OpenMode::ReadOnly);
    const ReportContext context = contextOf(store);
    const LedgerSheet sheet(context.sections);
    std::vector<std::vector<QByteArray>> rows;
    context.tasks([&](const Task &task, TrafficLight light) {
        std::vector<QByteArray> cells;
        for (int c = LedgerSheet::ThemeColumn; c < LedgerSheet::ColumnCount; ++c)
            cells.push_back(sheet.cell(task, LedgerSheet::Column(c), light).toUtf8());
        rows.push_back(std::move(cells));
        return true;
    });
    const QByteArray path = QFile::encodeName(BenchData::scratch().filePath(u"floor.xlsx"_s));
    for (auto _ : state) {
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE;
        lxw_workbook *book = workbook_new_opt(path.constData(), &options);
        lxw_worksheet *worksheet = workbook_add_worksheet(book, nullptr);
        lxw_format *wrap = workbook_add_format(book);
        format_set_text_wrap(wrap);
        format_set_border(wrap, LXW_BORDER_THIN);
        for (size_t r = 0; r < rows.size(); ++r) {
            worksheet_write_number(worksheet, lxw_row_t(r), 0, double(r + 1), wrap);
            for (size_t c = 0; c < rows[r].size(); ++c)
                worksheet_write_string(worksheet, lxw_row_t(r), lxw_col_t(c + 1), rows[r][c].constData(), wrap);
        }
        workbook_close(book);
    }
    state.counters["MB"] = double(QFile(QFile::decodeName(path)).size()) / 1e6;
}
BENCHMARK(BM_XlsxLibxlsxwriterAlone)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace
