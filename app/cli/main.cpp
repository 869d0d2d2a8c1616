#include "bundledresources.h"
#include "clirunner.h"
#include "i18n/localization.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A GUI application without a screen: printed reports need fonts and QPdfWriter.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Taizhang"));
    QCoreApplication::setApplicationName(QStringLiteral("Taizhang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAIZHANG_VERSION));
    Taizhang::Localization::install(
        Taizhang::Localization::configuredLanguage(), Taizhang::BundledResources::translationsPath());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Taizhang::CliRunner runner(out, err);
    return runner.run(app.arguments().mid(1));
}
