#pragma once

#include "model/plan.h"
#include "model/section.h"
#include "model/task.h"

#include <QList>

namespace Taizhang {

class SqliteConnection;
class SqliteTaskRows;

// Plans and their section trees. Rows put back by an undo keep their ids.
class SqlitePlanRows {
public:
    SqlitePlanRows(SqliteConnection &connection, SqliteTaskRows &tasks);

    QList<Plan> plans() const;
    QList<Section> sections() const;
    bool deletePlans(const QList<qint64> &planIds);
    bool savePlan(const Plan &plan, const QList<Task> &tasks);
    bool restorePlan(const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks);
    qint64 insertSection(const Section &section);
    bool saveSections(const QList<Section> &sections);
    bool deleteSection(qint64 sectionId, qint64 moveTasksTo);
    bool restoreSection(const Section &section, const QList<qint64> &taskIds);

    // Inside a write: a plan (under plan.id when set), its id or 0; sections likewise.
    qint64 insertPlan(const Plan &plan);
    bool insertSectionRows(const QList<Section> &sections, QList<qint64> *ids);

private:
    SqliteConnection &m_connection;
    SqliteTaskRows &m_tasks;
};

} // namespace Taizhang
