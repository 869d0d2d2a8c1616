#pragma once

#include "model/task.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Taizhang {

// What the hidden sheet of a progress sheet carries, so a returned file is recognised: the ledger,
// the round, the unit, and for each task its id, its number, the sheet row it is on and a
// fingerprint of the task as it was when the sheet was written. A checksum over all of it tells an
// intact stamp from one edited by hand.
struct SheetStamp {
    static constexpr int version = 1;
    static constexpr int maxTasks = 100000; // no unit has more; a larger count is not believed

    struct StampedTask {
        qint64 id = 0;
        QString label;
        QString fingerprint;
        int row = 0; // 0-based sheet row
    };
    QString ledgerId;
    qint64 roundId = 0;
    QString roundName;
    QString unit;
    QList<StampedTask> tasks;

    // The rows of the hidden sheet, each a list of cells; parse() reads them back.
    QList<QStringList> rows() const;
    enum class Reading { Intact, Tampered, Missing };
    static Reading parse(const QList<QStringList> &rows, SheetStamp *stamp);

    // What a task looked like when its sheet was written: its latest progress (of
    // ReturnSheetLayout::beforeRound) and the fields a unit reports against. A different
    // fingerprint on return: changed since. Its status is left out: the lead unit's sheet sets it,
    // and the preview shows the status it has when collected.
    static QString fingerprint(const Task &task);

private:
    QString checksum() const;
};

} // namespace Taizhang
