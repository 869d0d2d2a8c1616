#include "ledgerfileprobe.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Taizhang {

LedgerFileProbe LedgerFileProbe::inspect(const QString &path)
{
    LedgerFileProbe probe;
    QFile file(path);
    if (!file.exists())
        return probe;
    // A FIFO, a device or a folder under a ledger's name: opening it to read would block or fail.
    if (!QFileInfo(path).isFile()) {
        probe.kind = Kind::NotSqlite;
        return probe;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        probe.kind = Kind::NotSqlite; // unreadable: LedgerStore reports why when it tries
        return probe;
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        probe.kind = Kind::Empty;
        return probe;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        probe.kind = Kind::NotSqlite;
        return probe;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    probe.userVersion = qFromBigEndian<quint32>(bytes + 60); // 0xffffffff is newer, not -1
    probe.fileApplicationId = qFromBigEndian<quint32>(bytes + 68);
    probe.kind = probe.fileApplicationId == applicationId ? Kind::Ledger : Kind::ForeignSqlite;
    return probe;
}

} // namespace Taizhang
