#pragma once

#include "sourcetext.h"

namespace Taizhang {

// A Word (.docx) document as text: each paragraph a line, each table row a line of tab-separated
// cells, so a ledger table inside a Word file reads like one copied out of Excel. Numbers Word draws
// for list paragraphs are written out in front of them. Vertically merged
// cells stay empty below their first row, which the ledger reader takes as "same as above".
class DocxReader {
public:
    static bool canRead(const QString &path);
    static SourceText read(const QString &path);
};

} // namespace Taizhang
