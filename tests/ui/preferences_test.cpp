#include "aboutdialog.h"
#include "document/ledgerdocument.h"
#include "i18n/localization.h"
#include "ledgerwindows.h"
#include "preferencesdialog.h"
#include "samplewindowtest.h"
#include "settings/preferences.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class PreferencesUiTest : public SampleWindowTest {
protected:
    void SetUp() override
    {
        m_forced = qgetenv("TAIZHANG_LANG");
        SampleWindowTest::SetUp();
    }
    void TearDown() override
    {
        qputenv("TAIZHANG_LANG", m_forced);
        Localization::install(Localization::configuredLanguage(), BundledResources::translationsPath());
        QSettings().clear();
    }
    QByteArray m_forced;
};
} // namespace

TEST_F(PreferencesUiTest, shouldApplyTheDueSoonWindowAtOnce)
{
    window.preferencesPrompt = [](PreferencesDialog &dialog) {
        saveScreenshot(&dialog, u"preferences"_s);
        Preferences preferences = dialog.preferences();
        preferences.dueSoonDays = 45;
        preferences.author = u"李四"_s;
        dialog.setPreferences(preferences);
        return true;
    };
    window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    EXPECT_EQ(window.document()->dueSoonDays(), 45);
    EXPECT_EQ(Preferences::load().dueSoonDays, 45);
    EXPECT_EQ(Preferences::load().author, u"李四"_s);
}

TEST_F(PreferencesUiTest, shouldSwitchTheLanguageWithoutARestartKeepingTheLedgerAndItsUndo)
{
    qunsetenv("TAIZHANG_LANG"); // the stored choice decides
    window.close();
    window.openLedger(dir.path(u"none.taizhang"_s), true); // the fixture's window lets go of the sample

    LedgerWindows windows;
    MainWindow *english = windows.open(samplePath);
    ASSERT_NE(english, nullptr);
    english->document()->setTaskField(english->taskModel()->taskAt(0).id, TaskField::Problems, u"经费未落实"_s);
    ASSERT_EQ(english->document()->undoStack()->count(), 1);
    Preferences preferences = Preferences::load();
    preferences.language = Localization::english();
    english->applyPreferences(preferences);
    QApplication::processEvents();
    QApplication::processEvents();
    ASSERT_EQ(windows.windows().size(), 1);
    EXPECT_EQ(windows.windows().constFirst()->menuBar()->actions().constFirst()->text(), u"&File"_s);

    preferences.language = Localization::chinese();
    windows.windows().constFirst()->applyPreferences(preferences);
    QApplication::processEvents();
    QApplication::processEvents();
    ASSERT_EQ(windows.windows().size(), 1);
    MainWindow *chinese = windows.windows().constFirst();
    EXPECT_EQ(chinese->menuBar()->actions().constFirst()->text(), u"文件(&F)"_s);
    ASSERT_NE(chinese->document(), nullptr);
    EXPECT_EQ(chinese->document()->path(), samplePath);
    EXPECT_EQ(chinese->document()->undoStack()->count(), 1) << "the undo history came along";
    saveScreenshot(chinese, u"language-switched"_s);
}

TEST_F(PreferencesUiTest, shouldTellAboutVersionLicencesAndDataFolder)
{
    AboutDialog about(&window);
    about.show();
    saveScreenshot(&about, u"about"_s);
    const auto *libraries = about.findChild<QTableWidget *>(u"libraries"_s);
    ASSERT_NE(libraries, nullptr);
    QStringList names;
    for (int row = 0; row < libraries->rowCount(); ++row)
        names << libraries->item(row, 0)->text() + u' ' + libraries->item(row, 2)->text();
    EXPECT_TRUE(names.contains(u"Qt LGPL-3.0"_s)) << names.join(u", "_s).toStdString();
    EXPECT_TRUE(names.contains(u"libxlsxwriter BSD-2-Clause"_s));
    EXPECT_TRUE(about.findChild<QLabel *>(u"folders"_s)
                    ->text()
                    .contains(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}
