#include "exportfile.h"

#include <QSaveFile>

namespace Taizhang {

QString ExportFile::save(const QString &path, const Writer &write)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    if (const QString error = write(&out); !error.isEmpty()) {
        out.cancelWriting();
        return tr("Cannot write %1: %2").arg(path, error);
    }
    if (!out.commit())
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    return {};
}

} // namespace Taizhang
