#include "reportsettingsdialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Taizhang {

ReportSettingsDialog::ReportSettingsDialog(const ReportSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_office(new QLineEdit(settings.officeName, this))
    , m_ledgerTitle(new QLineEdit(settings.ledgerTitle, this))
    , m_noticePrefix(new QLineEdit(settings.noticePrefix, this))
    , m_replyDays(new QSpinBox(this))
    , m_bulletinTitle(new QLineEdit(settings.bulletinTitle, this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Report Settings"));
    m_ledgerTitle->setPlaceholderText(tr("The plan's title"));
    m_replyDays->setRange(1, 90);
    m_replyDays->setValue(settings.replyDays);
    m_replyDays->setSuffix(tr(" days"));
    auto *example = new QLabel(this);
    auto updateExample = [this, example] {
        ReportSettings preview = m_settings;
        preview.noticePrefix = m_noticePrefix->text();
        example->setText(tr("Numbered as: %1").arg(preview.noticeNumber(QDate::currentDate().year(), 1)));
    };
    connect(m_noticePrefix, &QLineEdit::textChanged, this, updateExample);
    updateExample();

    auto *printed = new QWidget(this);
    auto *form = new QFormLayout(printed);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("&Ledger title:"), m_ledgerTitle);
    form->addRow(tr("&Bulletin title:"), m_bulletinTitle);
    form->addRow(tr("&Notice numbers:"), m_noticePrefix);
    form->addRow(QString(), example);
    form->addRow(tr("&Reply within:"), m_replyDays);
    m_tabs->addTab(printed, tr("Printed sheets"));

    // The escalation ladder: days, as offices write their rules.
    auto days = [this](int value, int maximum, const QString &suffix) {
        auto *box = new QSpinBox(this);
        box->setRange(0, maximum);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    const EscalationRules &ladder = settings.escalation;
    m_reminderDays = days(ladder.reminderDays, 90, tr(" days before the deadline"));
    m_reminderDays->setSpecialValueText(tr("No reminders"));
    m_urgeAfter = days(ladder.urgeAfterDays, 90, tr(" days overdue"));
    m_urgeOnMissedRound = new QCheckBox(tr("Also when the lead unit missed a reporting round"), this);
    m_urgeOnMissedRound->setChecked(ladder.urgeOnMissedRound);
    m_superviseAfter = days(ladder.superviseAfterDays, 365, tr(" days overdue"));
    m_bulletinAfter = days(ladder.bulletinAfterDays, 365, tr(" days overdue"));
    m_interviewAfter = days(ladder.interviewAfterSupervisions, 10, tr(" unanswered supervision notices"));
    m_interviewAfter->setMinimum(1);
    auto *ladderPage = new QWidget(this);
    auto *ladderForm = new QFormLayout(ladderPage);
    ladderForm->addRow(tr("Reminder:"), m_reminderDays);
    ladderForm->addRow(tr("Urging notice:"), m_urgeAfter);
    ladderForm->addRow(QString(), m_urgeOnMissedRound);
    ladderForm->addRow(tr("Supervision notice:"), m_superviseAfter);
    ladderForm->addRow(QString(), new QLabel(tr("or when an urging notice's reply date passed unanswered"), this));
    ladderForm->addRow(tr("Named in the bulletin:"), m_bulletinAfter);
    ladderForm->addRow(tr("Interview:"), m_interviewAfter);
    m_tabs->addTab(ladderPage, tr("Escalation"));

    // The unit scores: a base and bounds, each rule's points or off.
    const ScoreScheme &scoring = settings.scoring;
    auto points = [this](double value, double from, double to) {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(from, to);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setValue(value);
        return box;
    };
    m_base = points(scoring.base, 0, 1000);
    m_minimum = points(scoring.minimum, -1000, 1000);
    m_maximum = points(scoring.maximum, 0, 1000);
    auto *scorePage = new QWidget(this);
    auto *scoreForm = new QFormLayout(scorePage);
    scoreForm->addRow(tr("Base score:"), m_base);
    auto *bounds = new QHBoxLayout;
    bounds->addWidget(m_minimum);
    bounds->addWidget(new QLabel(tr("to"), this));
    bounds->addWidget(m_maximum);
    scoreForm->addRow(tr("Kept within:"), bounds);
    for (ScoreScheme::Rule rule : ScoreScheme::rules) {
        m_ruleOn[rule] = new QCheckBox(ScoreScheme::label(rule), this);
        m_ruleOn[rule]->setChecked(scoring.enabled[rule]);
        m_rulePoints[rule] = points(scoring.points[rule], -100, 100);
        m_rulePoints[rule]->setEnabled(scoring.enabled[rule]);
        connect(m_ruleOn[rule], &QCheckBox::toggled, m_rulePoints[rule], &QWidget::setEnabled);
        scoreForm->addRow(m_ruleOn[rule], m_rulePoints[rule]);
    }
    m_tabs->addTab(scorePage, tr("Unit scores"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

ReportSettings ReportSettingsDialog::settings() const
{
    ReportSettings settings = m_settings;
    settings.officeName = m_office->text().trimmed();
    settings.ledgerTitle = m_ledgerTitle->text().trimmed();
    settings.noticePrefix = m_noticePrefix->text().trimmed();
    settings.replyDays = m_replyDays->value();
    settings.bulletinTitle = m_bulletinTitle->text().trimmed();
    settings.escalation.reminderDays = m_reminderDays->value();
    settings.escalation.urgeAfterDays = m_urgeAfter->value();
    settings.escalation.urgeOnMissedRound = m_urgeOnMissedRound->isChecked();
    settings.escalation.superviseAfterDays = m_superviseAfter->value();
    settings.escalation.bulletinAfterDays = m_bulletinAfter->value();
    settings.escalation.interviewAfterSupervisions = m_interviewAfter->value();
    settings.scoring.base = m_base->value();
    settings.scoring.minimum = m_minimum->value();
    settings.scoring.maximum = m_maximum->value();
    for (ScoreScheme::Rule rule : ScoreScheme::rules) {
        settings.scoring.enabled[rule] = m_ruleOn[rule]->isChecked();
        settings.scoring.points[rule] = m_rulePoints[rule]->value();
    }
    return settings;
}

} // namespace Taizhang
