#pragma once

#include <QString>

namespace Taizhang::CsvTable {

// Comma-separated rows (RFC 4180 quoting, as Excel and WPS save them) turned into the
// tab-separated rows the ledger reader takes. Line breaks inside a quoted cell become spaces.
QString toTabSeparated(const QString &csv);

} // namespace Taizhang::CsvTable
