#pragma once

#include "storage/ledgerstore.h"

#include <memory>

namespace Taizhang {

class SqliteConnection;
class SqliteImportRows;
class SqlitePlanRows;
class SqliteProgressRows;
class SqliteRecordRows;
class SqliteRoundRows;
class SqliteHistoryRows;
class SqliteSettingRows;
class SqliteTaskRows;
class SqliteUnitRows;

// A ledger in one SQLite file (QSQLITE): the connection and its safety checks in SqliteConnection,
// each aggregate's statements in its own row class. Statements stay portable (bound values, no
// SQLite-only functions) so a server backend can share their shape; what is SQLite-only stays in
// SqliteConnection and SchemaMigrator.
class SqliteLedgerStore final : public LedgerStore {
public:
    SqliteLedgerStore();
    ~SqliteLedgerStore() override;

    bool open(const QString &location, OpenMode mode = OpenMode::OpenExisting) override;
    void close() override;
    bool isOpen() const override;
    bool isReadOnly() const override;
    QString path() const override;
    const StoreError &lastError() const override;
    bool checkIntegrity() override;
    bool wasInterrupted() const override;
    bool transaction(const std::function<bool()> &work) override;
    QList<Plan> plans() const override;
    QList<Section> sections() const override;
    QList<qint64> insertDraft(const ImportDraft &draft, InsertedRows *inserted = nullptr) override;
    bool deleteInserted(const InsertedRows &inserted) override;
    bool restoreImported(const ImportedRows &rows) override;
    bool deletePlans(const QList<qint64> &planIds) override;
    int taskCount() const override;
    QList<Task> taskPage(qint64 afterId, int limit, Detail detail = Detail::Row) const override;
    std::optional<Task> task(qint64 id) const override;
    QList<Task> tasksNamingUnit(const QString &unit) const override;
    bool saveTasks(const QList<Task> &tasks) override;
    QList<qint64> insertTasks(const QList<Task> &tasks) override;
    bool deleteTasks(const QList<qint64> &taskIds) override;
    qint64 insertSection(const Section &section) override;
    bool saveSections(const QList<Section> &sections) override;
    bool deleteSection(qint64 sectionId, qint64 moveTasksTo) override;
    bool restoreSection(const Section &section, const QList<qint64> &taskIds) override;
    bool restorePlan(const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks) override;
    bool savePlan(const Plan &plan, const QList<Task> &tasks = {}) override;
    qint64 addProgress(qint64 taskId, const ProgressEntry &entry) override;
    bool restoreProgress(qint64 taskId, const ProgressEntry &entry) override;
    bool removeProgress(qint64 entryId) override;
    QStringList unitNames() const override;
    bool setUnitAlias(const QString &alias, const QString &unit) override;
    bool removeUnitAlias(const QString &alias) override;
    QHash<QString, QString> unitAliases() const override;
    QList<IssuedNotice> issueNotices(const QList<qint64> &taskIds, const QDate &day, const QDate &replyBy) override;
    QList<IssuedNotice> noticesIssued(const QDate &from, const QDate &to) const override;
    QList<Escalation> issueEscalations(const QList<EscalationToIssue> &notices, const QDate &day, const QDate &replyBy) override;
    QList<Escalation> escalations() const override;
    std::optional<Bulletin> bulletinBefore(const QDate &day) const override;
    int saveBulletin(const QDate &day, const QByteArray &figures) override;
    QList<ReportingRound> rounds() const override;
    qint64 insertRound(const ReportingRound &round) override;
    bool deleteRound(qint64 roundId) override;
    bool setRoundClosed(qint64 roundId, const QDate &closed) override;
    QList<RoundReturn> roundReturns(qint64 roundId) const override;
    qint64 insertRoundReturn(const RoundReturn &record) override;
    bool deleteRoundReturn(qint64 returnId) override;
    QList<CloseOutRequest> closeOutRequests() const override;
    qint64 insertCloseOutRequest(const CloseOutRequest &request) override;
    bool deleteCloseOutRequest(qint64 requestId) override;
    std::optional<QByteArray> evidenceData(qint64 evidenceId) const override;
    qint64 evidenceBytes() const override;
    bool setCloseOutDecision(const CloseOutRequest &decision) override;
    bool appendHistory(const QList<HistoryEntry> &entries) override;
    QList<HistoryEntry> history(qint64 taskId = 0) const override;
    QString setting(const QString &key, const QString &fallback = {}) const override;
    bool setSettings(const QList<std::pair<QString, QString>> &values) override;

private:
    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<SqliteUnitRows> m_units;
    std::unique_ptr<SqliteProgressRows> m_progress;
    std::unique_ptr<SqliteTaskRows> m_tasks;
    std::unique_ptr<SqlitePlanRows> m_plans;
    std::unique_ptr<SqliteImportRows> m_import;
    std::unique_ptr<SqliteRecordRows> m_records;
    std::unique_ptr<SqliteSettingRows> m_settings;
    std::unique_ptr<SqliteRoundRows> m_rounds;
    std::unique_ptr<SqliteHistoryRows> m_history;
};

} // namespace Taizhang
