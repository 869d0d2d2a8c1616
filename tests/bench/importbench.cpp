// Importing the Shaanxi compilation (230 KB, twelve documents) end to end: read the file, detect
// the format, split the compilation, build every plan's sections and tasks. The store is left out:
// its insert is measured at 100,000 tasks in ledgerbench.cpp.
#include "import/importerregistry.h"

#include <benchmark/benchmark.h>

namespace {

void BM_ImportShaanxiCompilation(benchmark::State &state)
{
    const Taizhang::ImporterRegistry registry;
    const QString path = QStringLiteral(TAIZHANG_TEST_DATA "/compilation-shaanxi-2023.txt");
    int tasks = 0;
    for (auto _ : state) {
        const Taizhang::ImportDraft draft = registry.importFile(path, QStringLiteral("auto"), {});
        tasks = draft.taskCount();
        benchmark::DoNotOptimize(tasks);
    }
    state.counters["tasks"] = tasks;
}
BENCHMARK(BM_ImportShaanxiCompilation)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace
