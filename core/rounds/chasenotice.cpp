#include "chasenotice.h"

#include "document/ledgerdocument.h"
#include "report/ledgersheet.h"
#include "report/reportwriter.h"
#include "returnsheetlayout.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

ChaseNotice::ChaseNotice(const ReportContext &context, const RoundBoard &board, const QHash<qint64, Task> &tasks)
    : Report(context)
    , m_board(board)
    , m_tasks(tasks)
{
}

std::unique_ptr<ChaseNotice> ChaseNotice::forRound(const LedgerDocument &document, const ReportingRound &round)
{
    TaskSelection selection;
    selection.today = document.clock().today();
    const ReportContext context = ReportContext::fromStore(document.store(), selection);
    const RoundBoard board = RoundBoard::of(document.store(), round, selection.today);
    QHash<qint64, Task> tasks;
    for (const RoundBoard::Unit &unit : board.missingUnits()) {
        for (const RoundAssignment &a : round.assignmentsOf(unit.name)) {
            if (!tasks.contains(a.taskId)) {
                if (const std::optional<Task> task = document.store().task(a.taskId))
                    tasks.insert(a.taskId, *task);
            }
        }
    }
    return std::make_unique<ChaseNotice>(context, board, tasks);
}

QString ChaseNotice::title() const
{
    return tr("Reminder to Report Progress");
}

QString ChaseNotice::emptyMessage() const
{
    return m_board.missingUnits().isEmpty() ? tr("Every unit has returned its sheet for %1: there is no one to remind.")
                                                  .arg(m_board.round.name)
                                            : QString();
}

QList<Task> ChaseNotice::tasksOf(const QString &unit) const
{
    QList<Task> tasks;
    for (const RoundAssignment &a : m_board.round.assignmentsOf(unit)) {
        if (m_tasks.contains(a.taskId))
            tasks.append(m_tasks.value(a.taskId));
    }
    return tasks;
}

QString ChaseNotice::message(const QString &unit) const
{
    QStringList numbers;
    for (const Task &task : tasksOf(unit))
        numbers.append(ReturnSheetLayout::taskLabel(task));
    const QString office = m_context.settings.officeName;
    QString text = tr("[Reminder] %1: the progress sheet for %2 was due on %3 and has not been received. It covers %n "
                      "task(s) (No. %4). Please return it as soon as possible.",
        nullptr, int(numbers.size()))
                       .arg(unit, m_board.round.name, longDate(m_board.round.due), numbers.join(tr(", ")));
    if (!office.isEmpty())
        text += u" —— "_s + office;
    return text;
}

QString ChaseNotice::messages() const
{
    QStringList all;
    for (const RoundBoard::Unit &unit : m_board.missingUnits())
        all.append(message(unit.name));
    return all.join(u"\n\n"_s);
}

void ChaseNotice::write(ReportWriter &writer) const
{
    const QString office = m_context.settings.officeName;
    const QList<RoundBoard::Unit> missing = m_board.missingUnits();
    bool first = true;
    for (const RoundBoard::Unit &unit : missing) {
        if (!first)
            writer.pageBreak();
        first = false;
        writer.space(4);
        writer.title(title());
        writer.space(4);
        writer.line(tr("%1:").arg(unit.name), Qt::AlignLeft, true);
        writer.paragraph(tr("The progress sheet for %1 was sent to your unit on %2 and was due on %3. As of %4 it has not "
                            "been received. Please report the progress of the %n task(s) below by %5.",
            nullptr, unit.tasks)
                             .arg(m_board.round.name, longDate(m_board.round.opened), longDate(m_board.round.due),
                                 longDate(m_board.today),
                                 longDate(m_board.today.addDays(std::max(1, m_context.settings.replyDays / 2)))));
        writer.space(3);
        ReportTable table;
        table.columns = {{ReturnSheetLayout::header(ReturnSheetLayout::Number), 0.6, false, true},
            {ReturnSheetLayout::header(ReturnSheetLayout::KeyWork), 3.0, false, false},
            {ReturnSheetLayout::header(ReturnSheetLayout::Role), 0.7, false, true},
            {ReturnSheetLayout::header(ReturnSheetLayout::Deadline), 1.2, false, false}};
        QHash<qint64, ReportRole> roles;
        for (const RoundAssignment &a : m_board.round.assignmentsOf(unit.name))
            roles.insert(a.taskId, a.role);
        for (const Task &task : tasksOf(unit.name)) {
            ReportTable::Row row;
            row.cells << ReturnSheetLayout::taskLabel(task) << LedgerSheet::keyWork(task)
                      << ReturnSheetLayout::roleLabel(roles.value(task.id)) << task.deadline.text;
            table.rows.append(row);
        }
        writer.table(table);
        writer.space(10);
        writer.line(tr("Issued by (seal): %1").arg(office.isEmpty() ? u"\u3000\u3000\u3000\u3000\u3000\u3000"_s : office),
            Qt::AlignRight);
        writer.space(3);
        writer.line(longDate(m_board.today), Qt::AlignRight);
    }
}

} // namespace Taizhang
