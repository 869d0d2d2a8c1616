#pragma once

#include "sourcetext.h"

namespace Taizhang {

// The first worksheet of an Excel (.xlsx) workbook as tab-separated rows, the shape the ledger
// table reader takes. Merged cells hold their value in the first cell only; the rest stay empty,
// which the ledger reader takes as "same as above".
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::XlsxReader)

public:
    static SourceText read(const QString &path);
};

} // namespace Taizhang
