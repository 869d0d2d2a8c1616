#pragma once

#include <QList>
#include <QModelIndexList>

class QMimeData;

namespace Taizhang {

// Tasks dragged between views (table rows, board cards, section tree) travel as their ids.
class TaskIdsMime {
public:
    static constexpr auto mimeType = "application/x-taizhang-task-ids";

    static QMimeData *encode(const QList<qint64> &taskIds);
    // The tasks of these indexes (their TaskIdRole), each once, in the order given.
    static QMimeData *encode(const QModelIndexList &indexes);
    // The ids a drag carries; empty when it carries none (or bytes that are not ours).
    static QList<qint64> decode(const QMimeData *data);
    static constexpr qsizetype maxIds = 1000000; // no ledger holds more; a longer list is foreign
};

} // namespace Taizhang
