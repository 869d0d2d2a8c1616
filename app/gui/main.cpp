#include "bundledresources.h"
#include "i18n/localization.h"
#include "ledgerwindows.h"
#include "runninginstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Taizhang"));
    QApplication::setApplicationName(QStringLiteral("Taizhang"));
    QApplication::setApplicationVersion(QStringLiteral(TAIZHANG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("taizhang"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/taizhang.svg")));
    Taizhang::Localization::install(
        Taizhang::Localization::configuredLanguage(), Taizhang::BundledResources::translationsPath());
    QApplication::setApplicationDisplayName(QCoreApplication::translate("Taizhang::MainWindow", "Taizhang"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("ledger"), QCoreApplication::translate("main", "Ledger files to open."),
        QStringLiteral("[ledger...]"));
    parser.process(app);
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files << QFileInfo(file).absoluteFilePath();

    // A Taizhang is running already: it opens the files (or comes to the front), and this one ends.
    Taizhang::RunningInstance instance;
    if (instance.handOver(files))
        return 0;
    instance.listen();

    Taizhang::LedgerWindows windows;
    QObject::connect(
        &instance, &Taizhang::RunningInstance::filesReceived, &windows, [&windows](const QStringList &received) {
            if (received.isEmpty())
                windows.raise();
            for (const QString &file : received)
                windows.open(file);
        });
    windows.start(files);
    return app.exec();
}
