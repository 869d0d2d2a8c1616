#include "preferencesdialog.h"

#include "i18n/localization.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Taizhang {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_office(new QLineEdit(this))
    , m_dueSoonDays(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_author(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_office->setPlaceholderText(tr("Printed on reports when the ledger names no office"));
    m_dueSoonDays->setRange(0, 365);
    m_dueSoonDays->setSuffix(tr(" days"));
    for (const QString &language : Localization::languages())
        m_language->addItem(Localization::nativeName(language), language);
    m_author->setPlaceholderText(tr("Stamped on the progress entries you add"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("&Due soon within:"), m_dueSoonDays);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Folder for ledgers and &exports:"), folderRow);
    form->addRow(tr("&Your name:"), m_author);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    setPreferences(preferences);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.officeName = m_office->text().trimmed();
    preferences.dueSoonDays = m_dueSoonDays->value();
    preferences.language = m_language->currentData().toString();
    preferences.folder = m_folder->text().trimmed();
    preferences.author = m_author->text().trimmed();
    return preferences;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_office->setText(preferences.officeName);
    m_dueSoonDays->setValue(preferences.dueSoonDays);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_folder->setText(preferences.folder);
    m_author->setText(preferences.author);
}

void PreferencesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for Ledgers and Exports"),
        m_folder->text().isEmpty() ? Preferences::startFolder() : m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

} // namespace Taizhang
