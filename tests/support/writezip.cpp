#include "writezip.h"

#include <QFile>

#include <zip.h>

#include <cstdlib>
#include <cstring>

namespace Taizhang::TestData {

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &[name, bytes] : entries) {
        // libzip reads the buffer when the archive is closed, and frees it then; an empty entry it
        // never frees, so it gets no buffer (found by the XML fuzz targets).
        void *copy = bytes.isEmpty() ? nullptr : malloc(size_t(bytes.size()));
        if (copy)
            memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), copy ? 1 : 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

} // namespace Taizhang::TestData
