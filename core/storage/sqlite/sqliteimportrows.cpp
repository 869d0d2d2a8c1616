#include "sqliteimportrows.h"

#include "sqliteconnection.h"
#include "sqliteplanrows.h"
#include "sqlitetaskrows.h"
#include "sqlitevalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

SqliteImportRows::SqliteImportRows(SqliteConnection &connection, SqlitePlanRows &plans, SqliteTaskRows &tasks)
    : m_connection(connection)
    , m_plans(plans)
    , m_tasks(tasks)
{
}

QList<qint64> SqliteImportRows::insertDraft(const ImportDraft &draft, InsertedRows *inserted)
{
    QList<qint64> planIds;
    InsertedRows rows;
    const bool ok = m_connection.write([&] {
        const QString now = SqliteValues::now();
        QSqlQuery task(m_connection.db());
        SqliteTaskRows::ChildStatements children(m_connection.db());
        task.prepare(SqliteTaskRows::insertStatement());
        for (const DraftPlan &draftPlan : draft.plans) {
            qint64 planId = draftPlan.targetPlanId;
            int firstPosition = 0; // sections added to a plan follow its own
            if (planId > 0) {
                QSqlQuery target(m_connection.db());
                target.prepare(u"SELECT (SELECT COALESCE(MAX(position), -1) + 1 FROM sections WHERE plan_id = ?)"
                               " FROM plans WHERE id = ?"_s);
                target.addBindValue(planId);
                target.addBindValue(planId);
                if (!target.exec())
                    return m_connection.failQuery(target);
                if (!target.next())
                    return m_connection.fail(StoreError::Kind::Other,
                        LedgerStore::tr("The plan to import into is no longer in the ledger."));
                firstPosition = target.value(0).toInt();
            } else {
                Plan plan = draftPlan.plan;
                plan.id = 0; // a new plan: the ledger numbers it
                if ((planId = m_plans.insertPlan(plan)) == 0)
                    return false;
                rows.newPlans.append(planId);
            }
            planIds.append(planId);

            QList<qint64> sectionIds;
            for (int i = 0; i < draftPlan.sections.size(); ++i) {
                const DraftSection &s = draftPlan.sections[i];
                const Section section {0, s.parent >= 0 && s.parent < i ? sectionIds[s.parent] : 0, planId,
                    firstPosition + i, s.label, s.title};
                if (!m_plans.insertSectionRows({section}, &sectionIds))
                    return false;
                rows.sections.append(sectionIds.last());
            }
            for (const DraftTask &draftTask : draftPlan.tasks) {
                if (!draftTask.included)
                    continue;
                const qint64 sectionId = draftTask.section >= 0 ? sectionIds.value(draftTask.section) : 0;
                const qint64 taskId = m_tasks.insertTask(task, children, draftTask.task, planId, sectionId, now);
                if (taskId == 0)
                    return false;
                rows.tasks.append(taskId);
            }
        }
        return true;
    });
    if (ok && inserted)
        *inserted = rows;
    return ok ? planIds : QList<qint64>();
}

bool SqliteImportRows::deleteInserted(const InsertedRows &inserted)
{
    return m_connection.write([&] {
        // Tasks first, then sections innermost first, then the plans the import made.
        const QList<std::pair<QString, QList<qint64>>> tables = {
            {u"DELETE FROM tasks WHERE id = ?"_s, inserted.tasks},
            {u"DELETE FROM sections WHERE id = ?"_s,
                QList<qint64>(inserted.sections.crbegin(), inserted.sections.crend())},
            {u"DELETE FROM plans WHERE id = ?"_s, inserted.newPlans},
        };
        QSqlQuery q(m_connection.db());
        for (const auto &[statement, ids] : tables) {
            q.prepare(statement);
            for (qint64 id : ids) {
                q.addBindValue(id);
                if (!q.exec())
                    return m_connection.failQuery(q);
            }
        }
        return true;
    });
}

bool SqliteImportRows::restoreImported(const LedgerStore::ImportedRows &rows)
{
    // Plans, then sections in the order written (a parent before its children), then tasks.
    return m_connection.write([&] {
        for (const Plan &plan : rows.plans) {
            if (m_plans.insertPlan(plan) == 0)
                return false;
        }
        QList<qint64> ids;
        return m_plans.insertSectionRows(rows.sections, nullptr) && m_tasks.insertTaskRows(rows.tasks, &ids);
    });
}

} // namespace Taizhang
