#include "bundledresources.h"

using namespace Qt::StringLiterals;

namespace Taizhang::BundledResources {

QString sampleLedgerSource()
{
    return u":/samples/ledger-lhasa-2021.txt"_s;
}

QString translationsPath()
{
    return u":/i18n"_s;
}

} // namespace Taizhang::BundledResources
