#pragma once

#include <QString>

namespace Taizhang::BundledResources {

// The Lhasa 2021 ledger table the sample ledger is built from on first start.
QString sampleLedgerSource();
// Where the compiled translations (taizhang_zh_CN.qm, taizhang_en.qm) live.
QString translationsPath();

} // namespace Taizhang::BundledResources
