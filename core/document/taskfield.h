#pragma once

namespace Taizhang {

// The fields of a task a user edits. Each edit of one is one undo step.
enum class TaskField {
    Number,
    Title,
    Requirement,
    LeadUnits,
    CoUnits,
    Leaders,
    Deadline,
    Status,
    Problems,
    Remarks,
    Section, // where the task stands: a section id
    Order, // its place in the ledger (Task::order)
};

// Merge ids of the undo commands (QUndoCommand::id), in one place so they never collide.
enum class CommandId { EditTasks = 1, Progress, ImportPlans, MergeUnits, AddRemoveTasks, Plan, Sections, RemovePlan };

} // namespace Taizhang
