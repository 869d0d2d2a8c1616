#include "bundledresources.h"
#include "document/ledgerdocument.h"
#include "document/sampleledger.h"
#include "importpreviewpage.h"
#include "importsourcepage.h"
#include "importwizard.h"
#include "itemmodels/importdraftmodel.h"
#include "itemmodels/tasktablemodel.h"
#include "mainwindow.h"
#include "samplewindowtest.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

using ImportWizardTest = SampleWindowTest;

TEST_F(ImportWizardTest, shouldPreviewCorrectAndCommitAPlanAsOneUndoableStep)
{
    ASSERT_EQ(window.taskModel()->rowCount(), 103);
    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        ASSERT_TRUE(wizard);
        wizard->sourcePage()->setPath(TestData::dataPath(u"plan-tibet-2019.txt"_s));
        saveScreenshot(wizard, u"import-1-source"_s);
        wizard->next();
        ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPageId);
        ImportPreviewPage *preview = wizard->previewPage();
        EXPECT_TRUE(preview->summary().contains(u"22 task"));
        EXPECT_TRUE(preview->summary().contains(u"UTF-8"));
        // The first task is shown with its source; its units are marked.
        EXPECT_TRUE(preview->sourceView()->toPlainText().startsWith(u"对现有审批和许可事项"));
        EXPECT_EQ(preview->sourceView()->extraSelections().size(), 3);
        saveScreenshot(wizard, u"import-2-preview"_s);

        // A warning leads to its task: "三年内" is task 20.
        QListWidget *warnings = preview->warnings();
        for (int i = 0; i < warnings->count(); ++i) {
            if (warnings->item(i)->text().contains(u"三年内"))
                warnings->setCurrentRow(i);
        }
        const ImportDraftModel *model = wizard->model();
        EXPECT_EQ(model->task(preview->tree()->currentIndex())->task.number, u"20"_s);
        saveScreenshot(wizard, u"import-3-warning"_s);

        // Drop task 20, merge 1 with 2.
        preview->dropAction()->trigger();
        preview->tree()->setCurrentIndex(model->indexOfTask(0, 0));
        preview->mergeAction()->trigger();
        EXPECT_EQ(model->result().taskCount(), 20);

        wizard->next();
        ASSERT_EQ(wizard->currentId(), ImportWizard::TargetPageId);
        auto *plans = wizard->findChild<QTableWidget *>(u"targetPlans"_s);
        ASSERT_EQ(plans->rowCount(), 1);
        EXPECT_EQ(plans->item(0, 2)->text(), u"20"_s);
        saveScreenshot(wizard, u"import-4-target"_s);
        driven = true;
        wizard->accept();
    });
    window.findChild<QAction *>(u"importAction"_s)->trigger();
    ASSERT_TRUE(driven);
    window.taskModel()->loadAll();
    EXPECT_EQ(window.taskModel()->rowCount(), 123);

    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    window.taskModel()->loadAll();
    EXPECT_EQ(window.taskModel()->rowCount(), 103);
}

TEST_F(ImportWizardTest, shouldSayWhyASourceCannotBeReadAndStayOnThePage)
{
    const QString empty = dir.path(u"empty.docx"_s);
    QFile file(empty);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a zip");
    file.close();
    ImportWizard wizard({});
    wizard.show();
    wizard.sourcePage()->setPath(empty);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ImportWizard::SourcePageId);
    EXPECT_FALSE(wizard.sourcePage()->message().isEmpty());

    wizard.sourcePage()->setPath({});
    wizard.sourcePage()->setPastedText(
        u"（一）深化商事制度改革（牵头单位：县市场监管局）\n1．优化开办企业服务。简化住所登记要求。\n"
        u"2．完善企业退出制度。深化企业简易注销改革。\n"_s);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    const ImportDraft result = wizard.result();
    ASSERT_EQ(result.taskCount(), 2);
    EXPECT_EQ(result.plans.first().tasks.at(1).task.leadUnits, (QStringList {u"县市场监管局"_s}));
}

TEST_F(ImportWizardTest, shouldAddTheTasksOfADocumentToAPlanAlreadyInTheLedger)
{
    const QList<Plan> plans = window.document()->store().plans();
    ASSERT_EQ(plans.size(), 1);
    QTimer::singleShot(0, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        ASSERT_TRUE(wizard);
        wizard->sourcePage()->setPath(TestData::dataPath(u"plan-wushan-2021.txt"_s));
        wizard->next();
        wizard->next();
        auto *target = wizard->findChild<QComboBox *>(u"target0"_s);
        ASSERT_TRUE(target);
        target->setCurrentIndex(target->findData(plans.first().id));
        wizard->accept();
    });
    window.findChild<QAction *>(u"importAction"_s)->trigger();
    window.taskModel()->loadAll();
    EXPECT_EQ(window.taskModel()->rowCount(), 148);
    EXPECT_EQ(window.document()->store().plans().size(), 1);

    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    window.taskModel()->loadAll();
    EXPECT_EQ(window.taskModel()->rowCount(), 103);
    EXPECT_EQ(window.document()->store().plans().size(), 1) << "undo keeps the plan it added to";
}
