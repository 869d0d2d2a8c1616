// Fuzz target: a .docx (zip, document.xml, numbering.xml) read as text.
#include "fuzzsupport.h"
#include "import/docxreader.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    (void)DocxReader::read(Fuzz::asFile(input, QStringLiteral("fuzz.docx")));
}
