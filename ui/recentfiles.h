#pragma once

#include <QStringList>

namespace Taizhang {

// The ledgers opened lately, newest first, kept in QSettings.
class RecentFiles {
public:
    static constexpr int maxCount = 8;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace Taizhang
