#include "taskidsmime.h"

#include "tasktablemodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Taizhang {

QMimeData *TaskIdsMime::encode(const QList<qint64> &taskIds, const QString &ledger)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << quint32(taskIds.size());
    for (qint64 id : taskIds)
        stream << id;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), bytes);
    data->setData(QString::fromLatin1(ledgerMimeType), ledger.toUtf8());
    return data;
}

QMimeData *TaskIdsMime::encode(const QModelIndexList &indexes, const QString &ledger)
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(TaskTableModel::TaskIdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return encode(ids, ledger);
}

QList<qint64> TaskIdsMime::decode(const QMimeData *data, const QString &ledger)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(mimeType))
        || QString::fromUtf8(data->data(QString::fromLatin1(ledgerMimeType))) != ledger)
        return ids;
    // A drag from another program may carry anything under our type: its count is checked against
    // the bytes that came with it before anything is reserved.
    const QByteArray bytes = data->data(QString::fromLatin1(mimeType));
    QDataStream stream(bytes);
    quint32 count = 0;
    stream >> count;
    if (stream.status() != QDataStream::Ok || count > maxIds
        || qsizetype(count) * qsizetype(sizeof(qint64)) != bytes.size() - qsizetype(sizeof(quint32)))
        return ids;
    ids.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        qint64 id = 0;
        stream >> id;
        ids.append(id);
    }
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace Taizhang
