// Fuzz target: the XML of word/document.xml, zipped into a .docx around it, so mutations reach the
// reader's XML handling (tables, spans, numbering references) instead of dying in the zip layer.
#include "fuzzsupport.h"
#include "import/docxreader.h"
#include "writezip.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    const QString path = Fuzz::asFile({}, QStringLiteral("fuzz.docx"));
    const QByteArray numbering = "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                 "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                                 "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                                 "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    if (TestData::writeZip(path, {{QStringLiteral("[Content_Types].xml"), "<Types/>"},
            {QStringLiteral("word/document.xml"), input}, {QStringLiteral("word/numbering.xml"), numbering}}))
        (void)DocxReader::read(path);
}
