// Fuzz target: a web page read for its text and tables (libxml2).
#include "fuzzsupport.h"
#include "import/htmlreader.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    (void)HtmlReader::read(input, QStringLiteral("fuzz.html"));
}
