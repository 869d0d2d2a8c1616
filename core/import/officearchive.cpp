#include "officearchive.h"

#include <QFileInfo>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace Taizhang {

OfficeArchive::OfficeArchive(const QString &path)
    : m_zip(std::make_unique<QuaZip>(path))
    , m_name(QFileInfo(path).fileName())
{
    m_open = m_zip->open(QuaZip::mdUnzip);
    if (!m_open) {
        m_error = tr("%1 is not a readable Word or Excel file (the zip container is damaged).").arg(m_name);
        return;
    }
    m_entries = m_zip->getFileNameList();
}

OfficeArchive::~OfficeArchive() = default;

bool OfficeArchive::contains(const QString &entry) const
{
    return m_entries.contains(entry);
}

QByteArray OfficeArchive::read(const QString &entry)
{
    if (!m_open)
        return {};
    if (!m_zip->setCurrentFile(entry)) {
        m_error = tr("%1 lacks the part %2 a Word or Excel file has.").arg(m_name, entry);
        return {};
    }
    QuaZipFileInfo64 info;
    m_zip->getCurrentFileInfo(&info);
    auto refuse = [&] {
        m_error = tr("%1 inflates to more than %2 MB: it is refused as a possible zip bomb.")
                      .arg(m_name)
                      .arg(maxEntrySize / (1024 * 1024));
        return QByteArray();
    };
    if (qint64(info.uncompressedSize) > maxEntrySize
        || (info.compressedSize > 0 && qint64(info.uncompressedSize) > qint64(info.compressedSize) * maxRatio))
        return refuse();

    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 is damaged: %2 cannot be read.").arg(m_name, entry);
        return {};
    }
    // The sizes in the header may lie: count what really comes out.
    QByteArray bytes;
    char buffer[64 * 1024];
    qint64 n = 0;
    while ((n = file.read(buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, n);
        if (bytes.size() > maxEntrySize)
            return refuse();
    }
    if (n < 0 || file.getZipError() != UNZ_OK) {
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
