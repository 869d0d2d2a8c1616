#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// taizhang-cli run as other tools run it: its own process, the language set, output as text.
namespace Taizhang::TestData {

struct CliOutput {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliOutput runCli(const QStringList &arguments, const QString &language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TAIZHANG_LANG"), language);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TAIZHANG_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Taizhang::TestData
