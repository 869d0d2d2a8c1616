#include "closeoutdialog.h"
#include "closeoutpanel.h"
#include "document/ledgercloseouts.h"
#include "document/ledgerdocument.h"
#include "samplewindowtest.h"
#include "taskdetailpanel.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QTabWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST_F(SampleWindowTest, shouldRequestAndApproveACloseOutWithEvidenceFromTheDetailPanel)
{
    CloseOutPanel *panel = window.findChild<TaskDetailPanel *>()->closeOutPanel();
    const qint64 taskId = window.document()->store().taskPage(0, 1).first().id;
    window.selectTasks({taskId});
    panel->showTask(taskId);
    QImage photo(32, 32, QImage::Format_RGB32);
    photo.fill(Qt::blue);
    ASSERT_TRUE(photo.save(dir.path(u"photo.png"_s)));
    QFile fake(dir.path(u"setup.pdf"_s));
    ASSERT_TRUE(fake.open(QIODevice::WriteOnly));
    fake.write("MZ\x90\x00 not a document");
    fake.close();

    QStringList refusals;
    panel->requestPrompt = [&](CloseOutDialog &dialog) {
        dialog.setNote(u"已完成并通过验收"_s);
        refusals = dialog.addFiles({dir.path(u"photo.png"_s), dir.path(u"setup.pdf"_s)});
        return true;
    };
    ASSERT_TRUE(panel->requestAction()->isEnabled());
    panel->requestAction()->trigger();
    ASSERT_EQ(refusals.size(), 1) << "the program renamed .pdf";
    const std::optional<CloseOutRequest> pending = window.document()->closeOuts().pendingRequest(taskId);
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending->evidence.size(), 1);
    EXPECT_FALSE(panel->requestAction()->isEnabled()) << "one waits at a time";
    ASSERT_EQ(panel->requestTree()->topLevelItemCount(), 1);

    // The evidence opens from a copy handed to the desktop's viewer.
    QTreeWidgetItem *file = panel->requestTree()->topLevelItem(0)->child(0);
    ASSERT_TRUE(file);
    panel->requestTree()->setCurrentItem(file);
    QString opened;
    panel->openExternally = [&](const QString &path) { opened = path; };
    panel->openEvidenceAction()->trigger();
    QFile copy(opened);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly)) << opened.toStdString();
    QFile original(dir.path(u"photo.png"_s));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), original.readAll());
    saveScreenshot(&window, u"closeout-panel"_s);

    panel->notePrompt = [](const QString &, const QString &) { return std::optional<QString>(u"同意销号"_s); };
    panel->approveAction()->trigger();
    EXPECT_EQ(window.document()->store().task(taskId)->status, TaskStatus::Closed);
    // The detail panel's Changes tab lists what happened to the task, newest first.
    TaskDetailPanel *detail = window.findChild<TaskDetailPanel *>();
    detail->showTask(taskId);
    ASSERT_GE(detail->changeHistory()->topLevelItemCount(), 2);
    EXPECT_EQ(detail->changeHistory()->topLevelItem(0)->text(4), u"closed"_s);
    if (auto *tabs = window.findChild<QTabWidget *>(u"taskHistories"_s))
        tabs->setCurrentWidget(detail->changeHistory());
    saveScreenshot(&window, u"task-changes"_s);
    window.document()->undoStack()->undo();
    EXPECT_NE(window.document()->store().task(taskId)->status, TaskStatus::Closed);
    EXPECT_TRUE(panel->approveAction()->isEnabled()) << "waiting again after the undo";
}
