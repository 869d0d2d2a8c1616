#include "document/ledgerdocument.h"
#include "import/htmlreader.h"
#include "import/importerregistry.h"
#include "importwizard.h"
#include "itemmodels/taskidsmime.h"
#include "itemmodels/tasktablemodel.h"
#include "kanbanboard.h"
#include "planeditactions.h"
#include "planpropertiesdialog.h"
#include "samplewindowtest.h"
#include "sectionsdialog.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "taskeditactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

class TaskEditActionsTest : public SampleWindowTest {
protected:
    QAction *action(const QString &name) { return window.findChild<QAction *>(name); }
    LedgerDocument *document() { return window.document(); }
    int taskCount() { return document()->store().taskCount(); }
    // Selects the table's rows showing these tasks, the first current.
    void select(const QList<qint64> &ids)
    {
        window.selectTasks(ids);
        QApplication::processEvents();
    }
    qint64 firstId() { return window.tableView()->model()->index(0, 0).data(TaskTableModel::TaskIdRole).toLongLong(); }
};

} // namespace

TEST_F(TaskEditActionsTest, shouldBeInTheEditMenuAndTheTablesContextMenuWithShortcuts)
{
    for (const QString &name : {u"newTaskAction"_s, u"newRequirementAction"_s, u"duplicateTasksAction"_s,
             u"deleteTasksAction"_s, u"moveToSectionAction"_s, u"copyAction"_s, u"newPlanAction"_s,
             u"planPropertiesAction"_s, u"sectionsAction"_s, u"deletePlanAction"_s}) {
        QAction *found = action(name);
        ASSERT_NE(found, nullptr) << name.toStdString();
        EXPECT_FALSE(found->shortcut().isEmpty()) << name.toStdString();
    }
    QMenu menu;
    window.taskEdits()->addToContextMenu(&menu);
    EXPECT_EQ(menu.actions().size(), 10);
    menu.adjustSize();
    saveScreenshot(&menu, u"table-context-menu"_s);
}

TEST_F(TaskEditActionsTest, shouldAddATaskBelowTheSelectedOneInItsSectionAndUndoIt)
{
    const qint64 id = firstId();
    const Task selected = *document()->store().task(id);
    select({id});
    const int before = taskCount();
    action(u"newTaskAction"_s)->trigger();
    ASSERT_EQ(taskCount(), before + 1);
    const QList<qint64> current = window.selectedTaskIds();
    ASSERT_EQ(current.size(), 1);
    const Task added = *document()->store().task(current.constFirst());
    EXPECT_EQ(added.planId, selected.planId);
    EXPECT_EQ(added.sectionId, selected.sectionId);
    // numbered next in its section: the one after it would take the number after its own
    EXPECT_EQ(added.number.toInt() + 1, document()->outline().nextNumber(added.planId, added.sectionId).toInt());
    EXPECT_GT(added.number.toInt(), selected.number.toInt());
    // its title open for typing: an editor stands in the table
    EXPECT_NE(window.tableView()->viewport()->findChild<QLineEdit *>(), nullptr);
    EXPECT_EQ(window.tableView()->currentIndex().column(), int(TaskTableModel::TitleColumn));
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(taskCount(), before);
    action(u"redoAction"_s)->trigger();
    EXPECT_EQ(taskCount(), before + 1);
}

TEST_F(TaskEditActionsTest, shouldDeleteTheSelectionAfterOneQuestionAndBringItBackWithItsHistory)
{
    const qint64 id = firstId();
    ASSERT_TRUE(document()->addProgress(id, {0, QDate(2021, 6, 1), u"市市场监管局"_s, 30, u"推进中"_s, {}}));
    const Task before = *document()->store().task(id);
    select({id});
    QString asked;
    window.taskEdits()->confirmPrompt = [&asked](const QString &question) {
        asked = question;
        return true;
    };
    const int count = taskCount();
    action(u"deleteTasksAction"_s)->trigger();
    EXPECT_TRUE(asked.contains(u"1 task"_s)) << asked.toStdString();
    EXPECT_TRUE(asked.contains(u"progress"_s)) << asked.toStdString();
    EXPECT_EQ(taskCount(), count - 1);
    action(u"undoAction"_s)->trigger();
    const std::optional<Task> back = document()->store().task(id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->progress, before.progress);

    // Declining deletes nothing.
    select({id});
    window.taskEdits()->confirmPrompt = [](const QString &) { return false; };
    action(u"deleteTasksAction"_s)->trigger();
    EXPECT_EQ(taskCount(), count);
}

TEST_F(TaskEditActionsTest, shouldDuplicateAddARequirementRowAndMoveToAnotherSection)
{
    const qint64 id = firstId();
    const Task original = *document()->store().task(id);
    select({id});
    const int count = taskCount();
    action(u"duplicateTasksAction"_s)->trigger();
    ASSERT_EQ(taskCount(), count + 1);
    const Task copy = *document()->store().task(window.selectedTaskIds().constFirst());
    EXPECT_NE(copy.id, original.id);
    EXPECT_EQ(copy.requirement, original.requirement);
    EXPECT_TRUE(copy.progress.isEmpty());

    select({id});
    action(u"newRequirementAction"_s)->trigger();
    const Task row = *document()->store().task(window.selectedTaskIds().constFirst());
    EXPECT_EQ(row.number, original.number);
    EXPECT_EQ(row.title, original.title);
    EXPECT_GT(row.part, original.part);

    select({id});
    QStringList offered;
    window.taskEdits()->sectionPrompt = [&offered](const QStringList &choices) {
        offered = choices;
        return int(choices.size()) - 1;
    };
    action(u"moveToSectionAction"_s)->trigger();
    ASSERT_FALSE(offered.isEmpty());
    EXPECT_NE(document()->store().task(id)->sectionId, original.sectionId);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(document()->store().task(id)->sectionId, original.sectionId);
}

TEST_F(TaskEditActionsTest, shouldCopyRowsAsTsvAndHtmlThatPasteBackAsTheSameTasks)
{
    QTableView *table = window.tableView();
    for (int row = 0; row < 3; ++row)
        table->selectionModel()->select(
            table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    action(u"copyAction"_s)->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(data->hasText());
    EXPECT_TRUE(data->hasHtml());
    const QStringList lines = data->text().split(u'\n');
    ASSERT_EQ(lines.size(), 4); // a header and three rows
    EXPECT_EQ(lines.at(1).split(u'\t').size(), TaskTableModel::ColumnCount);
    EXPECT_TRUE(data->html().startsWith(u"<table><tr><th>"_s));

    // What a spreadsheet gets reads back as a ledger table: the same tasks.
    const SourceText pasted = HtmlReader::fromHtml(data->html(), u"clipboard"_s);
    ASSERT_TRUE(pasted.isValid());
    const ImporterRegistry registry;
    const PlanImporter *reader = registry.detect(pasted);
    ASSERT_NE(reader, nullptr);
    EXPECT_EQ(reader->formatId(), u"ledger-table"_s);
    const ImportDraft draft = reader->read(pasted, {});
    ASSERT_EQ(draft.taskCount(), 3) << pasted.text.toStdString();
    for (int row = 0; row < 3; ++row) {
        const Task &shown = window.taskModel()->taskAt(
            window.taskModel()->rowOfTask(table->model()->index(row, 0).data(TaskTableModel::TaskIdRole).toLongLong()));
        EXPECT_EQ(draft.plans.constFirst().tasks.at(row).task.requirement, shown.requirement);
        EXPECT_EQ(draft.plans.constFirst().tasks.at(row).task.leadUnits, shown.leadUnits);
    }
}

TEST_F(TaskEditActionsTest, shouldEditThePlansPropertiesAndRereadDeadlinesWhenAskedForANewYear)
{
    const qint64 id = firstId();
    select({id});
    const Task before = *document()->store().task(id);
    ASSERT_EQ(before.deadline.due.year(), 2021);
    window.planEdits()->planPrompt = [](PlanPropertiesDialog &dialog) {
        dialog.show();
        saveScreenshot(&dialog, u"plan-properties"_s);
        dialog.titleEdit()->setText(u"拉萨市2022年优化营商环境台账"_s);
        dialog.yearEdit()->setValue(2022);
        return true;
    };
    QString asked;
    window.planEdits()->confirmPrompt = [&asked](const QString &question) {
        asked = question;
        return true;
    };
    action(u"planPropertiesAction"_s)->trigger();
    EXPECT_TRUE(asked.contains(u"2022"_s)) << asked.toStdString();
    EXPECT_EQ(document()->outline().plan(before.planId)->title, u"拉萨市2022年优化营商环境台账"_s);
    EXPECT_EQ(document()->store().task(id)->deadline.due.year(), 2022);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(document()->store().task(id)->deadline.due, before.deadline.due);
}

TEST_F(TaskEditActionsTest, shouldStartAnEmptyLedgerWithANewPlanAndTask)
{
    ASSERT_TRUE(window.openLedger(dir.path(u"empty.taizhang"_s), true));
    window.planEdits()->planTitlePrompt = [] { return u"某县2024年工作方案"_s; };
    action(u"newTaskAction"_s)->trigger();
    EXPECT_EQ(document()->store().plans().size(), 1);
    EXPECT_EQ(document()->store().plans().constFirst().title, u"某县2024年工作方案"_s);
    EXPECT_EQ(taskCount(), 1);
    EXPECT_EQ(document()->store().taskPage(0, 1).constFirst().number, u"1"_s);
}

TEST_F(TaskEditActionsTest, shouldEditTheSectionTreeInPlaceByKeyboardAndMouse)
{
    const qint64 id = firstId();
    const Task first = *document()->store().task(id);
    select({id});
    bool shown = false;
    window.planEdits()->sectionsPrompt = [&](SectionsDialog &dialog) {
        shown = true;
        dialog.show();
        QTreeWidget *tree = dialog.tree();
        // the section of the current task is current
        ASSERT_NE(tree->currentItem(), nullptr);
        EXPECT_EQ(tree->currentItem()->data(0, Qt::UserRole + 1).toLongLong(), first.sectionId);
        saveScreenshot(&dialog, u"sections"_s);

        // rename in place: the number and the title are read apart
        tree->currentItem()->setText(0, u"（一）提升企业开办便利度"_s);
        EXPECT_EQ(document()->outline().section(first.sectionId)->label, u"（一）"_s);
        EXPECT_EQ(document()->outline().section(first.sectionId)->title, u"提升企业开办便利度"_s);

        // a new section, then Alt+↑ moves it up among its siblings
        const int before = int(document()->store().sections().size());
        dialog.findChild<QAction *>(u"newSectionAction"_s)->trigger();
        ASSERT_EQ(document()->store().sections().size(), before + 1);
        const qint64 added = document()->store().sections().constLast().id;
        QApplication::processEvents();
        tree->closePersistentEditor(tree->currentItem());
        dialog.selectSection(added);
        dialog.findChild<QAction *>(u"moveSectionUpAction"_s)->trigger();
        const QList<Section> after = document()->store().sections();
        EXPECT_EQ(after.at(after.size() - 2).id, added);

        // Delete on a section holding tasks asks where they go
        dialog.selectSection(first.sectionId);
        QStringList offered;
        dialog.moveTasksPrompt = [&offered](const QStringList &choices) {
            offered = choices;
            return 0;
        };
        dialog.findChild<QAction *>(u"deleteSectionAction"_s)->trigger();
        EXPECT_FALSE(offered.isEmpty());
        EXPECT_FALSE(document()->outline().section(first.sectionId).has_value());
        EXPECT_NE(document()->store().task(id)->sectionId, first.sectionId);
    };
    action(u"sectionsAction"_s)->trigger();
    ASSERT_TRUE(shown);
    // every change was one step: undo the delete, the move, the new section and the rename
    for (int step = 0; step < 4; ++step)
        action(u"undoAction"_s)->trigger();
    EXPECT_EQ(document()->store().task(id)->sectionId, first.sectionId);
    EXPECT_EQ(document()->outline().section(first.sectionId)->title, u"提升企业开办注销便利度"_s);
}

TEST_F(TaskEditActionsTest, shouldDeleteAPlanAfterAskingAndUndoIt)
{
    select({firstId()});
    const int count = taskCount();
    QString asked;
    window.planEdits()->confirmPrompt = [&asked](const QString &question) {
        asked = question;
        return true;
    };
    action(u"deletePlanAction"_s)->trigger();
    EXPECT_TRUE(asked.contains(QString::number(count))) << asked.toStdString();
    EXPECT_EQ(taskCount(), 0);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(taskCount(), count);
    action(u"redoAction"_s)->trigger();
    EXPECT_EQ(taskCount(), 0);
}

TEST_F(TaskEditActionsTest, shouldMoveTasksWithinTheirSectionAndRenumberIt)
{
    QAbstractItemModel *shown = window.tableView()->model();
    auto idAt = [shown](int row) { return shown->index(row, 0).data(TaskTableModel::TaskIdRole).toLongLong(); };
    // Two neighbouring key works of one section, each a single row.
    int row = 0;
    for (; row + 2 < shown->rowCount(); ++row) {
        const Task a = *document()->store().task(idAt(row)), b = *document()->store().task(idAt(row + 1)),
                   c = *document()->store().task(idAt(row + 2));
        if (a.sectionId == b.sectionId && a.number != b.number && b.number != c.number && a.part == 1 && b.part == 1)
            break;
    }
    const qint64 first = idAt(row);
    const qint64 second = idAt(row + 1);
    ASSERT_EQ(document()->store().task(first)->sectionId, document()->store().task(second)->sectionId);
    // WHEN the second row moves up (Alt+↑), THEN it shows first
    select({second});
    action(u"moveTaskUpAction"_s)->trigger();
    EXPECT_EQ(idAt(row), second);
    EXPECT_EQ(idAt(row + 1), first);
    EXPECT_EQ(window.selectedTaskIds(), QList<qint64> {second});
    // AND the ledger file keeps that order: another reader sees it
    SqliteLedgerStore reader;
    ASSERT_TRUE(reader.open(document()->path(), LedgerStore::OpenMode::ReadOnly));
    EXPECT_LT(reader.task(second)->order, reader.task(first)->order);

    // WHEN renumbered, THEN the section's key works count up in their new order
    const QString firstNumber = document()->store().task(first)->number;
    select({second});
    action(u"renumberSectionAction"_s)->trigger();
    EXPECT_EQ(document()->store().task(second)->number, firstNumber);
    action(u"undoAction"_s)->trigger();
    EXPECT_NE(document()->store().task(second)->number, firstNumber);
    action(u"redoAction"_s)->trigger();
    EXPECT_EQ(document()->store().task(second)->number, firstNumber);
}

TEST_F(TaskEditActionsTest, shouldPasteRowsFromASpreadsheetThroughThePreviewWhereTheSelectionIs)
{
    const qint64 id = firstId();
    const Task anchor = *document()->store().task(id);
    select({id});
    auto *data = new QMimeData;
    data->setText(u"ignored when HTML is there"_s);
    data->setHtml(
        u"<table><tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td>"
        "<td>完成时限</td></tr>"
        "<tr><td>1</td><td>推行电子证照</td><td>实现证照电子化</td><td>市市场监管局</td><td>市税务局</td><td>6月底前</"
        "td></tr>"
        "<tr><td>2</td><td>推行一照多址</td><td>放宽住所登记</td><td>市市场监管局</td><td></td><td>9月底前</td></tr>"
        "</table>"_s);
    QApplication::clipboard()->setMimeData(data);
    const int count = taskCount();
    bool previewed = false;
    window.taskEdits()->pastePrompt = [&previewed](ImportWizard &wizard) {
        previewed = wizard.currentId() == ImportWizard::PreviewPageId;
        return true;
    };
    action(u"pasteRowsAction"_s)->trigger();
    EXPECT_TRUE(previewed);
    ASSERT_EQ(taskCount(), count + 2);
    const QList<qint64> pasted = window.selectedTaskIds();
    ASSERT_EQ(pasted.size(), 2);
    for (qint64 pastedId : pasted) {
        const Task task = *document()->store().task(pastedId);
        EXPECT_EQ(task.planId, anchor.planId);
        EXPECT_EQ(task.sectionId, anchor.sectionId);
        EXPECT_EQ(task.leadUnits, QStringList {u"市市场监管局"_s});
        EXPECT_GT(task.order, anchor.order);
    }
    // one step takes all of it back, and brings it again
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(taskCount(), count);
    action(u"redoAction"_s)->trigger();
    EXPECT_EQ(taskCount(), count + 2);
}

TEST_F(TaskEditActionsTest, shouldAddATaskFromABoardColumnWithItsStatus)
{
    const int count = taskCount();
    emit window.board()->newTaskRequested(TaskStatus::InProgress);
    ASSERT_EQ(taskCount(), count + 1);
    Task newest;
    for (const Task &task : document()->store().taskPage(0, 100000))
        newest = task.id > newest.id ? task : newest;
    EXPECT_EQ(newest.status, TaskStatus::InProgress);
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(taskCount(), count);
}

TEST_F(TaskEditActionsTest, shouldMoveRowsDroppedOnASectionOfTheSectionsDialog)
{
    const qint64 id = firstId();
    const Task task = *document()->store().task(id);
    select({id});
    window.planEdits()->sectionsPrompt = [&](SectionsDialog &dialog) {
        dialog.show();
        QApplication::processEvents();
        QTreeWidget *tree = dialog.tree();
        // the last section of the plan: another than the task's
        QTreeWidgetItem *plan = tree->topLevelItem(0);
        QTreeWidgetItem *target = plan->child(plan->childCount() - 1);
        const qint64 targetId = target->data(0, Qt::UserRole + 1).toLongLong();
        ASSERT_NE(targetId, task.sectionId);
        std::unique_ptr<QMimeData> dragged(
            window.tableView()->model()->mimeData(window.tableView()->selectionModel()->selectedIndexes()));
        ASSERT_FALSE(TaskIdsMime::decode(dragged.get(), document()->path()).isEmpty());
        // What a drop on the section does (Qt delivers drag events only during a real drag, which
        // an offscreen test cannot start): the dragged tasks of its plan move into it.
        dialog.moveTasksTo(TaskIdsMime::decode(dragged.get(), document()->path()), targetId);
        EXPECT_EQ(document()->store().task(id)->sectionId, targetId);
    };
    action(u"sectionsAction"_s)->trigger();
    action(u"undoAction"_s)->trigger();
    EXPECT_EQ(document()->store().task(id)->sectionId, task.sectionId);
}
