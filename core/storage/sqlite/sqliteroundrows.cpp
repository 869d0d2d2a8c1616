#include "sqliteroundrows.h"

#include "sqliteconnection.h"
#include "sqlitevalues.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
QString roleId(ReportRole role)
{
    return role == ReportRole::Lead ? u"lead"_s : u"co"_s;
}

ReportRole roleFromId(const QString &id)
{
    return id == u"co" ? ReportRole::Cooperating : ReportRole::Lead;
}
} // namespace

SqliteRoundRows::SqliteRoundRows(SqliteConnection &connection)
    : m_connection(connection)
{
}

QList<ReportingRound> SqliteRoundRows::rounds() const
{
    QList<ReportingRound> rounds;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_connection.db());
    if (!q.exec(u"SELECT id, name, period_end, due, opened, closed FROM rounds ORDER BY id"_s))
        return rounds;
    while (q.next()) {
        ReportingRound round;
        round.id = q.value(0).toLongLong();
        round.name = q.value(1).toString();
        round.periodEnd = SqliteValues::readDate(q.value(2));
        round.due = SqliteValues::readDate(q.value(3));
        round.opened = SqliteValues::readDate(q.value(4));
        round.closed = SqliteValues::readDate(q.value(5));
        index.insert(round.id, rounds.size());
        rounds.append(round);
    }
    if (!q.exec(u"SELECT round_id, task_id, unit, role FROM round_tasks ORDER BY round_id, position"_s))
        return rounds;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            rounds[*it].assignments.append(
                {q.value(1).toLongLong(), q.value(2).toString(), roleFromId(q.value(3).toString())});
    }
    return rounds;
}

qint64 SqliteRoundRows::insertRound(const ReportingRound &round)
{
    qint64 id = 0;
    const bool ok = m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"INSERT INTO rounds (id, name, period_end, due, opened, closed) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(SqliteValues::id(round.id));
        q.addBindValue(SqliteValues::text(round.name));
        q.addBindValue(SqliteValues::date(round.periodEnd));
        q.addBindValue(SqliteValues::date(round.due));
        q.addBindValue(SqliteValues::date(round.opened));
        q.addBindValue(SqliteValues::date(round.closed));
        if (!q.exec())
            return m_connection.failQuery(q);
        id = q.lastInsertId().toLongLong();
        q.prepare(u"INSERT INTO round_tasks (round_id, position, task_id, unit, role) VALUES (?, ?, ?, ?, ?)"_s);
        int position = 0;
        for (const RoundAssignment &a : round.assignments) {
            q.addBindValue(id);
            q.addBindValue(position++);
            q.addBindValue(a.taskId);
            q.addBindValue(SqliteValues::text(a.unit));
            q.addBindValue(roleId(a.role));
            if (!q.exec())
                return m_connection.failQuery(q);
        }
        return true;
    });
    return ok ? id : 0;
}

bool SqliteRoundRows::deleteRound(qint64 roundId)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"DELETE FROM rounds WHERE id = ?"_s);
        q.addBindValue(roundId);
        return m_connection.execOne(q, SqliteConnection::tr("The reporting round is no longer in the ledger."));
    });
}

bool SqliteRoundRows::setClosed(qint64 roundId, const QDate &closed)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"UPDATE rounds SET closed = ? WHERE id = ?"_s);
        q.addBindValue(SqliteValues::date(closed));
        q.addBindValue(roundId);
        return m_connection.execOne(q, SqliteConnection::tr("The reporting round is no longer in the ledger."));
    });
}

QList<RoundReturn> SqliteRoundRows::returns(qint64 roundId) const
{
    QList<RoundReturn> records;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT id, unit, returned, file FROM round_returns WHERE round_id = ? ORDER BY id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return records;
    while (q.next()) {
        RoundReturn record;
        record.id = q.value(0).toLongLong();
        record.roundId = roundId;
        record.unit = q.value(1).toString();
        record.returned = SqliteValues::readDate(q.value(2));
        record.fileName = q.value(3).toString();
        index.insert(record.id, records.size());
        records.append(record);
    }
    q.prepare(u"SELECT t.return_id, t.task_id FROM round_return_tasks t JOIN round_returns r ON r.id = t.return_id"
              " WHERE r.round_id = ? ORDER BY t.return_id, t.task_id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return records;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            records[*it].reportedTasks.append(q.value(1).toLongLong());
    }
    return records;
}

qint64 SqliteRoundRows::insertReturn(const RoundReturn &record)
{
    qint64 id = 0;
    const bool ok = m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"INSERT INTO round_returns (id, round_id, unit, returned, file, created) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(SqliteValues::id(record.id));
        q.addBindValue(record.roundId);
        q.addBindValue(SqliteValues::text(record.unit));
        q.addBindValue(SqliteValues::date(record.returned));
        q.addBindValue(SqliteValues::text(record.fileName));
        q.addBindValue(SqliteValues::now());
        if (!q.exec())
            return m_connection.failQuery(q);
        id = q.lastInsertId().toLongLong();
        q.prepare(u"INSERT OR IGNORE INTO round_return_tasks (return_id, task_id) VALUES (?, ?)"_s);
        for (qint64 taskId : record.reportedTasks) {
            q.addBindValue(id);
            q.addBindValue(taskId);
            if (!q.exec())
                return m_connection.failQuery(q);
        }
        return true;
    });
    return ok ? id : 0;
}

bool SqliteRoundRows::deleteReturn(qint64 returnId)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"DELETE FROM round_returns WHERE id = ?"_s);
        q.addBindValue(returnId);
        return m_connection.execOne(q, SqliteConnection::tr("The returned sheet is no longer in the ledger."));
    });
}

QList<CloseOutRequest> SqliteRoundRows::closeOutRequests() const
{
    QList<CloseOutRequest> requests;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_connection.db());
    if (!q.exec(u"SELECT id, task_id, round_id, unit, requested, note FROM closeout_requests ORDER BY id"_s))
        return requests;
    while (q.next()) {
        CloseOutRequest request;
        request.id = q.value(0).toLongLong();
        request.taskId = q.value(1).toLongLong();
        request.roundId = q.value(2).toLongLong();
        request.unit = q.value(3).toString();
        request.requested = SqliteValues::readDate(q.value(4));
        request.note = q.value(5).toString();
        index.insert(request.id, requests.size());
        requests.append(request);
    }
    // Format 7 and later: a ledger older, opened read-only, has neither evidence nor decisions.
    if (q.exec(u"SELECT request_id, approved, decided, decided_by, note FROM closeout_decisions"_s)) {
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            CloseOutRequest &request = requests[*it];
            request.state = q.value(1).toInt() ? CloseOutRequest::State::Approved : CloseOutRequest::State::Returned;
            request.decided = SqliteValues::readDate(q.value(2));
            request.decidedBy = q.value(3).toString();
            request.decisionNote = q.value(4).toString();
        }
    }
    if (q.exec(u"SELECT id, request_id, name, size, sha256, type FROM evidence ORDER BY id"_s)) {
        while (q.next()) {
            const auto it = index.constFind(q.value(1).toLongLong());
            if (it != index.cend())
                requests[*it].evidence.append({q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString(), q.value(5).toString(), {}});
        }
    }
    return requests;
}

qint64 SqliteRoundRows::insertCloseOutRequest(const CloseOutRequest &request)
{
    qint64 id = 0;
    const bool ok = m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"INSERT INTO closeout_requests (id, task_id, round_id, unit, requested, note)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(SqliteValues::id(request.id));
        q.addBindValue(request.taskId);
        q.addBindValue(SqliteValues::id(request.roundId));
        q.addBindValue(SqliteValues::text(request.unit));
        q.addBindValue(SqliteValues::date(request.requested));
        q.addBindValue(SqliteValues::text(request.note));
        if (!q.exec())
            return m_connection.failQuery(q);
        id = q.lastInsertId().toLongLong();
        q.prepare(u"INSERT INTO evidence (id, request_id, name, size, sha256, type, data) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const Evidence &e : request.evidence) {
            q.addBindValue(SqliteValues::id(e.id));
            q.addBindValue(id);
            q.addBindValue(SqliteValues::text(e.name));
            q.addBindValue(e.size);
            q.addBindValue(SqliteValues::text(e.sha256));
            q.addBindValue(SqliteValues::text(e.type));
            q.addBindValue(e.data);
            if (!q.exec())
                return m_connection.failQuery(q);
        }
        return request.state == CloseOutRequest::State::Pending || writeDecision(q, id, request);
    });
    return ok ? id : 0;
}

bool SqliteRoundRows::writeDecision(QSqlQuery &q, qint64 requestId, const CloseOutRequest &decision)
{
    q.prepare(u"DELETE FROM closeout_decisions WHERE request_id = ?"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return m_connection.failQuery(q);
    if (decision.state == CloseOutRequest::State::Pending)
        return true;
    q.prepare(u"INSERT INTO closeout_decisions (request_id, approved, decided, decided_by, note) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(requestId);
    q.addBindValue(int(decision.state == CloseOutRequest::State::Approved));
    q.addBindValue(SqliteValues::date(decision.decided));
    q.addBindValue(SqliteValues::text(decision.decidedBy));
    q.addBindValue(SqliteValues::text(decision.decisionNote));
    return q.exec() || m_connection.failQuery(q);
}

bool SqliteRoundRows::setCloseOutDecision(const CloseOutRequest &decision)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"SELECT 1 FROM closeout_requests WHERE id = ?"_s);
        q.addBindValue(decision.id);
        if (!q.exec())
            return m_connection.failQuery(q);
        if (!q.next())
            return m_connection.fail(StoreError::Kind::Other, SqliteConnection::tr("The close-out request is no longer in the ledger."));
        return writeDecision(q, decision.id, decision);
    });
}

std::optional<QByteArray> SqliteRoundRows::evidenceData(qint64 evidenceId) const
{
    QSqlQuery q(m_connection.db());
    q.prepare(u"SELECT data FROM evidence WHERE id = ?"_s);
    q.addBindValue(evidenceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

qint64 SqliteRoundRows::evidenceBytes() const
{
    QSqlQuery q(m_connection.db());
    return q.exec(u"SELECT COALESCE(SUM(size), 0) FROM evidence"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

bool SqliteRoundRows::deleteCloseOutRequest(qint64 requestId)
{
    return m_connection.write([&] {
        QSqlQuery q(m_connection.db());
        q.prepare(u"DELETE FROM closeout_requests WHERE id = ?"_s);
        q.addBindValue(requestId);
        return m_connection.execOne(q, SqliteConnection::tr("The close-out request is no longer in the ledger."));
    });
}

} // namespace Taizhang
