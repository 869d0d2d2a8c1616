// Fuzz target: CSV text (quotes, line breaks in cells) turned into a table.
#include "fuzzsupport.h"
#include "import/csvtable.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    (void)CsvTable::toTabSeparated(QString::fromUtf8(input));
}
