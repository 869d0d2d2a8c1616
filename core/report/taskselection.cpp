#include "taskselection.h"

#include "storage/ledgerstore.h"

namespace Taizhang {

TrafficLight TaskSelection::light(const Task &task) const
{
    return TrafficLights::of(task.deadline, task.status, today, dueSoonDays);
}

bool TaskSelection::accepts(const Task &task) const
{
    if (status && task.status != *status)
        return false;
    if (!unit.isEmpty() && !task.leadUnits.contains(unit) && !task.coUnits.contains(unit))
        return false;
    if (!overdue && !dueWithin)
        return true;
    if (overdue && light(task) == TrafficLight::Overdue)
        return true;
    if (!dueWithin || task.deadline.kind != Deadline::Kind::Date || TaskStatuses::isFinished(task.status))
        return false;
    const int left = TrafficLights::daysLeft(task.deadline, today);
    return left >= 0 && left <= *dueWithin;
}

TaskFeed storeFeed(const LedgerStore &store, const TaskSelection &selection)
{
    return [&store, selection](const TaskVisitor &visit) {
        constexpr int pageSize = 5000;
        qint64 after = 0;
        for (;;) {
            const QList<Task> page = store.taskPage(after, pageSize);
            for (const Task &task : page) {
                if (selection.accepts(task) && !visit(task, selection.light(task)))
                    return;
            }
            if (page.size() < pageSize)
                break;
            after = page.constLast().id;
        }
    };
}

TaskFeed listFeed(const QList<Task> &tasks, const TaskSelection &selection)
{
    return [tasks, selection](const TaskVisitor &visit) {
        for (const Task &task : tasks) {
            if (selection.accepts(task) && !visit(task, selection.light(task)))
                return;
        }
    };
}

} // namespace Taizhang
