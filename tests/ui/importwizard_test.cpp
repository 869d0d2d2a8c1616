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
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
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

TEST_F(ImportWizardTest, shouldPasteAWpsTableFromTheClipboardAsRows)
{
    // GIVEN a table as WPS and browsers put it on the clipboard: HTML beside plain text
    auto *data = new QMimeData;
    data->setText(u"序号 工作任务 牵头单位 责任单位 完成时限"_s);
    data->setHtml(u"<html><body><table><tr><td>序号</td><td>工作任务</td><td>具体措施</td><td>牵头单位</td>"
                  "<td>责任单位</td><td>完成时限</td></tr>"
                  "<tr><td>1</td><td>推进企业开办便利化</td><td>压缩开办时间</td><td>市市场监管局</td>"
                  "<td>市税务局、市公安局</td><td>6月底前</td></tr></table></body></html>"_s);
    QApplication::clipboard()->setMimeData(data);
    ImportWizard wizard({});
    wizard.show();
    // WHEN it is pasted
    QPushButton *paste = wizard.sourcePage()->findChild<QPushButton *>(u"pasteButton"_s);
    ASSERT_NE(paste, nullptr);
    paste->click();
    // THEN the cells stay cells, and the rows read as a ledger table
    const QString pasted = wizard.sourcePage()->findChild<QPlainTextEdit *>(u"pastedText"_s)->toPlainText();
    EXPECT_TRUE(pasted.contains(u"推进企业开办便利化\t压缩开办时间\t市市场监管局"_s)) << pasted.toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    const ImportDraft result = wizard.result();
    ASSERT_EQ(result.taskCount(), 1);
    EXPECT_EQ(result.plans.first().tasks.at(0).task.leadUnits, QStringList {u"市市场监管局"_s});
    EXPECT_EQ(result.plans.first().tasks.at(0).task.coUnits, (QStringList {u"市税务局"_s, u"市公安局"_s}));
}
