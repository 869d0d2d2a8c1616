#include "planpropertiesdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Taizhang {

PlanPropertiesDialog::PlanPropertiesDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_title(new QLineEdit(plan.title, this))
    , m_issuer(new QLineEdit(plan.issuer, this))
    , m_docNumber(new QLineEdit(plan.docNumber, this))
    , m_issued(new QDateEdit(this))
    , m_year(new QSpinBox(this))
    , m_source(new QLineEdit(plan.source, this))
    , m_notes(new QPlainTextEdit(plan.notes, this))
{
    setWindowTitle(tr("Plan Properties"));
    m_title->setObjectName(u"planTitle"_s);
    m_docNumber->setObjectName(u"planDocNumber"_s);
    m_docNumber->setPlaceholderText(tr("e.g. 巫山府办发〔2021〕66号"));
    m_issued->setObjectName(u"planIssued"_s);
    m_issued->setCalendarPopup(true);
    m_issued->setDisplayFormat(u"yyyy-MM-dd"_s);
    // An unknown date shows as the minimum, "—", and stays unknown unless the user sets one.
    m_issued->setMinimumDate(QDate(1949, 1, 1));
    m_issued->setSpecialValueText(tr("—"));
    m_issued->setDate(plan.issued.isValid() ? plan.issued : m_issued->minimumDate());
    m_year->setObjectName(u"planYear"_s);
    m_year->setRange(1949, 2200);
    m_year->setValue(plan.year > 0 ? plan.year : QDate::currentDate().year());
    m_year->setToolTip(tr("Deadlines that name no year (\"6月底\") are read in this year."));
    m_notes->setObjectName(u"planNotes"_s);
    m_notes->setPlaceholderText(tr("Goals and requirements of the plan (工作目标, 工作要求 …)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Issuing &office:"), m_issuer);
    form->addRow(tr("Document &number:"), m_docNumber);
    form->addRow(tr("&Issued:"), m_issued);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 480);
}

Plan PlanPropertiesDialog::plan() const
{
    Plan plan = m_plan;
    plan.title = m_title->text().trimmed();
    plan.issuer = m_issuer->text().trimmed();
    plan.docNumber = m_docNumber->text().trimmed();
    plan.issued = m_issued->date() == m_issued->minimumDate() ? QDate() : m_issued->date();
    plan.year = m_year->value();
    plan.source = m_source->text().trimmed();
    plan.notes = m_notes->toPlainText();
    return plan;
}

} // namespace Taizhang
