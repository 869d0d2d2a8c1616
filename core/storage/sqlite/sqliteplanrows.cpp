#include "sqliteplanrows.h"

#include "sqliteconnection.h"
#include "sqlitetaskrows.h"
#include "sqlitevalues.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

SqlitePlanRows::SqlitePlanRows(SqliteConnection &connection, SqliteTaskRows &tasks)
    : m_connection(connection)
    , m_tasks(tasks)
{
}

QList<Plan> SqlitePlanRows::plans() const
{
    QList<Plan> result;
    QSqlQuery q(m_connection.db());
    q.exec(u"SELECT id, title, issuer, doc_number, issued, year, source, notes FROM plans ORDER BY id"_s);
    while (q.next()) {
        Plan plan;
        plan.id = q.value(0).toLongLong();
        plan.title = q.value(1).toString();
        plan.issuer = q.value(2).toString();
        plan.docNumber = q.value(3).toString();
        plan.issued = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        plan.year = q.value(5).toInt();
        plan.source = q.value(6).toString();
        plan.notes = q.value(7).toString();
        result.append(plan);
    }
    return result;
}

QList<Section> SqlitePlanRows::sections() const
{
    QList<Section> result;
    QSqlQuery q(m_connection.db());
    q.exec(u"SELECT id, parent_id, plan_id, position, label, title FROM sections ORDER BY plan_id, position, id"_s);
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
            q.value(4).toString(), q.value(5).toString()});
    return result;
}

bool SqlitePlanRows::deletePlans(const QList<qint64> &planIds)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"DELETE FROM plans WHERE id = ?"_s);
        for (qint64 id : planIds) {
            q.addBindValue(id);
            if (!q.exec())
                return m_connection.failQuery(q);
        }
        return true;
    });
}

bool SqlitePlanRows::savePlan(const Plan &plan, const QList<Task> &tasks)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"UPDATE plans SET title = ?, issuer = ?, doc_number = ?, issued = ?, year = ?, source = ?,"
                  " notes = ? WHERE id = ?"_s);
        for (const QVariant &value : {SqliteValues::text(plan.title), SqliteValues::text(plan.issuer),
                 SqliteValues::text(plan.docNumber), SqliteValues::date(plan.issued), QVariant(plan.year),
                 SqliteValues::text(plan.source), SqliteValues::text(plan.notes), QVariant(plan.id)})
            q.addBindValue(value);
        if (!m_connection.execOne(q, LedgerStore::tr("Plan %1 is no longer in the ledger.").arg(plan.id)))
            return false;
        return m_tasks.updateTasks(tasks);
    });
}

bool SqlitePlanRows::insertSectionRows(const QList<Section> &sections, QList<qint64> *ids)
{
    QSqlQuery fresh(m_connection.db()), restored(m_connection.db());
    fresh.prepare(u"INSERT INTO sections (plan_id, parent_id, position, label, title) VALUES (?, ?, ?, ?, ?)"_s);
    restored.prepare(
        u"INSERT INTO sections (plan_id, parent_id, position, label, title, id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Section &section : sections) {
        QSqlQuery &q = section.id > 0 ? restored : fresh;
        for (const QVariant &value : {QVariant(section.planId),
                 section.parentId > 0 ? QVariant(section.parentId) : QVariant(QMetaType::fromType<qlonglong>()),
                 QVariant(section.position), SqliteValues::text(section.label), SqliteValues::text(section.title)})
            q.addBindValue(value);
        if (section.id > 0)
            q.addBindValue(section.id);
        if (!q.exec())
            return m_connection.failQuery(q);
        if (ids)
            ids->append(section.id > 0 ? section.id : q.lastInsertId().toLongLong());
    }
    return true;
}

qint64 SqlitePlanRows::insertSection(const Section &section)
{
    QList<qint64> ids;
    return m_connection.write([&] { return insertSectionRows({section}, &ids); }) ? ids.constFirst() : 0;
}

bool SqlitePlanRows::saveSections(const QList<Section> &sections)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"UPDATE sections SET parent_id = ?, position = ?, label = ?, title = ? WHERE id = ?"_s);
        for (const Section &section : sections) {
            for (const QVariant &value :
                {section.parentId > 0 ? QVariant(section.parentId) : QVariant(QMetaType::fromType<qlonglong>()),
                    QVariant(section.position), SqliteValues::text(section.label), SqliteValues::text(section.title),
                    QVariant(section.id)})
                q.addBindValue(value);
            if (!m_connection.execOne(q, LedgerStore::tr("Section %1 is no longer in the ledger.").arg(section.id)))
                return false;
        }
        return true;
    });
}

bool SqlitePlanRows::deleteSection(qint64 sectionId, qint64 moveTasksTo)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"UPDATE tasks SET section_id = ? WHERE section_id = ?"_s);
        q.addBindValue(moveTasksTo > 0 ? QVariant(moveTasksTo) : QVariant(QMetaType::fromType<qlonglong>()));
        q.addBindValue(sectionId);
        if (!q.exec())
            return m_connection.failQuery(q);
        q.prepare(u"DELETE FROM sections WHERE id = ?"_s);
        q.addBindValue(sectionId);
        if (!m_connection.execOne(q, LedgerStore::tr("Section %1 is no longer in the ledger.").arg(sectionId)))
            return false;
        return true;
    });
}

bool SqlitePlanRows::restoreSection(const Section &section, const QList<qint64> &taskIds)
{
    return m_connection.write([&] {
        if (!insertSectionRows({section}, nullptr))
            return false;
        QSqlQuery q(m_connection.db());
        q.prepare(u"UPDATE tasks SET section_id = ? WHERE id = ?"_s);
        for (qint64 id : taskIds) {
            q.addBindValue(section.id);
            q.addBindValue(id);
            if (!q.exec())
                return m_connection.failQuery(q);
        }
        return true;
    });
}

bool SqlitePlanRows::restorePlan(const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks)
{
    return m_connection.write([&] {
        if (insertPlan(plan) == 0)
            return false;
        // Parents before their children: `sections` is in the plan's order, and a child never
        // comes before its parent there unless moved; put them in as their parents appear.
        QList<Section> pending = sections;
        QSet<qint64> done;
        while (!pending.isEmpty()) {
            const qsizetype before = pending.size();
            for (qsizetype i = 0; i < pending.size();) {
                const Section &section = pending.at(i);
                if (section.parentId == 0 || done.contains(section.parentId)) {
                    if (!insertSectionRows({section}, nullptr))
                        return false;
                    done.insert(section.id);
                    pending.removeAt(i);
                } else {
                    ++i;
                }
            }
            if (pending.size() == before)
                return m_connection.fail(
                    StoreError::Kind::Other, LedgerStore::tr("The plan's sections do not form a tree."));
        }
        QList<qint64> ids;
        return m_tasks.insertTaskRows(tasks, &ids);
    });
}

qint64 SqlitePlanRows::insertPlan(const Plan &plan)
{
    QSqlQuery q(m_connection.db());
    q.prepare(plan.id > 0 ? u"INSERT INTO plans (title, issuer, doc_number, issued, year, source, notes, id)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s
                          : u"INSERT INTO plans (title, issuer, doc_number, issued, year, source, notes)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {SqliteValues::text(plan.title), SqliteValues::text(plan.issuer),
             SqliteValues::text(plan.docNumber), SqliteValues::date(plan.issued), QVariant(plan.year),
             SqliteValues::text(plan.source), SqliteValues::text(plan.notes)})
        q.addBindValue(value);
    if (plan.id > 0)
        q.addBindValue(plan.id);
    if (!q.exec()) {
        m_connection.failQuery(q);
        return 0;
    }
    return plan.id > 0 ? plan.id : q.lastInsertId().toLongLong();
}

} // namespace Taizhang
