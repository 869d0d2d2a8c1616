#include "reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace Taizhang {

ReportDialog::ReportDialog(const QList<Report::Kind> &kinds, const QStringList &units, int meetingDays,
    bool filterActive, const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_meetingDays(new QSpinBox(this))
    , m_filtered(new QCheckBox(tr("Only the tasks the current filter shows"), this))
{
    setWindowTitle(actionText);
    for (const Report::Kind kind : kinds)
        m_kind->addItem(Report::label(kind), int(kind));
    m_unit->addItem(tr("Every unit"), QString());
    for (const QString &unit : units)
        m_unit->addItem(unit, unit);
    m_meetingDays->setRange(1, 365);
    m_meetingDays->setValue(meetingDays);
    m_meetingDays->setSuffix(tr(" days"));
    m_filtered->setChecked(filterActive);
    m_filtered->setEnabled(filterActive);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("Meeting sheet: &due within"), m_meetingDays);
    form->addRow(m_filtered);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateEnabled);
    updateEnabled();
}

Report::Kind ReportDialog::kind() const
{
    return Report::Kind(m_kind->currentData().toInt());
}

void ReportDialog::setKind(Report::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString ReportDialog::unit() const
{
    return m_unit->currentData().toString();
}

void ReportDialog::setUnit(const QString &unit)
{
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
}

int ReportDialog::meetingDays() const
{
    return m_meetingDays->value();
}

bool ReportDialog::filteredOnly() const
{
    return m_filtered->isChecked();
}

void ReportDialog::setFilteredOnly(bool only)
{
    m_filtered->setChecked(only);
}

void ReportDialog::updateEnabled()
{
    m_meetingDays->setEnabled(kind() == Report::Kind::Meeting);
}

} // namespace Taizhang
