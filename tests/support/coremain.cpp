#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Settings and data folders of tests never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TaizhangTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TaizhangTests"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
