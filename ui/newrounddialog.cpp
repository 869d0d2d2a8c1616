#include "newrounddialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

NewRoundDialog::NewRoundDialog(const RoundSchedule &schedule, const QDate &today, const QStringList &takenNames,
    int filteredTasks, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_taken(takenNames)
    , m_rhythm(new QComboBox(this))
    , m_dueDay(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_periodEnd(new QDateEdit(this))
    , m_due(new QDateEdit(this))
    , m_all(new QRadioButton(tr("Every open task"), this))
    , m_filtered(new QRadioButton(tr("The %n task(s) the filter shows", nullptr, filteredTasks), this))
{
    setObjectName(u"newRoundDialog"_s);
    setWindowTitle(tr("New Reporting Round"));
    m_rhythm->addItem(tr("Monthly"), int(RoundSchedule::Rhythm::Monthly));
    m_rhythm->addItem(tr("Quarterly"), int(RoundSchedule::Rhythm::Quarterly));
    m_rhythm->setCurrentIndex(schedule.rhythm == RoundSchedule::Rhythm::Monthly ? 0 : 1);
    m_dueDay->setRange(1, 28);
    m_dueDay->setValue(std::min(schedule.dueDay, 28));
    m_dueDay->setSuffix(tr(" of the next month"));
    for (QDateEdit *edit : {m_periodEnd, m_due}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_name->setObjectName(u"roundName"_s);
    m_due->setObjectName(u"roundDue"_s);
    m_all->setChecked(true);
    m_filtered->setEnabled(filteredTasks > 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Rhythm:"), m_rhythm);
    form->addRow(tr("Returns due on day:"), m_dueDay);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Period ends:"), m_periodEnd);
    form->addRow(tr("Returns due:"), m_due);
    form->addRow(tr("Tasks:"), m_all);
    form->addRow(QString(), m_filtered);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Round"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
        [this, buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_rhythm, &QComboBox::currentIndexChanged, this, &NewRoundDialog::propose);
    connect(m_dueDay, &QSpinBox::valueChanged, this, &NewRoundDialog::propose);
    propose();
}

void NewRoundDialog::propose()
{
    const RoundSchedule::Proposal p = schedule().next(m_today, m_taken);
    m_name->setText(p.name);
    m_periodEnd->setDate(p.periodEnd);
    m_due->setDate(p.due);
}

RoundSchedule NewRoundDialog::schedule() const
{
    RoundSchedule s;
    s.rhythm = RoundSchedule::Rhythm(m_rhythm->currentData().toInt());
    s.dueDay = m_dueDay->value();
    return s;
}

QString NewRoundDialog::name() const
{
    return m_name->text().trimmed();
}

QDate NewRoundDialog::due() const
{
    return m_due->date();
}

QDate NewRoundDialog::periodEnd() const
{
    return m_periodEnd->date();
}

bool NewRoundDialog::filteredOnly() const
{
    return m_filtered->isChecked();
}

} // namespace Taizhang
