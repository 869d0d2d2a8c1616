#pragma once

#include "report/reportsettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Taizhang {

// File → Report Settings: what every printed sheet of this ledger carries (office name, titles,
// how notices are numbered and answered), when each rung of the escalation ladder is due, and the
// unit scores' rules. Stored in the ledger file itself; one undo step.
class ReportSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportSettingsDialog(const ReportSettings &settings, QWidget *parent = nullptr);

    ReportSettings settings() const;
    QTabWidget *tabs() const { return m_tabs; }

private:
    ReportSettings m_settings;
    QLineEdit *m_office;
    QLineEdit *m_ledgerTitle;
    QLineEdit *m_noticePrefix;
    QSpinBox *m_replyDays;
    QLineEdit *m_bulletinTitle;
    QTabWidget *m_tabs;
    QSpinBox *m_reminderDays;
    QSpinBox *m_urgeAfter;
    QCheckBox *m_urgeOnMissedRound;
    QSpinBox *m_superviseAfter;
    QSpinBox *m_bulletinAfter;
    QSpinBox *m_interviewAfter;
    QDoubleSpinBox *m_base;
    QDoubleSpinBox *m_minimum;
    QDoubleSpinBox *m_maximum;
    QCheckBox *m_ruleOn[ScoreScheme::RuleCount];
    QDoubleSpinBox *m_rulePoints[ScoreScheme::RuleCount];
};

} // namespace Taizhang
