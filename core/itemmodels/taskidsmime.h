#pragma once

#include <QList>
#include <QModelIndexList>

class QMimeData;

namespace Taizhang {

// Tasks dragged between views (table rows, board cards, section tree) travel as their ids, with
// the ledger they belong to: ids dropped into another window's ledger would name other tasks.
class TaskIdsMime {
public:
    static constexpr auto mimeType = "application/x-taizhang-task-ids";
    static constexpr auto ledgerMimeType = "application/x-taizhang-ledger-path";

    static QMimeData *encode(const QList<qint64> &taskIds, const QString &ledger);
    // The tasks of these indexes (their TaskIdRole), each once, in the order given.
    static QMimeData *encode(const QModelIndexList &indexes, const QString &ledger);
    // The ids a drag carries from `ledger`; empty when it carries none, comes from another ledger,
    // or holds bytes that are not ours.
    static QList<qint64> decode(const QMimeData *data, const QString &ledger);
    static constexpr qsizetype maxIds = 1000000; // no ledger holds more; a longer list is foreign
};

} // namespace Taizhang
