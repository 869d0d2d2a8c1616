#include "bulkeditdialog.h"
#include "bundledresources.h"
#include "document/ledgerdocument.h"
#include "document/sampleledger.h"
#include "i18n/localization.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "mainwindow.h"
#include "samplewindowtest.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
// Chinese is typed through an input method, which commits whole strings; so do we.
void typeChinese(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

class MainWindowTest : public SampleWindowTest {
protected:
    void SetUp() override
    {
        SampleWindowTest::SetUp();
        window.document()->setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
        window.taskModel()->loadAll();
    }

    QModelIndex proxyIndexOf(const QString &number, int column) const
    {
        QAbstractItemModel *proxy = window.tableView()->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, TaskTableModel::NumberColumn);
            if (index.data().toString() == number)
                return proxy->index(row, column);
        }
        return {};
    }
};
} // namespace

TEST_F(MainWindowTest, shouldOpenTheSampleLedger)
{
    EXPECT_EQ(window.taskModel()->rowCount(), 103);
    EXPECT_TRUE(window.windowTitle().contains(u"Lhasa"_s) || window.windowTitle().contains(u"拉萨"_s))
        << window.windowTitle().toStdString();
    QTest::qWait(100); // the status bar counts after a short pause
    auto *counts = window.findChild<QLabel *>(u"taskCounts"_s);
    ASSERT_NE(counts, nullptr);
    EXPECT_TRUE(counts->text().startsWith(u"103 of 103"_s)) << counts->text().toStdString();
}

TEST_F(MainWindowTest, shouldFilterByUnitEditADeadlineAndUndoIt)
{
    // GIVEN the unit filter set to 市中法 (the intermediate court)
    auto *unitFilter = window.findChild<QComboBox *>(u"unitFilter"_s);
    ASSERT_NE(unitFilter, nullptr);
    const int court = unitFilter->findData(u"市中法"_s);
    ASSERT_GE(court, 0);
    unitFilter->setCurrentIndex(court);
    QAbstractItemModel *shown = window.tableView()->model();
    ASSERT_EQ(shown->rowCount(), 11);
    for (int row = 0; row < shown->rowCount(); ++row)
        EXPECT_TRUE(shown->index(row, 0).data(TaskTableModel::UnitsRole).toStringList().contains(u"市中法"_s));

    // WHEN the deadline of task 41 is typed over in the table
    const QModelIndex deadline = proxyIndexOf(u"41"_s, TaskTableModel::DeadlineColumn);
    ASSERT_TRUE(deadline.isValid());
    QTableView *table = window.tableView();
    table->setFocus();
    table->setCurrentIndex(deadline);
    QTest::keyClick(table->viewport(), Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    typeChinese(editor, u"今年11月底前"_s);
    ASSERT_EQ(editor->text(), u"今年11月底前"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call

    // THEN the new text is re-parsed and saved at once
    const QModelIndex due = proxyIndexOf(u"41"_s, TaskTableModel::DueColumn);
    EXPECT_EQ(proxyIndexOf(u"41"_s, TaskTableModel::DeadlineColumn).data().toString(), u"今年11月底前"_s);
    EXPECT_EQ(due.data().toString(), u"2021-11-30"_s);
    const qint64 id = due.data(TaskTableModel::TaskIdRole).toLongLong();
    EXPECT_EQ(window.document()->store().task(id)->deadline.due, QDate(2021, 11, 30));

    // AND Edit → Undo puts the old deadline back, in the table and in the file
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    ASSERT_NE(undo, nullptr);
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(proxyIndexOf(u"41"_s, TaskTableModel::DeadlineColumn).data().toString(), u"6月底"_s);
    EXPECT_EQ(window.document()->store().task(id)->deadline.due, QDate(2021, 6, 30));
}

TEST_F(MainWindowTest, shouldAddProgressFromTheDetailPanel)
{
    const QModelIndex title = proxyIndexOf(u"3"_s, TaskTableModel::TitleColumn);
    window.tableView()->setCurrentIndex(title);
    auto *text = window.findChild<QLineEdit *>(u"progressText"_s);
    ASSERT_NE(text, nullptr);
    typeChinese(text, u"已完成系统上线"_s);
    QTest::keyClick(text, Qt::Key_Return);
    const qint64 id = title.data(TaskTableModel::TaskIdRole).toLongLong();
    const Task task = *window.document()->store().task(id);
    ASSERT_EQ(task.progress.size(), 1);
    EXPECT_EQ(task.progress.constFirst().text, u"已完成系统上线"_s);
    EXPECT_TRUE(proxyIndexOf(u"3"_s, TaskTableModel::ProgressColumn).data().toString().contains(u"已完成系统上线"_s));
}

TEST_F(MainWindowTest, shouldSetOneFieldOnTheSelectedTasksAsOneStep)
{
    QTableView *table = window.tableView();
    QAbstractItemModel *shown = table->model();
    QList<qint64> ids;
    for (int row = 0; row < 3; ++row) {
        table->selectionModel()->select(shown->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ids.append(shown->index(row, 0).data(TaskTableModel::TaskIdRole).toLongLong());
    }
    ASSERT_EQ(window.selectedTaskIds().size(), 3);
    const QStringList before = window.document()->store().task(ids.first())->leadUnits;
    window.bulkEditPrompt = [](BulkEditDialog &dialog) {
        dialog.setField(TaskField::LeadUnits);
        dialog.setText(u"市发改委、市财政局"_s);
        return true;
    };
    window.findChild<QAction *>(u"bulkEditAction"_s)->trigger();
    for (qint64 id : ids)
        EXPECT_EQ(window.document()->store().task(id)->leadUnits, (QStringList {u"市发改委"_s, u"市财政局"_s}));
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    EXPECT_EQ(window.document()->store().task(ids.first())->leadUnits, before);
}

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    // Discovery (gtest_discover_tests) runs this without ctest's environment: never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Each test process its own settings: ctest runs tests side by side, and one that sets a
    // preference must not change what another reads.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(u"TaizhangTests"_s);
    QApplication::setApplicationName(u"TaizhangUiTests"_s);
    // Tests assert English text; `make screenshots` sets TAIZHANG_LANG=zh_CN to show what users see.
    if (qEnvironmentVariableIsEmpty("TAIZHANG_LANG"))
        qputenv("TAIZHANG_LANG", "en");
    Localization::install(Localization::configuredLanguage(), BundledResources::translationsPath());
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
