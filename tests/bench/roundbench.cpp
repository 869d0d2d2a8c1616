// A reporting round on a 5,000-task ledger with 60 units (TARGETS: sheets out and 60 sheets back,
// each within 3 s), each beside its floor in the same run: libxlsxwriter writing the same cells
// alone, and the workbook reader reading the same returned files without judging them.
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "export/xlsxtext.h"
#include "import/xlsxworkbook.h"
#include "rounds/returncollector.h"
#include "rounds/returnsheetwriter.h"
#include "rounds/roundplanner.h"
#include "syntheticledger.h"

#include <QDir>
#include <QProcess>

#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

constexpr int roundTasks = 5000;
constexpr int roundUnits = 60;

// The synthetic ledger's first 5,000 tasks, their units folded onto 60 names.
QString roundLedger()
{
    static const QString path = [] {
        ImportDraft draft = BenchData::syntheticDraft();
        DraftPlan &plan = draft.plans.first();
        plan.tasks.resize(roundTasks);
        const QStringList pool = BenchData::unitPool();
        auto fold = [&pool](QStringList &units) {
            for (QString &unit : units)
                unit = pool.at(pool.indexOf(unit) % roundUnits);
            units.removeDuplicates();
        };
        for (DraftTask &t : plan.tasks) {
            fold(t.task.leadUnits);
            fold(t.task.coUnits);
            t.task.coUnits.removeIf([&](const QString &u) { return t.task.leadUnits.contains(u); });
        }
        const QString file = BenchData::scratch().filePath(u"round.taizhang"_s);
        LedgerDocument document;
        document.setClock(std::make_shared<FixedClock>(QDate(2021, 6, 25)));
        document.open(file, LedgerStore::OpenMode::CreateOrOpen);
        document.importDraft(draft, u"bench"_s);
        RoundPlanner::Request request;
        request.name = u"2021年6月"_s;
        request.due = QDate(2021, 7, 5);
        document.rounds().openRound(RoundPlanner::plan(document, request));
        return file;
    }();
    return path;
}

struct OpenRound {
    LedgerDocument document;
    ReportingRound round;
    OpenRound()
    {
        document.setClock(std::make_shared<FixedClock>(QDate(2021, 7, 3)));
        document.open(roundLedger());
        round = document.rounds().rounds().value(0);
    }
};

QString dirOf(const QString &name)
{
    const QString path = BenchData::scratch().filePath(name);
    QDir().mkpath(path);
    return path;
}

void BM_RoundSheetsOut(benchmark::State &state)
{
    OpenRound open;
    const QString out = dirOf(u"sheets"_s);
    int rows = 0;
    for (auto _ : state) {
        rows = 0;
        for (const ReturnSheet &sheet : ReturnSheet::forRound(open.document, open.round)) {
            rows += int(sheet.rows.size());
            if (const QString error = ReturnSheetWriter::write(sheet, QDir(out).filePath(sheet.fileName(u"xlsx"_s))); !error.isEmpty())
                state.SkipWithError(error.toStdString().c_str());
        }
    }
    state.counters["units"] = double(open.round.units().size());
    state.counters["rows"] = rows;
}
BENCHMARK(BM_RoundSheetsOut)->Unit(benchmark::kMillisecond)->Iterations(3);

// The floor: the same number of files and rows of 13 text cells, written by libxlsxwriter alone
// from strings prepared before the clock starts.
void BM_RoundSheetsOutFloor(benchmark::State &state)
{
    OpenRound open;
    const QString out = dirOf(u"floor"_s);
    const QStringList units = open.round.units();
    QList<int> rows;
    for (const QString &unit : units)
        rows.append(int(open.round.assignmentsOf(unit).size()));
    const QByteArray text = xlsxCellText(u"进行企业开办“一窗通”系统改造，实现营业执照申领、印章刻制。"_s);
    for (auto _ : state) {
        for (qsizetype u = 0; u < units.size(); ++u) {
            lxw_workbook *book = workbook_new(QFile::encodeName(QDir(out).filePath(u"%1.xlsx"_s.arg(u))).constData());
            lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
            for (int r = 0; r < rows.at(u); ++r) {
                for (int c = 0; c < 13; ++c)
                    worksheet_write_string(sheet, r, c, text.constData(), nullptr);
            }
            workbook_close(book);
        }
    }
}
BENCHMARK(BM_RoundSheetsOutFloor)->Unit(benchmark::kMillisecond)->Iterations(3);

// Every unit's sheet answered on every row, as openpyxl saves it (made once, outside the clock).
QStringList returnedSheets()
{
    static const QStringList paths = [] {
        OpenRound open;
        const QString out = dirOf(u"sent"_s), back = dirOf(u"back"_s);
        for (const ReturnSheet &sheet : ReturnSheet::forRound(open.document, open.round))
            ReturnSheetWriter::write(sheet, QDir(out).filePath(sheet.fileName(u"xlsx"_s)));
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {QStringLiteral(TAIZHANG_TEST_SUPPORT) + u"/returnsheets.py"_s, u"fillall"_s, out, back});
        python.waitForFinished(600000);
        QStringList files;
        for (const QString &name : QDir(back).entryList({u"*.xlsx"_s}))
            files.append(QDir(back).filePath(name));
        return files;
    }();
    return paths;
}

void BM_RoundCollectPreview(benchmark::State &state)
{
    const QStringList files = returnedSheets();
    OpenRound open;
    int rows = 0;
    for (auto _ : state) {
        const ReturnCollector collector(open.document, open.round);
        const CollectedReturns returns = collector.collected(collector.preview(files));
        rows = 0;
        for (const CollectedReturn &r : returns)
            rows += int(r.entries.size());
    }
    state.counters["files"] = double(files.size());
    state.counters["rows"] = rows;
}
BENCHMARK(BM_RoundCollectPreview)->Unit(benchmark::kMillisecond)->Iterations(3);

// Storing them: one transaction, one undo step (once: a second run would add them again).
void BM_RoundCollectStore(benchmark::State &state)
{
    const QStringList files = returnedSheets();
    OpenRound open;
    const ReturnCollector collector(open.document, open.round);
    const CollectedReturns returns = collector.collected(collector.preview(files));
    for (auto _ : state) {
        if (!open.document.rounds().collect(returns))
            state.SkipWithError("not stored");
        state.PauseTiming();
        open.document.undoStack()->undo(); // the ledger as it was, for the next benchmark run
        state.ResumeTiming();
    }
}
BENCHMARK(BM_RoundCollectStore)->Unit(benchmark::kMillisecond)->Iterations(1);

// The floor: the same files read into cells, nothing judged.
void BM_RoundCollectFloor(benchmark::State &state)
{
    const QStringList files = returnedSheets();
    qsizetype cells = 0;
    for (auto _ : state) {
        cells = 0;
        for (const QString &file : files) {
            XlsxWorkbook book(file);
            for (const XlsxWorkbook::Sheet &sheet : book.sheets()) {
                if (const auto rows = book.readSheet(sheet.part))
                    for (const auto &row : *rows)
                        cells += row.size();
            }
        }
    }
    state.counters["cells"] = double(cells);
}
BENCHMARK(BM_RoundCollectFloor)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
