// The change history: every kind of change leaves rows naming when, who, the task, the field,
// the old and new value and the action; undo and redo add rows, never take any away.
#include "document/ledgercloseouts.h"
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "report/reportrecords.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class HistoryTest : public testing::Test {
protected:
    void SetUp() override
    {
        document.setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
        document.setAuthor(u"张科员"_s);
        ASSERT_TRUE(document.open(dir.path(u"history.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
        ASSERT_TRUE(document.importDraft(TestData::lhasaDraft(), u"import"_s));
    }

    QList<HistoryEntry> since(qsizetype count) const { return document.store().history().mid(count); }
    qsizetype size() const { return document.store().history().size(); }

    TestData::ScratchDir dir;
    LedgerDocument document;
};
} // namespace

TEST_F(HistoryTest, shouldRecordEveryKindOfChangeAndKeepItThroughUndo)
{
    const QList<HistoryEntry> imported = document.store().history();
    ASSERT_EQ(imported.size(), 1);
    EXPECT_EQ(imported.first().action, u"import"_s);
    EXPECT_EQ(imported.first().field, u"plan"_s);
    EXPECT_EQ(imported.first().who, u"张科员"_s);
    EXPECT_EQ(imported.first().taskId, 0);

    // An edit: the field, its old and new value.
    qsizetype mark = size();
    ASSERT_TRUE(document.setTaskField(1, TaskField::Deadline, u"9月底前"_s));
    QList<HistoryEntry> rows = since(mark);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().taskId, 1);
    EXPECT_EQ(rows.first().field, u"deadline"_s);
    EXPECT_EQ(rows.first().oldValue, u"6月底"_s);
    EXPECT_EQ(rows.first().newValue, u"9月底前"_s);
    EXPECT_EQ(rows.first().action, u"edit"_s);
    EXPECT_TRUE(rows.first().at.isValid());

    // Undo and redo add their own rows.
    mark = size();
    document.undoStack()->undo();
    document.undoStack()->redo();
    rows = since(mark);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).action, u"undo"_s);
    EXPECT_EQ(rows.at(0).oldValue, u"9月底前"_s);
    EXPECT_EQ(rows.at(0).newValue, u"6月底"_s);
    EXPECT_EQ(rows.at(1).action, u"redo"_s);
    EXPECT_EQ(document.store().history().size(), mark + 2) << "nothing erased";

    // A progress report, a status change (with its completion day), a deletion and its undo.
    mark = size();
    ASSERT_TRUE(document.addProgress(2, {0, QDate(2021, 7, 1), u"市市场监管局"_s, 80, u"系统已上线"_s, {}}));
    ASSERT_TRUE(document.setTaskField(2, TaskField::Status, int(TaskStatus::Done)));
    ASSERT_TRUE(document.deleteTasks({3}));
    document.undoStack()->undo();
    rows = since(mark);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).field, u"progress"_s);
    EXPECT_EQ(rows.at(0).newValue, u"系统已上线"_s);
    EXPECT_EQ(rows.at(1).field, u"status"_s);
    EXPECT_EQ(rows.at(1).newValue, u"done"_s);
    EXPECT_EQ(rows.at(2).action, u"delete"_s);
    EXPECT_EQ(rows.at(2).taskId, 3);
    EXPECT_EQ(rows.at(3).action, u"undo"_s);
    EXPECT_EQ(rows.at(3).field, u"task"_s);
    EXPECT_FALSE(rows.at(3).newValue.isEmpty()) << "the task back";

    // A supervision notice, a close-out requested and approved.
    mark = size();
    ASSERT_FALSE(document.records()->issueNotices({1}, QDate(2021, 7, 1), QDate(2021, 7, 8)).isEmpty());
    CloseOutRequest request;
    request.taskId = 4;
    request.note = u"已完成"_s;
    const qint64 id = document.closeOuts().requestCloseOut(request);
    ASSERT_GT(id, 0);
    ASSERT_TRUE(document.closeOuts().approve(id, u"李主任"_s));
    rows = since(mark);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).action, u"notice"_s);
    EXPECT_EQ(rows.at(0).taskId, 1);
    EXPECT_EQ(rows.at(1).field, u"closeout"_s);
    EXPECT_EQ(rows.at(2).field, u"decision"_s);
    EXPECT_EQ(rows.at(2).newValue, u"approved"_s);
    EXPECT_EQ(rows.at(3).action, u"closeout"_s);
    EXPECT_EQ(rows.at(3).field, u"status"_s);
    EXPECT_EQ(rows.at(3).newValue, u"closed"_s);

    // The ledger's shape and settings too: a section renamed, the office's name, undoing an import.
    mark = size();
    const qint64 sectionId = document.store().sections().first().id;
    ASSERT_TRUE(document.renameSection(sectionId, u"（一）"_s, u"企业开办"_s));
    ReportSettings settings = ReportSettings::load(document.store());
    settings.officeName = u"营商办"_s;
    ASSERT_TRUE(document.setReportSettings(settings));
    rows = since(mark);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).field, u"section"_s);
    EXPECT_EQ(rows.at(0).newValue, u"（一）企业开办"_s);
    EXPECT_EQ(rows.at(1).field, u"setting:office.name"_s);
    EXPECT_EQ(rows.at(1).newValue, u"营商办"_s);

    // A task's own history.
    for (const HistoryEntry &e : document.store().history(1))
        EXPECT_EQ(e.taskId, 1);
    EXPECT_EQ(document.store().history(1).size(), 4); // the edit, its undo and redo, the notice
}
