// Importing the Shaanxi (230 KB, twelve documents) and northwest (370 KB, seventeen) compilations end to end: read the
// file, detect the format, split the compilation, build every plan's sections and tasks. The store is left out: its
// insert is measured at 100,000 tasks in ledgerbench.cpp.
#include "import/importerregistry.h"

#include <benchmark/benchmark.h>

namespace {

void importCompilation(benchmark::State &state, const char *name)
{
    const Taizhang::ImporterRegistry registry;
    const QString path = QStringLiteral(TAIZHANG_TEST_DATA "/") + QString::fromLatin1(name);
    int tasks = 0;
    for (auto _ : state) {
        const Taizhang::ImportDraft draft = registry.importFile(path, QStringLiteral("auto"), {});
        tasks = draft.taskCount();
        benchmark::DoNotOptimize(tasks);
    }
    state.counters["tasks"] = tasks;
}

void BM_ImportShaanxiCompilation(benchmark::State &state)
{
    importCompilation(state, "compilation-shaanxi-2023.txt");
}
BENCHMARK(BM_ImportShaanxiCompilation)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_ImportNorthwestCompilation(benchmark::State &state)
{
    importCompilation(state, "compilation-northwest-2023.txt");
}
BENCHMARK(BM_ImportNorthwestCompilation)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace
