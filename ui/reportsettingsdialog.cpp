#include "reportsettingsdialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Taizhang {

ReportSettingsDialog::ReportSettingsDialog(const ReportSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_office(new QLineEdit(settings.officeName, this))
    , m_ledgerTitle(new QLineEdit(settings.ledgerTitle, this))
    , m_noticePrefix(new QLineEdit(settings.noticePrefix, this))
    , m_replyDays(new QSpinBox(this))
    , m_bulletinTitle(new QLineEdit(settings.bulletinTitle, this))
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

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("&Ledger title:"), m_ledgerTitle);
    form->addRow(tr("&Bulletin title:"), m_bulletinTitle);
    form->addRow(tr("&Notice numbers:"), m_noticePrefix);
    form->addRow(QString(), example);
    form->addRow(tr("&Reply within:"), m_replyDays);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
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
    return settings;
}

} // namespace Taizhang
