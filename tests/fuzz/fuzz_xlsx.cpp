// Fuzz target: an .xlsx (zip, shared strings, sheets) read as a tab-separated table.
#include "fuzzsupport.h"
#include "import/xlsxreader.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    (void)XlsxReader::read(Fuzz::asFile(input, QStringLiteral("fuzz.xlsx")));
}
