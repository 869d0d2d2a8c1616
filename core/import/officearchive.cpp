#include "officearchive.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace Taizhang {

OfficeArchive::OfficeArchive(const QString &path)
    : m_name(QFileInfo(path).fileName())
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    m_open = m_zip != nullptr;
    if (!m_open) {
        m_error = tr("%1 is not a readable Word or Excel file (the zip container is damaged).").arg(m_name);
        return;
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            m_entries << QString::fromUtf8(name);
    }
}

OfficeArchive::~OfficeArchive()
{
    if (m_zip)
        zip_discard(m_zip); // opened read-only: nothing to write back
}

bool OfficeArchive::contains(const QString &entry) const
{
    return m_entries.contains(entry);
}

QByteArray OfficeArchive::read(const QString &entry)
{
    if (!m_open)
        return {};
    const QByteArray name = entry.toUtf8();
    zip_stat_t info;
    zip_stat_init(&info);
    if (!m_entries.contains(entry) || zip_stat(m_zip, name.constData(), 0, &info) != 0) {
        m_error = tr("%1 lacks the part %2 a Word or Excel file has.").arg(m_name, entry);
        return {};
    }
    auto refuse = [&] {
        m_error = tr("%1 inflates to more than %2 MB: it is refused as a possible zip bomb.")
                      .arg(m_name)
                      .arg(maxEntrySize / (1024 * 1024));
        return QByteArray();
    };
    const qint64 size = (info.valid & ZIP_STAT_SIZE) ? qint64(info.size) : 0;
    const qint64 packed = (info.valid & ZIP_STAT_COMP_SIZE) ? qint64(info.comp_size) : 0;
    if (size > maxEntrySize || (packed > 0 && size > packed * maxRatio))
        return refuse();

    zip_file_t *file = zip_fopen(m_zip, name.constData(), 0);
    if (!file) {
        m_error = tr("%1 is damaged: %2 cannot be read.").arg(m_name, entry);
        return {};
    }
    // The sizes in the header may lie: count what really comes out.
    QByteArray bytes;
    char buffer[64 * 1024];
    zip_int64_t n = 0;
    while ((n = zip_fread(file, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, n);
        if (bytes.size() > maxEntrySize) {
            zip_fclose(file);
            return refuse();
        }
    }
    const bool closed = zip_fclose(file) == 0; // always: a read error must not keep the entry open
    const bool failed = n < 0 || !closed;
    if (failed) {
        m_error = tr("%1 is damaged: %2 cannot be read.").arg(m_name, entry);
        return {};
    }
    return bytes;
}

bool OfficeArchive::accept(const QXmlStreamReader &xml)
{
    if (xml.tokenType() != QXmlStreamReader::DTD)
        return true;
    m_error = tr("%1 contains XML with a document type declaration, which Office files never have; it is refused.")
                  .arg(m_name);
    return false;
}

bool OfficeArchive::xmlFailed(const QXmlStreamReader &xml, const QString &entry)
{
    if (!m_error.isEmpty())
        return true; // refused already
    if (!xml.hasError())
        return false;
    if (m_error.isEmpty())
        m_error = tr("%1 is damaged: %2 is not well-formed XML (%3).").arg(m_name, entry, xml.errorString());
    return true;
}

} // namespace Taizhang
