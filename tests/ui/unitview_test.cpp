#include "document/ledgerdocument.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "samplewindowtest.h"
#include "unitview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
class UnitViewTest : public SampleWindowTest {
protected:
    void SetUp() override
    {
        SampleWindowTest::SetUp();
        window.document()->setClock(std::make_shared<FixedClock>(QDate(2021, 7, 1)));
        window.resize(1600, 900);
        window.findChild<QAction *>(u"showUnitsAction"_s)->trigger();
        units = window.unitView();
    }
    UnitView *units = nullptr;
};
} // namespace

TEST_F(UnitViewTest, shouldShowAUnitsTasksByRoleAndRenameItUndoably)
{
    units->selectUnit(u"市中法"_s);
    EXPECT_EQ(units->leadTable()->model()->rowCount(), 11);
    const int cooperating = units->coTable()->model()->rowCount();
    EXPECT_EQ(window.proxyModel()->unit(), u"市中法"_s) << "every view follows the unit picked";

    saveScreenshot(&window, u"units"_s);

    units->setNameProvider(
        [](const QString &, const QString &, const QStringList &) { return u"拉萨市中级人民法院"_s; });
    units->renameAction()->trigger();
    EXPECT_EQ(units->currentUnit(), u"拉萨市中级人民法院"_s);
    EXPECT_TRUE(units->unitList()->findItems(u"市中法"_s, Qt::MatchExactly).isEmpty());
    EXPECT_EQ(units->leadTable()->model()->rowCount(), 11);
    EXPECT_EQ(units->coTable()->model()->rowCount(), cooperating);

    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    EXPECT_FALSE(units->unitList()->findItems(u"市中法"_s, Qt::MatchExactly).isEmpty());
    EXPECT_TRUE(units->unitList()->findItems(u"拉萨市中级人民法院"_s, Qt::MatchExactly).isEmpty());
}
