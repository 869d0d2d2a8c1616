#pragma once

#include "model/collectedreturns.h"
#include "model/importdraft.h"
#include "model/plan.h"
#include "model/section.h"
#include "model/task.h"
#include "report/reportsettings.h"
#include "storage/ledgerstore.h"

#include <functional>
#include <optional>

namespace Taizhang {

class LedgerDocument;

// What the undo commands apply: each function writes one state to the store, reports a refusal
// through the document, and announces the change with the document's signals. Only the document
// makes one (and hands it to the commands it pushes), so no widget or report can write around the
// undo stack.
class LedgerWriter {
public:
    explicit LedgerWriter(LedgerDocument &document);

    // While an undo command undoes (or redoes) its step, the history records the change as that.
    class Replay {
    public:
        Replay(LedgerWriter *writer, bool undo);
        ~Replay();
        Replay(const Replay &) = delete;
        Replay &operator=(const Replay &) = delete;

    private:
        LedgerWriter *m_writer;
        QString m_previous;
    };
    // Supervision notices issued, into the history (the notices themselves are records).
    bool recordNotices(const QList<LedgerStore::IssuedNotice> &notices);
    bool recordEscalations(const QList<Escalation> &notices);
    bool recordSkippedNotice(qint64 taskId, EscalationLevel level, const QString &reason);

    bool writeTasks(const QList<Task> &tasks);
    // Puts the fields in which `from` and `to` differ to `to`'s values on the tasks as they are now;
    // refused (false, errorOccurred) when a task no longer holds `from`'s values there.
    bool writeChange(const QList<Task> &from, const QList<Task> &to);
    bool writeProgress(qint64 taskId, const ProgressEntry &entry, bool present);
    // A new progress entry, a new task: the id the store handed out, 0 (empty) when refused.
    qint64 writeNewProgress(qint64 taskId, const ProgressEntry &entry);
    QList<qint64> writeNewTasks(const QList<Task> &tasks);
    bool writeDraft(const ImportDraft &draft, LedgerStore::InsertedRows *inserted);
    // Takes an import back; returns its rows as they were, for restoreImport to put back.
    std::optional<LedgerStore::ImportedRows> eraseImport(const LedgerStore::InsertedRows &inserted);
    bool restoreImport(const LedgerStore::ImportedRows &rows);
    bool writeUnitMerge(const QString &from, const QString &to, const QList<Task> &tasks, bool merged);
    bool writeReportSettings(const ReportSettings &settings);
    bool writeTaskPresence(const QList<Task> &tasks, bool present);
    bool writeSections(const QList<Section> &sections);
    qint64 writeNewSection(const Section &section); // its id, 0 when refused
    bool writeSectionRemoval(const Section &section, qint64 moveTasksTo);
    bool writeSectionRestore(const Section &section, const QList<qint64> &taskIds);
    bool writePlanPresence(const Plan &plan, const QList<Section> &sections, const QList<Task> &tasks, bool present);
    bool writePlan(const Plan &plan, const QList<Task> &tasks);
    // A reporting round opened (under its id, once it has one) or taken back.
    bool writeRound(ReportingRound &round, bool present);
    bool writeRoundClosed(qint64 roundId, const QDate &closed);
    // Returned sheets stored or taken back, all in one transaction. The first time, the ids the
    // store hands out are written into `returns`, so a redo puts every row back under them.
    bool writeReturns(CollectedReturns &returns, bool present);
    // A close-out request (with its evidence) recorded under its id, or taken back.
    bool writeCloseOutRequest(CloseOutRequest &request, bool present);
    // A decision made (forward) or taken back, with the task moved from `before` to `after`.
    bool writeCloseOutDecision(const CloseOutRequest &decision, const Task &before, const Task &after, bool forward);

private:
    LedgerStore &store();
    QString action(const QString &normal) const; // undo/redo while replaying
    HistoryEntry change(qint64 taskId, const QString &field, const QString &oldValue, const QString &newValue,
        const QString &action) const;
    // Saves tasks with a history row for each field that changed, in one transaction.
    bool saveTasks(const QList<Task> &tasks, const QString &action);
    bool record(const QList<HistoryEntry> &entries);
    // Runs `write` and appends `rows` in one transaction; reports a refusal through the document.
    bool withHistory(const std::function<bool()> &write, const QList<HistoryEntry> &rows);

    LedgerDocument &m_document;
    QString m_replay;
};

} // namespace Taizhang
