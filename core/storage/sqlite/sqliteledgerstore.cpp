#include "sqliteledgerstore.h"

#include "sqliteconnection.h"
#include "sqliteimportrows.h"
#include "sqliteplanrows.h"
#include "sqliteprogressrows.h"
#include "sqliterecordrows.h"
#include "sqlitehistoryrows.h"
#include "sqliteroundrows.h"
#include "sqlitesettingrows.h"
#include "sqlitetaskrows.h"
#include "sqliteunitrows.h"

namespace Taizhang {

SqliteLedgerStore::SqliteLedgerStore()
    : m_connection(std::make_unique<SqliteConnection>())
    , m_units(std::make_unique<SqliteUnitRows>(*m_connection))
    , m_progress(std::make_unique<SqliteProgressRows>(*m_connection))
    , m_tasks(std::make_unique<SqliteTaskRows>(*m_connection, *m_units, *m_progress))
    , m_plans(std::make_unique<SqlitePlanRows>(*m_connection, *m_tasks))
    , m_import(std::make_unique<SqliteImportRows>(*m_connection, *m_plans, *m_tasks))
    , m_records(std::make_unique<SqliteRecordRows>(*m_connection))
    , m_settings(std::make_unique<SqliteSettingRows>(*m_connection))
    , m_rounds(std::make_unique<SqliteRoundRows>(*m_connection))
    , m_history(std::make_unique<SqliteHistoryRows>(*m_connection))
{
    // Unit ids handed out inside a rolled-back transaction, or by another file, are gone.
    m_connection->setRollbackHandler([units = m_units.get()] { units->forgetIds(); });
}

SqliteLedgerStore::~SqliteLedgerStore()
{
    m_connection->close();
    m_connection->setRollbackHandler({}); // the row classes go before the connection does
}

bool SqliteLedgerStore::open(const QString &location, OpenMode mode)
{
    return m_connection->open(location, mode);
}

bool SqliteLedgerStore::checkIntegrity()
{
    return m_connection->checkIntegrity();
}

bool SqliteLedgerStore::wasInterrupted() const
{
    return m_connection->wasInterrupted();
}

void SqliteLedgerStore::close()
{
    m_connection->close();
}

bool SqliteLedgerStore::isOpen() const
{
    return m_connection->isOpen();
}

bool SqliteLedgerStore::isReadOnly() const
{
    return m_connection->isReadOnly();
}

QString SqliteLedgerStore::path() const
{
    return m_connection->path();
}

const StoreError &SqliteLedgerStore::lastError() const
{
    return m_connection->lastError();
}

bool SqliteLedgerStore::transaction(const std::function<bool()> &work)
{
    return m_connection->write(work);
}

QList<Plan> SqliteLedgerStore::plans() const
{
    return m_plans->plans();
}

QList<Section> SqliteLedgerStore::sections() const
{
    return m_plans->sections();
}

QList<qint64> SqliteLedgerStore::insertDraft(const ImportDraft &draft, InsertedRows *inserted)
{
    return m_import->insertDraft(draft, inserted);
}

bool SqliteLedgerStore::deleteInserted(const InsertedRows &inserted)
{
    return m_import->deleteInserted(inserted);
}

bool SqliteLedgerStore::restoreImported(const ImportedRows &rows)
{
    return m_import->restoreImported(rows);
}

bool SqliteLedgerStore::deletePlans(const QList<qint64> &planIds)
{
    return m_plans->deletePlans(planIds);
}

int SqliteLedgerStore::taskCount() const
{
    return m_tasks->taskCount();
}

QList<Task> SqliteLedgerStore::taskPage(qint64 afterId, int limit, Detail detail) const
{
    return m_tasks->taskPage(afterId, limit, detail);
}

std::optional<Task> SqliteLedgerStore::task(qint64 id) const
{
    return m_tasks->task(id);
}

QList<Task> SqliteLedgerStore::tasksNamingUnit(const QString &unit) const
{
    return m_tasks->tasksNamingUnit(unit);
}

bool SqliteLedgerStore::saveTasks(const QList<Task> &tasks)
{
    return m_tasks->saveTasks(tasks);
}

QList<qint64> SqliteLedgerStore::insertTasks(const QList<Task> &tasks)
{
    return m_tasks->insertTasks(tasks);
}

bool SqliteLedgerStore::deleteTasks(const QList<qint64> &taskIds)
{
    return m_tasks->deleteTasks(taskIds);
}

qint64 SqliteLedgerStore::insertSection(const Section &section)
{
    return m_plans->insertSection(section);
}

bool SqliteLedgerStore::saveSections(const QList<Section> &sections)
{
    return m_plans->saveSections(sections);
}

bool SqliteLedgerStore::deleteSection(qint64 sectionId, qint64 moveTasksTo)
{
    return m_plans->deleteSection(sectionId, moveTasksTo);
}

bool SqliteLedgerStore::restoreSection(const Section &section, const QList<qint64> &taskIds)
{
    return m_plans->restoreSection(section, taskIds);
}

bool SqliteLedgerStore::restorePlan(const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks)
{
    return m_plans->restorePlan(plan, sections, tasks);
}

bool SqliteLedgerStore::savePlan(const Plan &plan, const QList<Task> &tasks)
{
    return m_plans->savePlan(plan, tasks);
}

qint64 SqliteLedgerStore::addProgress(qint64 taskId, const ProgressEntry &entry)
{
    return m_progress->add(taskId, entry);
}

bool SqliteLedgerStore::restoreProgress(qint64 taskId, const ProgressEntry &entry)
{
    return m_progress->restore(taskId, entry);
}

bool SqliteLedgerStore::removeProgress(qint64 entryId)
{
    return m_progress->remove(entryId);
}

QStringList SqliteLedgerStore::unitNames() const
{
    return m_units->names();
}

bool SqliteLedgerStore::setUnitAlias(const QString &alias, const QString &unit)
{
    return m_units->setAlias(alias, unit);
}

bool SqliteLedgerStore::removeUnitAlias(const QString &alias)
{
    return m_units->removeAlias(alias);
}

QHash<QString, QString> SqliteLedgerStore::unitAliases() const
{
    return m_units->aliases();
}

QList<LedgerStore::IssuedNotice> SqliteLedgerStore::issueNotices(
    const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy)
{
    return m_records->issueNotices(taskIds, day, replyBy);
}

QList<LedgerStore::IssuedNotice> SqliteLedgerStore::noticesIssued(const QDate &from, const QDate &to) const
{
    return m_records->noticesIssued(from, to);
}

QList<Escalation> SqliteLedgerStore::issueEscalations(
    const QList<EscalationToIssue> &notices, const QDate &day, const QDate &replyBy)
{
    return m_records->issueEscalations(notices, day, replyBy);
}

QList<Escalation> SqliteLedgerStore::escalations() const
{
    return m_records->escalations();
}

std::optional<LedgerStore::Bulletin> SqliteLedgerStore::bulletinBefore(const QDate &day) const
{
    return m_records->bulletinBefore(day);
}

int SqliteLedgerStore::saveBulletin(const QDate &day, const QByteArray &figures)
{
    return m_records->saveBulletin(day, figures);
}

bool SqliteLedgerStore::appendHistory(const QList<HistoryEntry> &entries)
{
    return m_history->append(entries);
}

QList<HistoryEntry> SqliteLedgerStore::history(qint64 taskId) const
{
    return m_history->entries(taskId);
}

QString SqliteLedgerStore::setting(const QString &key, const QString &fallback) const
{
    return m_settings->setting(key, fallback);
}

bool SqliteLedgerStore::setSettings(const QList<std::pair<QString, QString>> &values)
{
    return m_settings->setSettings(values);
}

QList<ReportingRound> SqliteLedgerStore::rounds() const
{
    return m_rounds->rounds();
}

qint64 SqliteLedgerStore::insertRound(const ReportingRound &round)
{
    return m_rounds->insertRound(round);
}

bool SqliteLedgerStore::deleteRound(qint64 roundId)
{
    return m_rounds->deleteRound(roundId);
}

bool SqliteLedgerStore::setRoundClosed(qint64 roundId, const QDate &closed)
{
    return m_rounds->setClosed(roundId, closed);
}

QList<RoundReturn> SqliteLedgerStore::roundReturns(qint64 roundId) const
{
    return m_rounds->returns(roundId);
}

qint64 SqliteLedgerStore::insertRoundReturn(const RoundReturn &record)
{
    return m_rounds->insertReturn(record);
}

bool SqliteLedgerStore::deleteRoundReturn(qint64 returnId)
{
    return m_rounds->deleteReturn(returnId);
}

QList<CloseOutRequest> SqliteLedgerStore::closeOutRequests() const
{
    return m_rounds->closeOutRequests();
}

qint64 SqliteLedgerStore::insertCloseOutRequest(const CloseOutRequest &request)
{
    return m_rounds->insertCloseOutRequest(request);
}

bool SqliteLedgerStore::deleteCloseOutRequest(qint64 requestId)
{
    return m_rounds->deleteCloseOutRequest(requestId);
}

std::optional<QByteArray> SqliteLedgerStore::evidenceData(qint64 evidenceId) const
{
    return m_rounds->evidenceData(evidenceId);
}

qint64 SqliteLedgerStore::evidenceBytes() const
{
    return m_rounds->evidenceBytes();
}

bool SqliteLedgerStore::setCloseOutDecision(const CloseOutRequest &decision)
{
    return m_rounds->setCloseOutDecision(decision);
}

} // namespace Taizhang
