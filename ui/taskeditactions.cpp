#include "taskeditactions.h"

#include "document/ledgerdocument.h"
#include "import/htmlreader.h"
#include "importsourcepage.h"
#include "importwizard.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "mainwindow.h"
#include "model/sectiontree.h"
#include "planeditactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Taizhang {

TaskEditActions::TaskEditActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    const struct {
        QString text;
        QKeySequence shortcut;
        QString name;
        void (TaskEditActions::*slot)();
    } actions[] = {
        {tr("&New Task"), QKeySequence(Qt::CTRL | Qt::Key_Return), u"newTaskAction"_s, &TaskEditActions::newTask},
        {tr("New &Requirement Row"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), u"newRequirementAction"_s,
            &TaskEditActions::newRequirementRow},
        {tr("D&uplicate Tasks"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), u"duplicateTasksAction"_s,
            &TaskEditActions::duplicateTasks},
        {tr("&Delete Tasks…"), QKeySequence::Delete, u"deleteTasksAction"_s, &TaskEditActions::deleteTasks},
        {tr("&Move to Section…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), u"moveToSectionAction"_s,
            &TaskEditActions::moveToSection},
        {tr("Move U&p"), QKeySequence(Qt::ALT | Qt::Key_Up), u"moveTaskUpAction"_s, &TaskEditActions::moveUp},
        {tr("Move Dow&n"), QKeySequence(Qt::ALT | Qt::Key_Down), u"moveTaskDownAction"_s, &TaskEditActions::moveDown},
        {tr("Re&number Section"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), u"renumberSectionAction"_s,
            &TaskEditActions::renumberSection},
        {tr("&Copy"), QKeySequence::Copy, u"copyAction"_s, &TaskEditActions::copyCells},
        {tr("&Paste Rows…"), QKeySequence::Paste, u"pasteRowsAction"_s, &TaskEditActions::pasteRows},
    };
    for (const auto &spec : actions) {
        auto *action = new QAction(spec.text, this);
        action->setShortcut(spec.shortcut);
        action->setObjectName(spec.name);
        // The table's keys, not the window's: Delete and Ctrl+C in a text field stay the field's.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, spec.slot);
        m_window->tableView()->addAction(action);
        m_taskActions.append(action);
    }
}

void TaskEditActions::addTo(QMenu *edit)
{
    edit->addActions(m_taskActions);
}

void TaskEditActions::addToContextMenu(QMenu *menu)
{
    menu->addActions(m_taskActions);
}

bool TaskEditActions::confirm(const QString &question)
{
    if (confirmPrompt)
        return confirmPrompt(question);
    return QMessageBox::question(m_window, tr("Taizhang"), question) == QMessageBox::Yes;
}

bool TaskEditActions::templateTask(Task *task) const
{
    return currentTask(m_window, task);
}

bool TaskEditActions::currentTask(const MainWindow *window, Task *task)
{
    const TaskTableModel *model = window->taskModel();
    const QModelIndex current = window->tableView()->currentIndex();
    if (current.isValid()) {
        const int row = model->rowOfTask(current.data(TaskTableModel::TaskIdRole).toLongLong());
        if (row >= 0) {
            *task = model->taskAt(row);
            return true;
        }
    }
    if (model->rowCount() == 0)
        return false;
    *task = model->taskAt(model->rowCount() - 1);
    return true;
}

qint64 TaskEditActions::currentPlanId() const
{
    Task task;
    if (templateTask(&task))
        return task.planId;
    const QList<Plan> plans = m_window->document()->store().plans();
    return plans.isEmpty() ? 0 : plans.constFirst().id;
}

void TaskEditActions::selectAndEdit(qint64 taskId)
{
    TaskTableModel *model = m_window->taskModel();
    if (model->rowOfTask(taskId) < 0)
        model->loadAll();
    m_window->selectTasks({taskId});
    const QModelIndex row
        = m_window->proxyModel()->mapFromSource(model->index(model->rowOfTask(taskId), TaskTableModel::TitleColumn));
    if (row.isValid()) {
        m_window->tableView()->setCurrentIndex(row);
        m_window->tableView()->edit(row);
    }
}

void TaskEditActions::newTask()
{
    if (const qint64 id = addNewTask(TaskStatus::NotStarted); id > 0)
        selectAndEdit(id);
}

void TaskEditActions::newTaskWithStatus(TaskStatus status)
{
    if (const qint64 id = addNewTask(status); id > 0)
        m_window->statusBar()->showMessage(
            tr("New task added as \"%1\"; edit it in the table or the details.").arg(TaskStatuses::label(status)),
            6000);
}

qint64 TaskEditActions::addNewTask(TaskStatus status)
{
    LedgerDocument *document = m_window->document();
    if (!document || document->isReadOnly())
        return 0;
    Task task;
    if (templateTask(&task)) {
        const qint64 planId = task.planId, sectionId = task.sectionId;
        task = Task();
        task.planId = planId;
        task.sectionId = sectionId;
    } else {
        task.planId = currentPlanId();
        if (task.planId == 0) { // an empty ledger: the task needs a plan to stand in
            m_window->planEdits()->newPlan();
            task.planId = currentPlanId();
            if (task.planId == 0)
                return 0;
        }
    }
    task.number = document->outline().nextNumber(task.planId, task.sectionId);
    const QModelIndex current = m_window->tableView()->currentIndex();
    if (current.isValid()) // just below the selected row
        task.order = document->outline().orderAfter(current.data(TaskTableModel::TaskIdRole).toLongLong());
    task.title = tr("New task");
    task.requirement = task.title;
    task.status = status;
    const QList<qint64> ids = document->addTasks({task}, tr("New task %1").arg(task.number));
    return ids.isEmpty() ? 0 : ids.constFirst();
}

void TaskEditActions::newRequirementRow()
{
    LedgerDocument *document = m_window->document();
    Task key;
    if (!document || document->isReadOnly() || !templateTask(&key))
        return;
    // A second requirement row of the same key work (重点工作): its number, title and section.
    int part = 0;
    const TaskTableModel *model = m_window->taskModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Task &other = model->taskAt(row);
        if (other.planId == key.planId && other.number == key.number && other.title == key.title)
            part = std::max(part, other.part);
    }
    Task task;
    task.planId = key.planId;
    task.sectionId = key.sectionId;
    task.number = key.number;
    task.title = key.title;
    task.part = part + 1;
    task.leadUnits = key.leadUnits;
    task.coUnits = key.coUnits;
    const QList<qint64> ids = document->addTasks({task}, tr("New requirement row of task %1").arg(task.number));
    if (!ids.isEmpty()) {
        TaskTableModel *table = m_window->taskModel();
        if (table->rowOfTask(ids.constFirst()) < 0)
            table->loadAll();
        m_window->selectTasks(ids);
        const QModelIndex cell = m_window->proxyModel()->mapFromSource(
            table->index(table->rowOfTask(ids.constFirst()), TaskTableModel::RequirementColumn));
        m_window->tableView()->setCurrentIndex(cell);
        m_window->tableView()->edit(cell);
    }
}

void TaskEditActions::duplicateTasks()
{
    LedgerDocument *document = m_window->document();
    const QList<qint64> ids = m_window->selectedTaskIds();
    if (!document || document->isReadOnly() || ids.isEmpty())
        return;
    QList<Task> copies;
    for (qint64 id : ids) {
        std::optional<Task> task = document->store().task(id);
        if (!task)
            continue;
        task->progress.clear(); // a copy starts its own history
        task->status = TaskStatus::NotStarted;
        copies.append(*task);
    }
    const QList<qint64> added = document->addTasks(copies,
        copies.size() == 1 ? tr("Duplicate task %1").arg(copies.constFirst().number)
                           : tr("Duplicate %n tasks", nullptr, int(copies.size())));
    if (!added.isEmpty()) {
        m_window->taskModel()->loadAll();
        m_window->selectTasks(added);
    }
}

void TaskEditActions::deleteTasks()
{
    LedgerDocument *document = m_window->document();
    const QList<qint64> ids = m_window->selectedTaskIds();
    if (!document || document->isReadOnly() || ids.isEmpty())
        return;
    int withProgress = 0;
    for (qint64 id : ids) {
        if (std::optional<Task> task = document->store().task(id); task && !task->progress.isEmpty())
            ++withProgress;
    }
    QString question = tr("Delete %n task(s)?", nullptr, int(ids.size()));
    if (withProgress > 0)
        question += u' ' + tr("The progress records of %n of them go too.", nullptr, withProgress);
    question += u' ' + tr("Edit → Undo brings everything back.");
    if (!confirm(question))
        return;
    if (document->deleteTasks(ids))
        m_window->statusBar()->showMessage(tr("Deleted %n task(s).", nullptr, int(ids.size())), 6000);
}

void TaskEditActions::moveUp()
{
    moveInSection(-1);
}

void TaskEditActions::moveDown()
{
    moveInSection(+1);
}

void TaskEditActions::moveInSection(int delta)
{
    LedgerDocument *document = m_window->document();
    QList<qint64> ids = m_window->selectedTaskIds();
    if (!document || document->isReadOnly() || ids.isEmpty())
        return;
    // Several rows move one by one, the one nearest the way they go first, and stay selected.
    const QList<Task> order = document->outline().tasksInLedgerOrder();
    auto place = [&order](qint64 id) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (order.at(i).id == id)
                return i;
        }
        return qsizetype(-1);
    };
    std::sort(ids.begin(), ids.end(),
        [&](qint64 a, qint64 b) { return delta < 0 ? place(a) < place(b) : place(a) > place(b); });
    // One step, however many rows moved.
    document->undoStack()->beginMacro(delta < 0 ? tr("Move %n task(s) up", nullptr, int(ids.size()))
                                                : tr("Move %n task(s) down", nullptr, int(ids.size())));
    for (qint64 id : std::as_const(ids))
        document->moveTaskInSection(id, delta);
    document->undoStack()->endMacro();
    m_window->selectTasks(ids);
}

void TaskEditActions::renumberSection()
{
    LedgerDocument *document = m_window->document();
    Task task;
    if (!document || document->isReadOnly() || !templateTask(&task))
        return;
    document->renumberSection(task.planId, task.sectionId);
}

void TaskEditActions::moveToSection()
{
    LedgerDocument *document = m_window->document();
    const QList<qint64> ids = m_window->selectedTaskIds();
    if (!document || document->isReadOnly() || ids.isEmpty())
        return;
    const qint64 planId = document->store().task(ids.constFirst())->planId;
    const QList<Section> all = document->store().sections();
    const SectionTree tree(all);
    QStringList choices;
    QList<qint64> sectionIds;
    for (const Section &section : all) {
        if (section.planId != planId)
            continue;
        QStringList path;
        for (const Section *s : tree.path(section.id))
            path.append(s->displayName());
        choices.append(path.join(u" / "_s));
        sectionIds.append(section.id);
    }
    if (choices.isEmpty()) {
        m_window->statusBar()->showMessage(tr("The plan has no sections to move to."), 6000);
        return;
    }
    int chosen = -1;
    if (sectionPrompt) {
        chosen = sectionPrompt(choices);
    } else {
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, tr("Move to Section"),
            tr("Move %n task(s) to:", nullptr, int(ids.size())), choices, 0, false, &ok);
        chosen = ok ? int(choices.indexOf(choice)) : -1;
    }
    if (chosen >= 0 && chosen < sectionIds.size())
        document->moveTasks(ids, sectionIds.at(chosen));
}

QMimeData *TaskEditActions::selectionMimeData() const
{
    // The selected cells as a grid, in the order the table shows them; hidden gaps stay empty.
    const QModelIndexList cells = m_window->tableView()->selectionModel()->selectedIndexes();
    std::map<int, std::map<int, QString>> grid;
    for (const QModelIndex &cell : cells) {
        if (!m_window->tableView()->isColumnHidden(cell.column()))
            grid[cell.row()][cell.column()] = cell.data(Qt::DisplayRole).toString();
    }
    QList<int> columns;
    for (const auto &[row, values] : grid) {
        for (const auto &[column, text] : values) {
            if (!columns.contains(column))
                columns.append(column);
        }
    }
    std::sort(columns.begin(), columns.end());
    QStringList tsv;
    QString html = u"<table>"_s;
    if (!grid.empty()) {
        // A header row, so a pasted sheet (and a paste back into Taizhang) knows its columns.
        QStringList header;
        html += u"<tr>"_s;
        for (int column : std::as_const(columns)) {
            const QString name = m_window->tableView()->model()->headerData(column, Qt::Horizontal).toString();
            header.append(name);
            html += u"<th>"_s + name.toHtmlEscaped() + u"</th>"_s;
        }
        html += u"</tr>"_s;
        tsv.append(header.join(u'\t'));
    }
    for (const auto &[row, values] : grid) {
        QStringList line;
        html += u"<tr>"_s;
        for (int column : std::as_const(columns)) {
            QString text = values.count(column) ? values.at(column) : QString();
            html += u"<td>"_s + text.toHtmlEscaped() + u"</td>"_s;
            text.replace(u'\t', u' ');
            text.replace(u'\n', u' ');
            line.append(text);
        }
        html += u"</tr>"_s;
        tsv.append(line.join(u'\t'));
    }
    html += u"</table>"_s;
    auto *data = new QMimeData;
    data->setText(tsv.join(u'\n'));
    data->setHtml(html);
    return data;
}

void TaskEditActions::copyCells()
{
    if (!m_window->tableView()->selectionModel()->hasSelection())
        return;
    QApplication::clipboard()->setMimeData(selectionMimeData());
}

void TaskEditActions::pasteRows()
{
    LedgerDocument *document = m_window->document();
    if (!document || document->isReadOnly())
        return;
    // Rows copied from Excel, WPS or a web page: the HTML keeps the cells, the text is the fallback.
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QString text;
    if (data && data->hasHtml()) {
        if (const SourceText html = HtmlReader::fromHtml(data->html(), tr("Pasted rows")); html.isValid())
            text = html.text;
    }
    if (text.trimmed().isEmpty() && data)
        text = data->text();
    if (text.trimmed().isEmpty()) {
        m_window->statusBar()->showMessage(tr("The clipboard holds no rows to paste."), 6000);
        return;
    }
    Task anchor;
    const bool anchored = m_window->tableView()->currentIndex().isValid() && templateTask(&anchor);
    QSet<QString> titles;
    qint64 lastId = 0;
    const TaskTableModel *model = m_window->taskModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        titles.insert(model->taskAt(row).title);
        lastId = std::max(lastId, model->taskAt(row).id);
    }
    // Through the import preview, with the same column recognition as a ledger table.
    ImportWizard wizard(titles, document->store().plans(), m_window);
    wizard.setToday(document->clock().today());
    wizard.show();
    wizard.sourcePage()->setPastedText(text);
    wizard.next();
    const bool accepted = pastePrompt ? pastePrompt(wizard) : wizard.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    ImportDraft draft = wizard.result();
    if (draft.taskCount() == 0)
        return;
    for (DraftPlan &plan : draft.plans) {
        if (plan.targetPlanId == 0 && anchored)
            plan.targetPlanId = anchor.planId; // where the selection is
    }
    QUndoStack *undo = document->undoStack();
    undo->beginMacro(tr("Paste %n task(s)", nullptr, draft.taskCount()));
    const bool ok = document->importDraft(draft, tr("Paste %n task(s)", nullptr, draft.taskCount()));
    QList<qint64> pasted, unsectioned;
    if (ok) {
        m_window->taskModel()->loadAll();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Task &task = model->taskAt(row);
            if (task.id > lastId) {
                pasted.append(task.id);
                if (task.sectionId == 0)
                    unsectioned.append(task.id);
            }
        }
        // Rows that brought no heading of their own go into the selected task's section, below it.
        if (anchored && !unsectioned.isEmpty())
            document->moveTasks(unsectioned, anchor.sectionId, document->outline().orderAfter(anchor.id));
    }
    undo->endMacro();
    if (!pasted.isEmpty()) {
        m_window->taskModel()->loadAll();
        m_window->selectTasks(pasted);
    }
}

} // namespace Taizhang
