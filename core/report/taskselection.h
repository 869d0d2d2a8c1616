#pragma once

#include "model/task.h"
#include "model/trafficlight.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace Taizhang {

class LedgerStore;

// Which tasks a listing, an export or a printed report covers, as of a given today. The same rules
// serve `taizhang-cli list`, `export --unit/--due-within` and the meeting sheet.
struct TaskSelection {
    QDate today;
    int dueSoonDays = TrafficLights::defaultDueSoonDays;
    QString unit; // lead or cooperating; empty: every unit
    std::optional<TaskStatus> status;
    bool overdue = false; // overdue tasks …
    std::optional<int> dueWithin; // … and/or unfinished tasks due within this many days
    // With neither `overdue` nor `dueWithin`, every task (of the unit and status) is selected.

    TrafficLight light(const Task &task) const;
    bool accepts(const Task &task) const;
};

// Hands each selected task to a visitor, in ledger order, until the visitor returns false (a
// cancelled export). A report reads its tasks through a feed, so the GUI can print what its
// filter shows and the CLI what the store holds.
using TaskVisitor = std::function<bool(const Task &task, TrafficLight light)>;
using TaskFeed = std::function<void(const TaskVisitor &visit)>;

// Pages through the store (Detail::Row: units and the latest progress), never holding it all.
TaskFeed storeFeed(const LedgerStore &store, const TaskSelection &selection);
// Tasks already in memory (what the GUI's filter shows), lit as of the selection's today. The
// feed holds its own copy, so an export can read it on another thread.
TaskFeed listFeed(const QList<Task> &tasks, const TaskSelection &selection);

} // namespace Taizhang
