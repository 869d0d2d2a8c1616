#pragma once

#include "model/importdraft.h"

#include <QString>
#include <QTemporaryDir>

// The 100,000-task ledger every benchmark measures against.
namespace BenchData {

inline constexpr int taskCount = 100000;

QStringList unitPool(); // 80 unit names: 市/省/县/区 × 20 departments
// A deterministic 100,000-task draft built from real requirement phrases.
Taizhang::ImportDraft syntheticDraft();
QTemporaryDir &scratch();
// The ledger the read benchmarks open, stored once per run.
QString bigLedger();

} // namespace BenchData
