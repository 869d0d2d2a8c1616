#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
std::unique_ptr<QTranslator> g_own;
std::unique_ptr<QTranslator> g_qt;
} // namespace

QString Localization::configuredLanguage()
{
    const QString forced = qEnvironmentVariable("TAIZHANG_LANG");
    if (languages().contains(forced))
        return forced;
    const QString stored = QSettings().value(u"ui/language"_s).toString();
    return languages().contains(stored) ? stored : chinese();
}

QString Localization::nativeName(const QString &language)
{
    return language == english() ? u"English"_s : u"中文（简体）"_s;
}

void Localization::setConfiguredLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

bool Localization::install(const QString &language, const QString &qmDirectory)
{
    for (auto *translator : {&g_own, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    g_own = std::make_unique<QTranslator>();
    const bool ok = g_own->load(u"taizhang_"_s + language, qmDirectory);
    if (ok)
        QCoreApplication::installTranslator(g_own.get());
    // Qt's own strings (dialog buttons, context menus) in the same language.
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    return ok;
}

} // namespace Taizhang
