#pragma once

#include <QDateTime>
#include <QString>

namespace Taizhang {

// One change to the ledger as its history keeps it: when, who, which task (0: the ledger as a
// whole), which field (an id: title, status … or progress, task, plan, notice, closeout), the old
// and new value as text, and the action that made it (edit, undo, redo, import, round, closeout …).
// The history is only ever added to: undoing a step adds the change back as an undo.
struct HistoryEntry {
    qint64 id = 0;
    QDateTime at;
    QString who;
    qint64 taskId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString action;
    bool operator==(const HistoryEntry &) const = default;
};

} // namespace Taizhang
