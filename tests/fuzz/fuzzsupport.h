#pragma once

// What every fuzz target shares: each defines Fuzz::fuzzOne, and fuzzmain.cpp hands it libFuzzer's
// inputs inside a Qt application (QSqlDatabase and the file code want one).
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace Taizhang::Fuzz {

void fuzzOne(const QByteArray &input);

// The input written to a file named `name` in a folder of its own, for readers that take a path.
inline QString asFile(const QByteArray &input, const QString &name)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(input);
    return path;
}

} // namespace Taizhang::Fuzz
