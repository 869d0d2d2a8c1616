#include "bundledresources.h"
#include "i18n/localization.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Taizhang"));
    QApplication::setApplicationName(QStringLiteral("Taizhang"));
    QApplication::setApplicationVersion(QStringLiteral(TAIZHANG_VERSION));
    Taizhang::Localization::install(
        Taizhang::Localization::configuredLanguage(), Taizhang::BundledResources::translationsPath());
    QApplication::setApplicationDisplayName(QCoreApplication::translate("Taizhang::MainWindow", "Taizhang"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("ledger"), QCoreApplication::translate("main", "Ledger file to open."));
    parser.process(app);

    Taizhang::MainWindow window;
    window.show();
    if (parser.positionalArguments().isEmpty())
        window.openStartupLedger();
    else
        window.openLedger(parser.positionalArguments().constFirst());
    return app.exec();
}
