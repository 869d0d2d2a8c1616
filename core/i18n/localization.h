#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace Taizhang {

// Which language Taizhang speaks: Simplified Chinese unless the user chose English.
// The choice is stored in QSettings ("ui/language"); TAIZHANG_LANG overrides it (scripts, tests).
class Localization {
public:
    static QString chinese() { return QStringLiteral("zh_CN"); }
    static QString english() { return QStringLiteral("en"); }
    static QStringList languages() { return {chinese(), english()}; }
    // Each language named in itself, so whoever reads only that one can still find it.
    static QString nativeName(const QString &language);

    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &language);

    // Installs Taizhang's and Qt's own translations for `language` from `qmDirectory`; replaces
    // whatever an earlier call installed. Returns false when Taizhang's catalogue is missing.
    static bool install(const QString &language, const QString &qmDirectory);
};

} // namespace Taizhang
