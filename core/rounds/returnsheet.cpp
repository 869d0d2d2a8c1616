#include "returnsheet.h"

#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "report/reportsettings.h"
#include "returnsheetlayout.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

QList<ReturnSheet> ReturnSheet::forRound(const LedgerDocument &document, const ReportingRound &round, const QStringList &units)
{
    QList<qint64> ids;
    for (const RoundAssignment &a : round.assignments)
        ids.append(a.taskId);
    const QStringList roundUnits = round.units();
    const QSet<QString> unitSet(roundUnits.cbegin(), roundUnits.cend());
    // Whole tasks (with their history), read once each however many units report on them.
    QHash<qint64, Task> tasks;
    for (const Task &task : document.outline().tasksByIds(ids))
        tasks.insert(task.id, ReturnSheetLayout::beforeRound(task, round.opened, unitSet));
    ReturnSheet common;
    common.office = ReportSettings::load(document.store(), {}).officeName;
    common.round = round;
    common.round.assignments.clear();
    common.ledgerId = document.rounds().ledgerId();
    QList<ReturnSheet> sheets;
    QHash<qint64, QString> returned; // the latest decision on each task's requests wins
    for (const CloseOutRequest &r : document.store().closeOutRequests()) {
        if (r.state == CloseOutRequest::State::Returned)
            returned.insert(r.taskId, r.decisionNote);
        else
            returned.remove(r.taskId);
    }
    QHash<QString, qsizetype> index;
    for (const QString &unit : roundUnits) {
        if (!units.isEmpty() && !units.contains(unit))
            continue;
        index.insert(unit, sheets.size());
        ReturnSheet sheet = common;
        sheet.unit = unit;
        sheets.append(sheet);
    }
    for (const RoundAssignment &a : round.assignments) {
        const auto sheet = index.constFind(a.unit);
        const auto task = tasks.constFind(a.taskId); // missing: deleted since the round was opened
        if (sheet != index.cend() && task != tasks.cend())
            sheets[*sheet].rows.append({*task, a.role, returned.value(a.taskId)});
    }
    return sheets;
}

QString ReturnSheet::fileName(const QString &suffix) const
{
    static const QRegularExpression unsafe(uR"([\\/:*?"<>|\x00-\x1f]+)"_s);
    auto safe = [](QString part) { return part.replace(unsafe, u"_"_s).trimmed().left(60); };
    return u"%1_%2_%3.%4"_s.arg(safe(round.name), safe(unit), tr("progress report"), suffix);
}

SheetStamp ReturnSheet::stamp() const
{
    SheetStamp stamp;
    stamp.ledgerId = ledgerId;
    stamp.roundId = round.id;
    stamp.roundName = round.name;
    stamp.unit = unit;
    int row = ReturnSheetLayout::headerRow + 1;
    for (const Row &r : rows)
        stamp.tasks.append({r.task.id, ReturnSheetLayout::taskLabel(r.task), SheetStamp::fingerprint(r.task), row++});
    return stamp;
}

} // namespace Taizhang
