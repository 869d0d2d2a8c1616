#include "document/ledgerdocument.h"
#include "report/escalationladder.h"
#include "reportsettingsdialog.h"
#include "samplewindowtest.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST_F(SampleWindowTest, shouldSetTheLadderAndTheScoresInReportSettingsAsOneUndoStep)
{
    LedgerDocument *document = window.document();
    ReportSettingsDialog dialog(ReportSettings::load(document->store()));
    ASSERT_EQ(dialog.tabs()->count(), 3);
    // The ladder's page: the supervision notice after 10 days instead of 15.
    QList<QSpinBox *> days = dialog.tabs()->widget(1)->findChildren<QSpinBox *>();
    ASSERT_EQ(days.size(), 5);
    days.at(2)->setValue(10);
    // The scores' page: early finishes switched off.
    const QList<QCheckBox *> rules = dialog.tabs()->widget(2)->findChildren<QCheckBox *>();
    ASSERT_EQ(rules.size(), ScoreScheme::RuleCount);
    rules.at(ScoreScheme::Early)->setChecked(false);
    dialog.show();
    dialog.tabs()->setCurrentIndex(1);
    saveScreenshot(&dialog, u"report-settings-escalation"_s);
    dialog.tabs()->setCurrentIndex(2);
    saveScreenshot(&dialog, u"report-settings-scores"_s);

    ASSERT_TRUE(document->setReportSettings(dialog.settings()));
    EXPECT_EQ(EscalationRules::load(document->store()).superviseAfterDays, 10);
    EXPECT_FALSE(ScoreScheme::load(document->store()).enabled[ScoreScheme::Early]);
    document->undoStack()->undo();
    EXPECT_EQ(EscalationRules::load(document->store()).superviseAfterDays, 15);
    EXPECT_TRUE(ScoreScheme::load(document->store()).enabled[ScoreScheme::Early]);
}
