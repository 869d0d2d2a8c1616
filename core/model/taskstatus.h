#pragma once

#include <QString>

namespace Taizhang {

// Where a task stands in its life. Overdue is not a status: it is derived (see TrafficLight).
enum class TaskStatus { NotStarted, InProgress, Blocked, Done, Closed };

namespace TaskStatuses {
// Stable identifiers used in the ledger file, JSON and the CLI: not_started, in_progress, ...
QString id(TaskStatus status);
// Parses an identifier or the Chinese label; returns false when the text names no status.
bool fromString(const QString &text, TaskStatus *status);
// The label users read (translated; Chinese by default).
QString label(TaskStatus status);
inline constexpr TaskStatus all[]
    = {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Blocked, TaskStatus::Done, TaskStatus::Closed};
inline bool isFinished(TaskStatus status)
{
    return status == TaskStatus::Done || status == TaskStatus::Closed;
}
} // namespace TaskStatuses

} // namespace Taizhang
