#include "edittaskscommand.h"

#include "ledgerdocument.h"
#include "ledgerwriter.h"

#include <QCoreApplication>

namespace Taizhang {

namespace {
QString describe(TaskField field, const QList<Task> &tasks)
{
    const char *what = nullptr;
    switch (field) {
    case TaskField::Number: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit number of %1"); break;
    case TaskField::Title: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit key work of %1"); break;
    case TaskField::Requirement: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit requirement of %1"); break;
    case TaskField::LeadUnits: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit lead units of %1"); break;
    case TaskField::CoUnits: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit cooperating units of %1"); break;
    case TaskField::Leaders: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit responsible leaders of %1"); break;
    case TaskField::Deadline: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit deadline of %1"); break;
    case TaskField::Status: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Change status of %1"); break;
    case TaskField::Problems: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit problems of %1"); break;
    case TaskField::Remarks: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Edit remarks of %1"); break;
    case TaskField::Section: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Move %1 to another section"); break;
    case TaskField::Order: what = QT_TRANSLATE_NOOP("EditTasksCommand", "Move %1"); break;
    }
    const QString subject = tasks.size() == 1
        ? QCoreApplication::translate("EditTasksCommand", "task %1").arg(tasks.constFirst().number)
        : QCoreApplication::translate("EditTasksCommand", "%n tasks", nullptr, int(tasks.size()));
    return QCoreApplication::translate("EditTasksCommand", what).arg(subject);
}
} // namespace

EditTasksCommand::EditTasksCommand(LedgerWriter *writer, QList<Task> before, QList<Task> after, TaskField field)
    : m_writer(writer)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(describe(field, m_after));
}

void EditTasksCommand::undo()
{
    const LedgerWriter::Replay replay(m_writer, true);
    // Only this step's own change goes back, and only while the ledger still holds what the step
    // left: a colleague's later edit of the same field is kept, and the step is dropped instead.
    if (!m_writer->writeChange(m_after, m_before))
        setObsolete(true);
    m_applied = false;
}

void EditTasksCommand::redo()
{
    if (m_applied)
        return;
    const LedgerWriter::Replay replay(m_writer, false);
    if (!m_writer->writeChange(m_before, m_after))
        setObsolete(true);
    m_applied = true;
}

} // namespace Taizhang
