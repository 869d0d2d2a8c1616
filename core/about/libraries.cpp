#include "libraries.h"

#include <poppler-version.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace Taizhang {

QList<Libraries::Library> Libraries::all()
{
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion()), u"LGPL-3.0"_s},
        {u"SQLite"_s, QString::fromLatin1(sqlite3_libversion()), tr("public domain")},
        {u"poppler"_s, QString::fromLatin1(POPPLER_VERSION), u"GPL-2.0-or-later"_s},
        {u"libxlsxwriter"_s, QString::fromLatin1(LXW_VERSION), u"BSD-2-Clause"_s},
        {u"libzip"_s, QString::fromLatin1(zip_libzip_version()), u"BSD-3-Clause"_s},
        {u"uchardet"_s, QString(), u"MPL-1.1 / GPL-2.0-or-later / LGPL-2.1-or-later"_s},
        {u"Noto Sans CJK"_s, QString(), u"OFL-1.1"_s},
        {u"Liberation Sans"_s, QString(), u"OFL-1.1"_s},
    };
}

} // namespace Taizhang
