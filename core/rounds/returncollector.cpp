#include "returncollector.h"

#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "returnsheetlayout.h"
#include "returnsheetreader.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
using Problem = CollectPreview::Problem;
using Layout = ReturnSheetLayout;

Problem error(const QString &text)
{
    return {Problem::Severity::Error, text};
}

Problem warning(const QString &text)
{
    return {Problem::Severity::Warning, text};
}

// "60", "60%", "60.0" -> 60; nullopt for anything that is not a whole number from 0 to 100.
std::optional<int> percentOf(QString text)
{
    text.remove(u'%').remove(u'％');
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value < 0 || value > 100 || std::abs(value - std::round(value)) > 1e-6)
        return std::nullopt;
    return int(std::round(value));
}

QString entryText(const ReturnedSheet::Row &row)
{
    QStringList parts;
    if (!row.progress.isEmpty())
        parts.append(row.progress);
    if (!row.problems.isEmpty())
        parts.append(ReturnCollector::tr("Problems: %1").arg(row.problems));
    if (!row.nextSteps.isEmpty())
        parts.append(ReturnCollector::tr("Next steps: %1").arg(row.nextSteps));
    return parts.join(u'\n');
}

QString authorOf(const ReturnedSheet::Row &row)
{
    if (row.phone.isEmpty())
        return row.reporter;
    return row.reporter.isEmpty() ? row.phone : u"%1（%2）"_s.arg(row.reporter, row.phone);
}
} // namespace

ReturnCollector::ReturnCollector(const LedgerDocument &document, const ReportingRound &round)
    : m_document(document)
    , m_round(round)
{
    QList<qint64> ids;
    for (const RoundAssignment &a : round.assignments) {
        m_units.insert(a.unit);
        m_roles[a.unit].insert(a.taskId, a.role);
        ids.append(a.taskId);
    }
    for (const Task &task : document.outline().tasksByIds(ids))
        m_tasks.insert(task.id, task);
}

CollectPreview ReturnCollector::preview(const QStringList &paths) const
{
    QList<ReturnedSheet> sheets;
    for (const QString &path : ReturnSheetReader::expand(paths))
        sheets.append(ReturnSheetReader::read(path));
    return preview(sheets);
}

CollectPreview ReturnCollector::preview(const QList<ReturnedSheet> &sheets) const
{
    CollectPreview preview;
    preview.round = m_round;
    preview.collected = m_document.clock().today();
    QSet<QString> returnedBefore;
    for (const RoundReturn &r : m_document.store().roundReturns(m_round.id))
        returnedBefore.insert(r.unit);
    for (const ReturnedSheet &sheet : sheets)
        preview.files.append(judge(sheet, returnedBefore));

    // A unit returning twice: the sheet saved last wins, the other is shown and left out.
    QHash<QString, QList<qsizetype>> byUnit;
    for (qsizetype i = 0; i < preview.files.size(); ++i) {
        if (!preview.files.at(i).refused)
            byUnit[preview.files.at(i).unit].append(i);
    }
    for (QList<qsizetype> &indexes : byUnit) {
        if (indexes.size() < 2)
            continue;
        std::stable_sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) {
            return preview.files.at(a).modified < preview.files.at(b).modified;
        });
        CollectPreview::File &kept = preview.files[indexes.constLast()];
        for (qsizetype k = 0; k + 1 < indexes.size(); ++k) {
            CollectPreview::File &older = preview.files[indexes.at(k)];
            older.superseded = true;
            older.problems.append(warning(tr("%1 returned a later sheet, %2; this one is left out.")
                                              .arg(older.unit, kept.fileName)));
            kept.problems.append(
                warning(tr("%1 also returned %2; this later sheet is the one kept.").arg(kept.unit, older.fileName)));
        }
    }
    return preview;
}

CollectPreview::File ReturnCollector::judge(const ReturnedSheet &sheet, const QSet<QString> &returnedBefore) const
{
    CollectPreview::File file;
    file.path = sheet.path;
    file.fileName = sheet.fileName;
    file.modified = sheet.modified;
    auto refuse = [&file](const QString &text) {
        file.refused = true;
        file.problems.append(error(text));
        return file;
    };
    if (!sheet.error.isEmpty())
        return refuse(sheet.error);

    if (sheet.stampReading == SheetStamp::Reading::Intact) {
        if (sheet.stamp.ledgerId != m_document.rounds().ledgerId())
            return refuse(tr("%1 is a sheet sent from another ledger, not this one.").arg(sheet.fileName));
        if (sheet.stamp.roundId != m_round.id)
            return refuse(tr("%1 belongs to the round %2, not %3.").arg(sheet.fileName, sheet.stamp.roundName, m_round.name));
        file.unit = sheet.stamp.unit;
        file.matchedByStamp = true;
    } else {
        file.problems.append(warning(sheet.stampReading == SheetStamp::Reading::Tampered
                ? tr("The hidden part of %1 was changed, so it is matched by the unit named in it and its task numbers.")
                      .arg(sheet.fileName)
                : tr("%1 has lost its hidden part (copied into another workbook?), so it is matched by the unit named "
                     "in it and its task numbers.")
                      .arg(sheet.fileName)));
        if (!sheet.headingRound.isEmpty() && sheet.headingRound != m_round.name)
            return refuse(tr("%1 belongs to the round %2, not %3.").arg(sheet.fileName, sheet.headingRound, m_round.name));
        QString unit = sheet.headingUnit;
        const QHash<QString, QString> aliases = m_document.store().unitAliases();
        if (aliases.contains(unit))
            unit = aliases.value(unit);
        if (unit.isEmpty())
            return refuse(tr("%1 does not say which unit filled it in.").arg(sheet.fileName));
        if (!m_units.contains(unit))
            return refuse(tr("%1 is from %2, which does not report in the round %3.").arg(sheet.fileName, unit, m_round.name));
        file.unit = unit;
    }
    judgeRows(sheet, file);
    bool anything = false;
    for (const CollectPreview::Row &row : std::as_const(file.rows))
        anything = anything || row.accepted || row.hasError();
    if (!anything)
        return refuse(tr("%1 came back empty: no task has anything filled in.").arg(sheet.fileName));
    if (returnedBefore.contains(file.unit))
        file.problems.append(warning(
            tr("%1 already returned a sheet in this round; this one is stored as a later report.").arg(file.unit)));
    return file;
}

void ReturnCollector::judgeRows(const ReturnedSheet &sheet, CollectPreview::File &file) const
{
    const QHash<qint64, ReportRole> roles = m_roles.value(file.unit);
    auto taskOf = [this](qint64 id) -> std::optional<Task> {
        const auto it = m_tasks.constFind(id);
        return it == m_tasks.cend() ? std::nullopt : std::optional<Task>(*it);
    };
    QHash<int, const SheetStamp::StampedTask *> stamped;
    if (file.matchedByStamp) {
        for (const SheetStamp::StampedTask &t : sheet.stamp.tasks)
            stamped.insert(t.row, &t);
    }
    // Without the stamp, a row is the unit's task with its number (and key work, when numbers repeat).
    QMultiHash<QString, qint64> byLabel;
    if (!file.matchedByStamp) {
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            if (const std::optional<Task> task = taskOf(it.key()))
                byLabel.insert(Layout::taskLabel(*task), task->id);
        }
    }

    for (const ReturnedSheet::Row &in : sheet.rows) {
        if (in.isEmpty())
            continue;
        CollectPreview::Row row;
        row.label = in.label;
        row.keyWork = in.keyWork;
        row.progress = entryText(in);
        row.problemsReported = in.problems;
        row.author = authorOf(in);
        qint64 id = 0;
        const SheetStamp::StampedTask *st = stamped.value(in.sheetRow);
        if (st && st->label == in.label) {
            id = st->id;
        } else {
            QList<qint64> candidates = file.matchedByStamp ? QList<qint64> {} : byLabel.values(in.label);
            if (file.matchedByStamp) {
                for (const SheetStamp::StampedTask &t : sheet.stamp.tasks) {
                    if (t.label == in.label)
                        candidates.append(t.id);
                }
            }
            if (candidates.size() > 1) {
                candidates.removeIf([&](qint64 c) {
                    const std::optional<Task> task = taskOf(c);
                    return !task || !in.keyWork.startsWith(task->title.left(8));
                });
            }
            if (candidates.size() == 1)
                id = candidates.first();
        }
        const std::optional<Task> task = id ? taskOf(id) : std::optional<Task> {};
        if (id && !task) {
            row.problems.append(error(tr("Task %1 is no longer in the ledger (deleted since the sheet was sent).").arg(in.label)));
        } else if (!id || !roles.contains(id)) {
            row.problems.append(error(tr("Row %1 names task %2, which is not one of %3's tasks in this round (an edited or "
                                         "out-of-date sheet).")
                                          .arg(in.sheetRow + 1)
                                          .arg(in.label, file.unit)));
            id = 0;
        }
        row.taskId = task ? id : 0;
        if (row.taskId) {
            row.role = roles.value(id);
            row.keyWork = task->title;
            row.oldStatus = task->status;
            if (const ProgressEntry *latest = task->latestProgress())
                row.oldPercent = latest->percent;
            const Task asked = Layout::beforeRound(*task, m_round.opened, m_units);
            const bool changed = st && st->id == id ? st->fingerprint != SheetStamp::fingerprint(asked)
                                                    : !in.previous.startsWith(Layout::previousProgress(asked));
            if (changed) {
                row.ledgerProgress = Layout::previousProgress(asked);
                row.problems.append(warning(tr("Task %1 changed in the ledger since the sheet was sent; the ledger now "
                                               "says: %2 (%3).")
                                                .arg(in.label,
                                                    row.ledgerProgress.isEmpty() ? tr("no progress") : row.ledgerProgress,
                                                    TaskStatuses::label(task->status))));
            }
        }
        if (!in.percent.isEmpty()) {
            if (const std::optional<int> percent = percentOf(in.percent))
                row.newPercent = *percent;
            else
                row.problems.append(
                    error(tr("The completion of task %1, \"%2\", is not a whole number from 0 to 100.").arg(in.label, in.percent.left(40))));
        }
        if (const std::optional<Layout::ReportedStatus> status = Layout::readStatus(in.status)) {
            if ((status->status || status->closeOutRequested) && row.role == ReportRole::Cooperating) {
                row.problems.append(warning(tr("%1 cooperates on task %2: its status is set by the lead unit's sheet "
                                               "only, so \"%3\" is not applied.")
                                                .arg(file.unit, in.label, in.status)));
            } else {
                row.newStatus = status->status;
                row.closeOutRequested = status->closeOutRequested;
            }
        } else {
            row.problems.append(error(tr("The status of task %1, \"%2\", is not one of: %3.")
                                          .arg(in.label, in.status.left(40), Layout::statusChoices().join(tr(", ")))));
        }
        if (!in.formulaColumns.isEmpty())
            row.problems.append(warning(tr("Task %1: %2 held a formula; the value it showed was read, nothing was "
                                           "calculated.")
                                            .arg(in.label, in.formulaColumns.join(tr(", ")))));
        row.accepted = !row.hasError();
        file.rows.append(row);
    }
}

CollectedReturns ReturnCollector::collected(const CollectPreview &preview) const
{
    CollectedReturns returns;
    QHash<qint64, Task> state; // a task two lead units report on changes once per sheet, in order
    QSet<qint64> waiting; // tasks whose close-out request awaits a decision: not asked again
    for (const CloseOutRequest &r : m_document.store().closeOutRequests()) {
        if (r.state == CloseOutRequest::State::Pending)
            waiting.insert(r.taskId);
    }
    for (const CollectPreview::File &file : preview.files) {
        if (file.refused || file.superseded || file.acceptedRows() == 0)
            continue;
        CollectedReturn r;
        r.record = {0, preview.round.id, file.unit, preview.collected, file.fileName, {}};
        for (const CollectPreview::Row &row : file.rows) {
            if (!row.accepted || !row.taskId)
                continue;
            r.record.reportedTasks.append(row.taskId);
            if (!row.progress.isEmpty() || row.newPercent >= 0)
                r.entries.append({row.taskId, {0, preview.collected, file.unit, row.newPercent, row.progress, row.author}});
            if (row.closeOutRequested && !waiting.contains(row.taskId)) {
                CloseOutRequest request;
                request.taskId = row.taskId;
                request.roundId = preview.round.id;
                request.unit = file.unit;
                request.requested = preview.collected;
                request.note = row.progress;
                r.requests.append(request);
                waiting.insert(row.taskId);
            }
            if (row.role != ReportRole::Lead)
                continue;
            if (!state.contains(row.taskId)) {
                const auto task = m_tasks.constFind(row.taskId);
                if (task == m_tasks.cend())
                    continue;
                state.insert(row.taskId, *task);
            }
            Task before = state.value(row.taskId);
            Task after = before;
            if (row.newStatus && *row.newStatus != after.status)
                after.setStatus(*row.newStatus, preview.collected);
            if (!row.problemsReported.isEmpty())
                after.problems = row.problemsReported;
            if (after.status != before.status || after.problems != before.problems) {
                r.before.append(before);
                r.after.append(after);
                state.insert(row.taskId, after);
            }
        }
        returns.append(r);
    }
    return returns;
}

} // namespace Taizhang
