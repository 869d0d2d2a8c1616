// Fuzz target: a policy document read for plans, sections and tasks.
#include "fuzzsupport.h"
#include "import/policydocumentimporter.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    SourceText source;
    source.fileName = QStringLiteral("fuzz.txt");
    source.text = QString::fromUtf8(input);
    (void)PolicyDocumentImporter().read(source, {});
}
