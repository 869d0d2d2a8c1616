// Fuzz target: a ledger table (tab-separated, or one cell per line) read for tasks.
#include "fuzzsupport.h"
#include "import/ledgertableimporter.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    SourceText source;
    source.fileName = QStringLiteral("fuzz.txt");
    source.text = QString::fromUtf8(input);
    (void)LedgerTableImporter().read(source, {});
}
