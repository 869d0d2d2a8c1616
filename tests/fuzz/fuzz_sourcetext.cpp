// Fuzz target: SourceText on any bytes, as each encoding the user may choose and as detected.
#include "fuzzsupport.h"
#include "import/sourcetext.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    for (const QString &encoding : {QString(), QStringLiteral("GB18030"), QStringLiteral("UTF-16LE")})
        (void)SourceText::fromBytes(input, QStringLiteral("fuzz.txt"), encoding);
}
