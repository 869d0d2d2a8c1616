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
    QHash<qint64, Task> tasks;
    for (const RoundAssignment &a : round.assignments)
        tasks.insert(a.taskId, Task());
    // Whole tasks (with their history), read once each however many units report on them.
    for (auto it = tasks.begin(); it != tasks.end(); ++it) {
        if (std::optional<Task> task = document.store().task(it.key()))
            *it = ReturnSheetLayout::beforeRound(*task, round);
    }
    ReturnSheet common;
    common.office = ReportSettings::load(document.store(), {}).officeName;
    common.round = round;
    common.round.assignments.clear();
    common.ledgerId = document.rounds().ledgerId();
    QList<ReturnSheet> sheets;
    for (const QString &unit : round.units()) {
        if (!units.isEmpty() && !units.contains(unit))
            continue;
        ReturnSheet sheet = common;
        sheet.unit = unit;
        for (const RoundAssignment &a : round.assignmentsOf(unit)) {
            const Task &task = tasks[a.taskId];
            if (task.id != 0) // deleted since the round was opened
                sheet.rows.append({task, a.role});
        }
        sheets.append(sheet);
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
