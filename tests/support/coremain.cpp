#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Settings and data folders of tests never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // A GUI application without a screen: the import tests lay out PDFs with QPdfWriter.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Each test process its own settings: ctest runs tests side by side, and one that sets a
    // preference must not change what another reads.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TaizhangTests"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
