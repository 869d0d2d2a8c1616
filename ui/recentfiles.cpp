#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QString key = u"recentFiles"_s;
}

QStringList RecentFiles::list()
{
    return QSettings().value(key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxCount)
        files.removeLast();
    QSettings().setValue(key, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key, files);
}

} // namespace Taizhang
