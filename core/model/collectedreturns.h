#pragma once

#include "progressentry.h"
#include "reportinground.h"
#include "task.h"

#include <QList>

namespace Taizhang {

// What collecting returned sheets writes, as one step: per sheet, its return, the progress
// entries it gives, the status and problems it changes (the lead unit's sheet only) and the
// close-out requests it makes. Ids are filled in when first written and kept across undo and redo.
struct CollectedReturn {
    RoundReturn record;
    struct Entry {
        qint64 taskId = 0;
        ProgressEntry entry;
    };
    QList<Entry> entries;
    QList<Task> before; // tasks as they were, for the fields `after` changes
    QList<Task> after;
    QList<CloseOutRequest> requests;
};

using CollectedReturns = QList<CollectedReturn>;

} // namespace Taizhang
