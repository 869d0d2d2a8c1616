#include "document/ledgerdocument.h"
#include "itemmodels/importdraftmodel.h"
#include "report/reportrecords.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class LedgerDocumentTest : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(document.open(dir.path(u"doc.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));
        document.setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
    }

    Task task(qint64 id) const { return *document.store().task(id); }

    TestData::ScratchDir dir;
    LedgerDocument document;
};
} // namespace

TEST_F(LedgerDocumentTest, shouldReparseAnEditedDeadlineAndUndoIt)
{
    QSignalSpy changed(&document, &LedgerDocument::tasksChanged);
    // WHEN the deadline of task 1 (6月底) becomes 今年9月底前
    ASSERT_TRUE(document.setTaskField(1, TaskField::Deadline, u"今年9月底前"_s));
    // THEN it is stored re-parsed, announced, and undoable
    EXPECT_EQ(task(1).deadline.due, QDate(2021, 9, 30));
    EXPECT_EQ(task(1).deadline.text, u"今年9月底前"_s);
    EXPECT_EQ(changed.count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(task(1).deadline.text, u"6月底"_s);
    EXPECT_EQ(task(1).deadline.due, QDate(2021, 6, 30));
    document.undoStack()->redo();
    EXPECT_EQ(task(1).deadline.due, QDate(2021, 9, 30));
}

TEST_F(LedgerDocumentTest, shouldRecordTheDayATaskIsFinishedAndClosed)
{
    ASSERT_TRUE(document.setTaskField(1, TaskField::Status, int(TaskStatus::Done))); // today: 2021-07-01
    EXPECT_EQ(task(1).completed, QDate(2021, 7, 1));
    EXPECT_FALSE(task(1).completionEstimated);
    EXPECT_FALSE(task(1).closedOn.isValid());
    // Closed later: the day it was finished stays, the day it was closed is added.
    document.setClock(std::make_shared<FixedClock>(QDate(2021, 7, 9)));
    ASSERT_TRUE(document.closeTasks({1}, u"材料齐全"_s));
    EXPECT_EQ(task(1).completed, QDate(2021, 7, 1));
    EXPECT_EQ(task(1).closedOn, QDate(2021, 7, 9));
    // Undo takes the close-out day back with the status; open again clears both.
    document.undoStack()->undo();
    EXPECT_EQ(task(1).status, TaskStatus::Done);
    EXPECT_FALSE(task(1).closedOn.isValid());
    ASSERT_TRUE(document.setTaskField(1, TaskField::Status, u"推进中"_s));
    EXPECT_FALSE(task(1).completed.isValid());
    document.undoStack()->undo();
    EXPECT_EQ(task(1).completed, QDate(2021, 7, 1));
}

TEST_F(LedgerDocumentTest, shouldDeriveTrafficLightsFromTheClock)
{
    EXPECT_EQ(document.lightOf(task(1)), TrafficLight::Overdue); // 6月底, today 2021-07-01
    ASSERT_TRUE(document.setTaskField(1, TaskField::Status, int(TaskStatus::Done)));
    EXPECT_EQ(document.lightOf(task(1)), TrafficLight::Done);
    document.setClock(std::make_shared<FixedClock>(QDate(2021, 6, 20)));
    ASSERT_TRUE(document.setTaskField(1, TaskField::Status, u"in_progress"_s));
    EXPECT_EQ(document.lightOf(task(1)), TrafficLight::DueSoon);
}

TEST_F(LedgerDocumentTest, shouldRederiveMilestonesFromAnEditedRequirement)
{
    ASSERT_TRUE(document.setTaskField(3, TaskField::Requirement, u"8月底前完成试点；11月底前全面推开。"_s));
    ASSERT_EQ(task(3).milestones.size(), 2);
    EXPECT_EQ(task(3).milestones[1].due, QDate(2021, 11, 30));
    document.undoStack()->undo();
    EXPECT_TRUE(task(3).milestones.isEmpty());
}

TEST_F(LedgerDocumentTest, shouldEditUnitsAsAList)
{
    ASSERT_TRUE(document.setTaskField(2, TaskField::CoUnits, u"市公安局、人社局"_s));
    EXPECT_EQ(task(2).coUnits, (QStringList {u"市公安局"_s, u"市人社局"_s}));
}

TEST_F(LedgerDocumentTest, shouldAddAndRemoveProgressWithUndo)
{
    ProgressEntry entry {0, QDate(2021, 6, 15), u"市市场监管局"_s, 60, u"系统改造完成六成"_s, u"李四"_s};
    ASSERT_TRUE(document.addProgress(1, entry));
    ASSERT_EQ(task(1).progress.size(), 1);
    const qint64 entryId = task(1).progress.constFirst().id;
    ASSERT_TRUE(document.removeProgress(1, entryId));
    EXPECT_TRUE(task(1).progress.isEmpty());
    document.undoStack()->undo(); // the removal
    ASSERT_EQ(task(1).progress.size(), 1);
    EXPECT_EQ(task(1).progress.constFirst().id, entryId);
    document.undoStack()->undo(); // the addition
    EXPECT_TRUE(task(1).progress.isEmpty());
    document.undoStack()->redo();
    EXPECT_EQ(task(1).progress.constFirst().text, u"系统改造完成六成"_s);
}

TEST_F(LedgerDocumentTest, shouldUndoAnImportAndRedoItUnderTheSameIds)
{
    ASSERT_EQ(document.store().taskCount(), 103);
    ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"again"_s));
    ASSERT_EQ(document.store().taskCount(), 206);
    ASSERT_TRUE(document.setTaskField(150, TaskField::Title, u"改过的标题"_s));
    document.undoStack()->undo(); // title
    document.undoStack()->undo(); // second import
    EXPECT_EQ(document.store().taskCount(), 103);
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_EQ(document.store().taskCount(), 206);
    EXPECT_EQ(task(150).title, u"改过的标题"_s);
}

TEST_F(LedgerDocumentTest, shouldReportARefusedWriteAndPushNothing)
{
    LedgerDocument reader;
    ASSERT_TRUE(reader.open(document.path(), LedgerStore::OpenMode::ReadOnly));
    QSignalSpy errors(&reader, &LedgerDocument::errorOccurred);
    EXPECT_FALSE(reader.setTaskField(1, TaskField::Title, u"新标题"_s));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(reader.undoStack()->count(), 0);
    EXPECT_EQ(task(1).title, u"简化企业开办流程"_s);
}

TEST_F(LedgerDocumentTest, shouldRenameAUnitAcrossTheLedgerKeepTheOldNameAsAnAliasAndUndoIt)
{
    const int court = int(document.store().tasksNamingUnit(u"市中法"_s).size());
    ASSERT_GE(court, 11);
    ASSERT_TRUE(document.mergeUnits(u"市中法"_s, u"拉萨市中级人民法院"_s));
    EXPECT_TRUE(document.store().tasksNamingUnit(u"市中法"_s).isEmpty());
    EXPECT_EQ(document.store().tasksNamingUnit(u"拉萨市中级人民法院"_s).size(), court);
    EXPECT_FALSE(document.store().unitNames().contains(u"市中法"_s));
    EXPECT_EQ(document.store().unitAliases().value(u"市中法"_s), u"拉萨市中级人民法院"_s);

    // A later edit or import that writes the old name lands on the renamed unit.
    ASSERT_TRUE(document.setTaskField(2, TaskField::LeadUnits, u"市中法"_s));
    EXPECT_EQ(task(2).leadUnits, (QStringList {u"拉萨市中级人民法院"_s}));
    document.undoStack()->undo(); // the edit

    document.undoStack()->undo(); // the rename
    EXPECT_EQ(document.store().tasksNamingUnit(u"市中法"_s).size(), court);
    EXPECT_TRUE(document.store().unitAliases().isEmpty());
    EXPECT_TRUE(document.store().unitNames().contains(u"市中法"_s));
    EXPECT_FALSE(document.store().unitNames().contains(u"拉萨市中级人民法院"_s));

    document.undoStack()->redo();
    EXPECT_TRUE(document.store().tasksNamingUnit(u"市中法"_s).isEmpty());
}

TEST_F(LedgerDocumentTest, shouldMergeAUnitIntoAnotherWithoutNamingItTwice)
{
    // Task 1 is led by 市市场监管局 with 市行政审批局 cooperating; merging the latter into the
    // former leaves 市市场监管局 leading once and not cooperating.
    ASSERT_TRUE(task(1).coUnits.contains(u"市行政审批局"_s));
    ASSERT_TRUE(document.mergeUnits(u"市行政审批局"_s, u"市市场监管局"_s));
    EXPECT_EQ(task(1).leadUnits, (QStringList {u"市市场监管局"_s}));
    EXPECT_FALSE(task(1).coUnits.contains(u"市市场监管局"_s));
    EXPECT_FALSE(task(1).coUnits.contains(u"市行政审批局"_s));
}

TEST_F(LedgerDocumentTest, shouldKeepResponsibleLeadersApartFromUnitsAndUndoTheirEdit)
{
    // WHEN the leaders of task 1 are set (people, never units)
    ASSERT_TRUE(document.setTaskField(1, TaskField::Leaders, u"张明、李华"_s));
    // THEN they are stored, read back in order, and leave the units alone
    EXPECT_EQ(task(1).leaders, (QStringList {u"张明"_s, u"李华"_s}));
    EXPECT_EQ(task(1).leadUnits, QStringList {u"市市场监管局"_s});
    EXPECT_FALSE(document.store().unitNames().contains(u"张明"_s));
    document.undoStack()->undo();
    EXPECT_TRUE(task(1).leaders.isEmpty());
    document.undoStack()->redo();
    EXPECT_EQ(task(1).leaders, (QStringList {u"张明"_s, u"李华"_s}));
}

TEST_F(LedgerDocumentTest, shouldDeleteTasksAndBringThemBackWithTheirIdsAndHistory)
{
    // GIVEN task 2 with a progress entry
    ASSERT_TRUE(task(2).progress.isEmpty());
    ASSERT_TRUE(document.addProgress(2, {0, QDate(2021, 6, 1), u"市市场监管局"_s, 40, u"推进中"_s, u"王五"_s}));
    const Task withHistory = task(2);
    ASSERT_EQ(withHistory.progress.size(), 1);
    const int count = document.store().taskCount();
    QSignalSpy reset(&document, &LedgerDocument::tasksReset);

    // WHEN tasks 2 and 3 are deleted
    ASSERT_TRUE(document.deleteTasks({2, 3}));
    // THEN they are gone, announced, and one step
    EXPECT_EQ(document.store().taskCount(), count - 2);
    EXPECT_FALSE(document.store().task(2).has_value());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), u"Delete 2 tasks"_s);

    // WHEN undone, THEN both come back whole, under the same ids, history and all
    document.undoStack()->undo();
    EXPECT_EQ(document.store().taskCount(), count);
    const Task back = task(2);
    EXPECT_EQ(back.requirement, withHistory.requirement);
    EXPECT_EQ(back.leadUnits, withHistory.leadUnits);
    EXPECT_EQ(back.coUnits, withHistory.coUnits);
    ASSERT_EQ(back.progress.size(), 1);
    EXPECT_EQ(back.progress.constFirst().id, withHistory.progress.constFirst().id);
    EXPECT_EQ(back.progress.constFirst().text, u"推进中"_s);
    EXPECT_TRUE(document.store().task(3).has_value());

    // AND the steps above still name the same task: undo the progress entry, redo it, redo the delete
    document.undoStack()->undo();
    EXPECT_TRUE(task(2).progress.isEmpty());
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_FALSE(document.store().task(2).has_value());
}

TEST_F(LedgerDocumentTest, shouldAddATaskNumberedNextInItsSectionAndUndoIt)
{
    const Task first = task(1);
    EXPECT_EQ(document.outline().nextNumber(first.planId, first.sectionId).toInt(), [&] {
        int highest = 0;
        for (const Task &t : document.store().taskPage(0, 1000))
            highest = t.sectionId == first.sectionId ? std::max(highest, t.number.toInt()) : highest;
        return highest + 1;
    }());
    Task added;
    added.planId = first.planId;
    added.sectionId = first.sectionId;
    added.number = document.outline().nextNumber(first.planId, first.sectionId);
    added.title = u"推行企业开办一网通办"_s;
    added.requirement = u"8月底前上线；11月底前全面推开。"_s;
    added.leadUnits = {u"市市场监管局"_s};
    added.deadline.text = u"11月底前"_s;
    const QList<qint64> ids = document.addTasks({added}, u"New task"_s);
    ASSERT_EQ(ids.size(), 1);
    const Task stored = task(ids.constFirst());
    EXPECT_EQ(stored.deadline.due, QDate(2021, 11, 30)); // read with the plan's year
    EXPECT_EQ(stored.milestones.size(), 2);
    document.undoStack()->undo();
    EXPECT_FALSE(document.store().task(ids.constFirst()).has_value());
    document.undoStack()->redo();
    EXPECT_EQ(task(ids.constFirst()).title, u"推行企业开办一网通办"_s); // the same id again
}

TEST_F(LedgerDocumentTest, shouldMoveTasksToAnotherSectionAsOneStep)
{
    const QList<Section> sections = document.store().sections();
    ASSERT_GE(sections.size(), 2);
    const qint64 from = task(1).sectionId;
    qint64 to = 0;
    for (const Section &section : sections)
        to = to == 0 && section.id != from ? section.id : to;
    ASSERT_TRUE(document.moveTasks({1, 2}, to));
    EXPECT_EQ(task(1).sectionId, to);
    EXPECT_EQ(task(2).sectionId, to);
    document.undoStack()->undo();
    EXPECT_EQ(task(1).sectionId, from);
}

TEST_F(LedgerDocumentTest, shouldRereadDeadlinesWithoutAYearWhenThePlansYearChanges)
{
    Plan plan = *document.outline().plan(task(1).planId);
    ASSERT_EQ(plan.year, 2021);
    EXPECT_EQ(task(1).deadline.due, QDate(2021, 6, 30)); // "6月底"
    plan.year = 2022;
    plan.docNumber = u"拉政办发〔2022〕1号"_s;
    ASSERT_TRUE(document.setPlan(plan));
    EXPECT_EQ(task(1).deadline.due, QDate(2022, 6, 30));
    EXPECT_EQ(document.outline().plan(plan.id)->docNumber, u"拉政办发〔2022〕1号"_s);
    EXPECT_EQ(document.planYear(plan.id), 2022);
    document.undoStack()->undo(); // one step takes back the plan and every deadline
    EXPECT_EQ(task(1).deadline.due, QDate(2021, 6, 30));
    EXPECT_EQ(document.outline().plan(plan.id)->year, 2021);
    EXPECT_TRUE(document.outline().plan(plan.id)->docNumber.isEmpty());
}

TEST_F(LedgerDocumentTest, shouldAddRenameReorderAndDeleteSectionsEachAsOneStep)
{
    const qint64 planId = task(1).planId;
    const QList<Section> before = document.store().sections();
    // GIVEN a new section, last of its plan
    const qint64 added = document.addSection(planId, 0, u"（五）"_s, u"优化纳税服务"_s);
    ASSERT_GT(added, 0);
    EXPECT_EQ(document.store().sections().constLast().id, added);
    // WHEN renamed, THEN the name changes and undo brings the old one back
    ASSERT_TRUE(document.renameSection(added, u"（五）"_s, u"提升纳税便利度"_s));
    EXPECT_EQ(document.outline().section(added)->title, u"提升纳税便利度"_s);
    document.undoStack()->undo();
    EXPECT_EQ(document.outline().section(added)->title, u"优化纳税服务"_s);
    document.undoStack()->redo();
    // WHEN moved up, THEN it stands before its former neighbour
    ASSERT_TRUE(document.moveSection(added, -1));
    const QList<Section> moved = document.store().sections();
    EXPECT_EQ(moved.at(moved.size() - 2).id, added);
    document.undoStack()->undo();
    EXPECT_EQ(document.store().sections().constLast().id, added);
    // WHEN a section holding tasks is deleted without a place for them, THEN it is refused
    const qint64 first = task(1).sectionId;
    EXPECT_FALSE(document.deleteSection(first));
    EXPECT_TRUE(document.outline().section(first).has_value());
    // WHEN deleted moving its tasks, THEN they stand in the other; undo puts section and tasks back
    ASSERT_TRUE(document.deleteSection(first, added));
    EXPECT_FALSE(document.outline().section(first).has_value());
    EXPECT_EQ(task(1).sectionId, added);
    document.undoStack()->undo();
    EXPECT_EQ(document.outline().section(first)->displayName(), before.constFirst().displayName());
    EXPECT_EQ(task(1).sectionId, first);
    // AND the new, now empty, section can go; undo of its creation removes it too
    ASSERT_TRUE(document.deleteSection(added));
    document.undoStack()->undo();
    EXPECT_TRUE(document.outline().section(added).has_value());
}

TEST_F(LedgerDocumentTest, shouldDeleteAPlanAndBringItBackWholeWithTheSameIds)
{
    const qint64 planId = task(1).planId;
    ASSERT_TRUE(document.addProgress(5, {0, QDate(2021, 6, 1), u"市市场监管局"_s, 30, u"推进中"_s, {}}));
    const int sections = int(document.store().sections().size());
    const Task five = task(5);
    ASSERT_TRUE(document.deletePlan(planId));
    EXPECT_EQ(document.store().taskCount(), 0);
    EXPECT_TRUE(document.store().plans().isEmpty());
    document.undoStack()->undo();
    EXPECT_EQ(document.store().taskCount(), 103);
    EXPECT_EQ(document.store().sections().size(), sections);
    EXPECT_EQ(task(5).progress, five.progress);
    EXPECT_EQ(task(5).sectionId, five.sectionId);
    EXPECT_EQ(document.outline().plan(planId)->title, document.store().plans().constFirst().title);
    document.undoStack()->redo();
    EXPECT_EQ(document.store().taskCount(), 0);
}

TEST_F(LedgerDocumentTest, shouldReadAFieldChangeByOneRuleInTheLedgerAndTheImportPreview)
{
    // GIVEN the same typing in the ledger and in an import preview of the same year
    ImportDraftModel preview;
    preview.setDraft(TestData::lhasaDraft());
    const QModelIndex previewed = preview.indexOfTask(0, 0);
    const QList<std::pair<TaskField, QString>> typed = {{TaskField::Deadline, u"今年9月底前并长期坚持"_s},
        {TaskField::LeadUnits, u"市公安局、人社局"_s}, {TaskField::CoUnits, u"市财政局，税务局"_s},
        {TaskField::Leaders, u"张明、李华"_s}, {TaskField::Requirement, u"8月底前试点；11月底前全面推开。"_s}};
    for (const auto &[field, value] : typed) {
        ASSERT_TRUE(document.setTaskField(1, field, value));
        ASSERT_TRUE(preview.setTaskField(previewed, field, value));
    }
    // THEN both read it alike
    const Task ledger = task(1);
    const Task draft = preview.task(previewed)->task;
    EXPECT_EQ(ledger.deadline, draft.deadline);
    EXPECT_TRUE(ledger.deadline.isContinuing());
    EXPECT_EQ(ledger.leadUnits, (QStringList {u"市公安局"_s, u"市人社局"_s}));
    EXPECT_EQ(ledger.leadUnits, draft.leadUnits);
    EXPECT_EQ(ledger.coUnits, draft.coUnits);
    EXPECT_EQ(ledger.leaders, draft.leaders);
    EXPECT_EQ(ledger.milestones, draft.milestones);
    EXPECT_EQ(ledger.milestones.size(), 2);
}

TEST_F(LedgerDocumentTest, shouldUndoOnlyItsOwnFieldAndRefuseWhenSomeoneChangedItSince)
{
    // GIVEN an edit of task 1's deadline, and a colleague who then edits its remarks
    ASSERT_TRUE(document.setTaskField(1, TaskField::Deadline, u"9月底前"_s));
    {
        SqliteLedgerStore colleague; // another writer of the same file, as on a shared ledger
        ASSERT_TRUE(colleague.open(document.path(), LedgerStore::OpenMode::OpenExisting));
        Task theirs = *colleague.task(1);
        theirs.remarks = u"同事的备注"_s;
        ASSERT_TRUE(colleague.saveTasks({theirs}));
    }
    // WHEN the deadline edit is undone, THEN only the deadline goes back: their remarks stay
    document.undoStack()->undo();
    EXPECT_EQ(task(1).deadline.text, u"6月底"_s);
    EXPECT_EQ(task(1).remarks, u"同事的备注"_s);
    document.undoStack()->redo();
    EXPECT_EQ(task(1).deadline.text, u"9月底前"_s);

    // GIVEN a colleague who changes the same field after the step
    {
        SqliteLedgerStore colleague;
        ASSERT_TRUE(colleague.open(document.path(), LedgerStore::OpenMode::OpenExisting));
        Task theirs = *colleague.task(1);
        theirs.deadline.text = u"10月底前"_s;
        theirs.deadline.due = QDate(2021, 10, 31);
        ASSERT_TRUE(colleague.saveTasks({theirs}));
    }
    // WHEN undone, THEN it is refused with a message, their value kept, and the step dropped
    QSignalSpy refused(&document, &LedgerDocument::errorOccurred);
    const int steps = document.undoStack()->count();
    document.undoStack()->undo();
    EXPECT_EQ(refused.count(), 1);
    EXPECT_EQ(task(1).deadline.text, u"10月底前"_s);
    EXPECT_EQ(document.undoStack()->count(), steps - 1);
}

TEST_F(LedgerDocumentTest, shouldRefuseAnEditOfATaskThatIsNotThere)
{
    QSignalSpy refused(&document, &LedgerDocument::errorOccurred);
    EXPECT_FALSE(document.setTaskField(999999, TaskField::Title, u"x"_s));
    EXPECT_FALSE(document.setTasksField({1, 999999}, TaskField::Status, int(TaskStatus::Done)));
    EXPECT_EQ(refused.count(), 2);
    EXPECT_EQ(task(1).status, TaskStatus::NotStarted); // all or nothing
    EXPECT_EQ(document.undoStack()->count(), 1); // the import only
}

TEST_F(LedgerDocumentTest, shouldRedoAnImportUnderItsOwnIdsWhateverIdsTheLedgerWouldHandOutNow)
{
    // GIVEN a second import, with sections and progress, and an edit of one of its tasks
    ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"again"_s));
    const QList<Section> sectionsBefore = document.store().sections();
    const Task imported = task(150);
    ASSERT_TRUE(document.addProgress(150, {0, QDate(2021, 6, 30), u"市司法局"_s, 40, u"已起草"_s, u"张三"_s}));
    ASSERT_TRUE(document.setTaskField(150, TaskField::Title, u"改过的标题"_s));
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo(); // the import
    ASSERT_EQ(document.store().taskCount(), 103);
    // AND a colleague's task far above, so the next id the ledger would hand out is not 104
    {
        SqliteLedgerStore colleague;
        ASSERT_TRUE(colleague.open(document.path(), LedgerStore::OpenMode::OpenExisting));
        Task theirs = *colleague.task(1);
        theirs.id = 5000;
        theirs.progress.clear();
        ASSERT_EQ(colleague.insertTasks({theirs}), QList<qint64> {5000});
    }
    // WHEN all is redone, THEN every row is back under its own id and the later steps find theirs
    document.undoStack()->redo();
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_EQ(document.store().taskCount(), 207);
    EXPECT_EQ(document.store().sections().size(), sectionsBefore.size());
    EXPECT_EQ(task(150).title, u"改过的标题"_s);
    EXPECT_EQ(task(150).sectionId, imported.sectionId);
    EXPECT_EQ(task(150).leadUnits, imported.leadUnits);
    ASSERT_EQ(task(150).progress.size(), 1);
    EXPECT_EQ(task(150).progress.constFirst().text, u"已起草"_s);
    EXPECT_TRUE(document.store().task(5000).has_value());
}

TEST_F(LedgerDocumentTest, shouldUndoAUnitMergeWholeOrNotAtAll)
{
    // GIVEN a merge, and a colleague who then deletes one of the merged tasks
    const QList<Task> court = document.store().tasksNamingUnit(u"市中法"_s);
    ASSERT_GE(court.size(), 2);
    ASSERT_TRUE(document.mergeUnits(u"市中法"_s, u"拉萨市中级人民法院"_s));
    {
        SqliteLedgerStore colleague;
        ASSERT_TRUE(colleague.open(document.path(), LedgerStore::OpenMode::OpenExisting));
        ASSERT_TRUE(colleague.deleteTasks({court.constLast().id}));
    }
    // WHEN the merge is undone, THEN it is refused, and the alias is not taken back without the tasks
    QSignalSpy refused(&document, &LedgerDocument::errorOccurred);
    document.undoStack()->undo();
    EXPECT_EQ(refused.count(), 1);
    EXPECT_EQ(document.store().unitAliases().value(u"市中法"_s), u"拉萨市中级人民法院"_s);
    EXPECT_TRUE(document.store().tasksNamingUnit(u"市中法"_s).isEmpty());
}

TEST(LedgerDocumentLocationTest, shouldSayItCannotOpenALedgerOnAServerAndStayClosed)
{
    LedgerDocument document;
    EXPECT_FALSE(document.open(u"postgresql://clerk:secret@ledger.office.gov/reform"_s));
    EXPECT_TRUE(document.errorString().contains(u"reform @ ledger.office.gov"_s))
        << document.errorString().toStdString();
    EXPECT_FALSE(document.errorString().contains(u"secret"_s));
    EXPECT_FALSE(document.store().isOpen());
    EXPECT_EQ(document.records(), nullptr);
}

TEST_F(LedgerDocumentTest, shouldRecordWhatAReportIssuesThroughTheDocumentAndAnnounceIt)
{
    QSignalSpy recorded(&document, &LedgerDocument::recordsChanged);
    ReportRecords *records = document.records();
    ASSERT_NE(records, nullptr);
    const QList<LedgerStore::IssuedNotice> notices = records->issueNotices({3, 4}, QDate(2021, 7, 1), QDate(2021, 7, 8));
    ASSERT_EQ(notices.size(), 2);
    EXPECT_EQ(notices.at(1).serial, notices.at(0).serial + 1);
    EXPECT_EQ(recorded.count(), 1);
    EXPECT_GT(records->saveBulletin(QDate(2021, 7, 1), "{}"), 0);
    EXPECT_EQ(recorded.count(), 2);
    EXPECT_EQ(records->bulletinBefore(QDate(2021, 7, 2))->issued, QDate(2021, 7, 1));
    EXPECT_EQ(document.undoStack()->count(), 1) << "records are not undo steps; only the import is";

    LedgerDocument reader; // a read-only ledger records nothing
    ASSERT_TRUE(reader.open(document.path(), LedgerStore::OpenMode::ReadOnly));
    EXPECT_EQ(reader.records(), nullptr);
}
