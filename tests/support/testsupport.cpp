#include "testsupport.h"

#include "import/ledgertableimporter.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Taizhang::TestData {

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(TAIZHANG_TEST_DATA)).filePath(name);
}

ImportDraft lhasaDraft()
{
    return LedgerTableImporter().read(SourceText::fromFile(dataPath(u"ledger-lhasa-2021.txt"_s)), {});
}

} // namespace Taizhang::TestData
