#include <QGuiApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Settings and data folders of tests never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // A GUI application without a screen: the import tests lay out PDFs with QPdfWriter.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TaizhangTests"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
