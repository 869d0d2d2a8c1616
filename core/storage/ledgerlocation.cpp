#include "ledgerlocation.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Taizhang {

LedgerLocation::LedgerLocation(const QString &location)
    : m_location(location)
{
    if (isServerUrl(location)) {
        m_kind = Kind::Server;
        m_url = QUrl(location, QUrl::StrictMode);
    }
}

bool LedgerLocation::isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString LedgerLocation::displayName() const
{
    if (m_kind == Kind::File)
        return QFileInfo(m_location).fileName();
    const QString database = m_url.path().mid(1);
    const QString host = m_url.host().isEmpty() ? u"localhost"_s : m_url.host();
    return database + u" @ "_s + host;
}

} // namespace Taizhang
