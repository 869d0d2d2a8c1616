#pragma once

#include "model/task.h"
#include "taskfield.h"

#include <QVariant>

namespace Taizhang {

// The one rule for what a changed field means, used by the ledger (LedgerDocument) and the import
// preview (ImportDraftModel) alike: a deadline text is parsed with the plan's year, a requirement
// yields its milestones, a unit list is split as the importer splits it (prefixes shared), people's
// names only at list marks, a status read from its id or its Chinese name.
class TaskFieldChange {
public:
    // `value`: text as typed; a QStringList for unit and leader lists already split; an int for a
    // TaskStatus, a section id or an order.
    static Task apply(Task task, TaskField field, const QVariant &value, int planYear);

    // Whether two states of a task agree on a field (with what derives from it: a requirement's
    // milestones, a number's part, a status's completion dates).
    static bool sameField(const Task &a, const Task &b, TaskField field);
    // `onto` with the field (and what derives from it) as `from` has it.
    static Task carry(Task onto, const Task &from, TaskField field);
    // The fields in which two states of a task differ: what a step changed.
    static QList<TaskField> changedFields(const Task &before, const Task &after);
    // For the history: the field's id (title, lead, status …, as `taizhang-cli task set` names
    // them) and its value as text.
    static QString fieldId(TaskField field);
    static QString text(const Task &task, TaskField field);
};

} // namespace Taizhang
