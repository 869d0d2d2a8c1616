// Fuzz target: a PDF read for its text (poppler).
#include "fuzzsupport.h"
#include "import/pdfreader.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    (void)PdfReader::read(input);
}
