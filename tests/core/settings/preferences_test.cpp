#include "i18n/localization.h"
#include "report/reportsettings.h"
#include "settings/preferences.h"
#include "storage/ledgerstore.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QDir>
#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
// TAIZHANG_LANG would override the stored language; these tests read what is stored.
class PreferencesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_forced = qgetenv("TAIZHANG_LANG");
        qunsetenv("TAIZHANG_LANG");
        QSettings().clear();
    }
    void TearDown() override
    {
        QSettings().clear();
        qputenv("TAIZHANG_LANG", m_forced);
    }
    QByteArray m_forced;
};
} // namespace

TEST_F(PreferencesTest, shouldKeepEverySettingAcrossARestart)
{
    const Preferences defaults = Preferences::load();
    EXPECT_EQ(defaults.dueSoonDays, 15);
    EXPECT_EQ(defaults.language, Localization::chinese()) << "Chinese unless chosen otherwise";
    EXPECT_EQ(defaults.officeName, QString());

    TestData::ScratchDir dir;
    Preferences chosen;
    chosen.officeName = u"拉萨市优化营商环境工作领导小组办公室"_s;
    chosen.dueSoonDays = 30;
    chosen.language = Localization::english();
    chosen.folder = dir.path(u"."_s);
    chosen.author = u"王五"_s;
    chosen.save();
    QSettings().sync();

    const Preferences loaded = Preferences::load();
    EXPECT_EQ(loaded.officeName, chosen.officeName);
    EXPECT_EQ(loaded.dueSoonDays, 30);
    EXPECT_EQ(loaded.language, Localization::english());
    EXPECT_EQ(loaded.folder, chosen.folder);
    EXPECT_EQ(loaded.author, u"王五"_s);
    EXPECT_EQ(QDir(Preferences::startFolder()), QDir(chosen.folder));

    // A folder that has gone is not offered to the file dialogs.
    chosen.folder = dir.path(u"gone"_s);
    chosen.save();
    EXPECT_NE(QDir(Preferences::startFolder()), QDir(chosen.folder));
}

TEST_F(PreferencesTest, shouldPrintTheUsersOfficeWhenTheLedgerNamesNone)
{
    Preferences preferences = Preferences::load();
    preferences.officeName = u"巫山县优化营商环境办公室"_s;
    preferences.save();

    TestData::ScratchDir dir;
    SqliteLedgerStore store;
    ASSERT_TRUE(store.open(dir.path(u"l.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    EXPECT_EQ(ReportSettings::load(store, Preferences::load().officeName).officeName, u"巫山县优化营商环境办公室"_s);
    ReportSettings own = ReportSettings::load(store, Preferences::load().officeName);
    own.officeName = u"拉萨市优化营商环境工作领导小组办公室"_s;
    ASSERT_TRUE(store.setSettings(own.values()));
    EXPECT_EQ(ReportSettings::load(store, Preferences::load().officeName).officeName, own.officeName)
        << "the ledger's own office comes first";
}
