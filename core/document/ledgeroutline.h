#pragma once

#include "model/plan.h"
#include "model/section.h"
#include "model/task.h"
#include "storage/ledgerstore.h"

#include <functional>
#include <optional>

namespace Taizhang {

// Questions about a ledger's shape, asked of its store: which plan or section, what a section
// holds and in which order, where a task put between two others goes, the next free number.
// Read only; the document asks them before an edit, the views and the CLI before offering one.
class LedgerOutline {
public:
    explicit LedgerOutline(const LedgerStore &store);

    std::optional<Plan> plan(qint64 planId) const;
    std::optional<Section> section(qint64 sectionId) const;
    QList<Section> sectionsOfPlan(qint64 planId) const; // in the plan's order
    QList<qint64> tasksInSection(qint64 sectionId) const;
    // A section's tasks in the ledger's order.
    QList<Task> tasksOfSection(qint64 planId, qint64 sectionId) const;
    // The number a new task of the section takes: one past the highest there, else in its plan.
    QString nextNumber(qint64 planId, qint64 sectionId) const;
    // The tasks of a plan whose deadlines a change of year would read anew.
    QList<Task> tasksReadWithYear(qint64 planId) const;

    // The ledger's order: tasks stand by id unless moved by hand (Task::order). A task added after
    // another, or moved before one, takes a place between it and its neighbour.
    QList<Task> tasksInLedgerOrder() const;
    double orderAfter(qint64 taskId) const;
    double orderBefore(qint64 taskId) const;

    // These tasks whole (Detail::Full), in id order; those gone are left out.
    QList<Task> tasksByIds(const QList<qint64> &ids) const;

    // Every task of the ledger, page by page, so a 100,000-task ledger is never held twice.
    void forEachTask(LedgerStore::Detail detail, const std::function<void(const Task &)> &visit) const;

private:
    const LedgerStore &m_store;
};

} // namespace Taizhang
