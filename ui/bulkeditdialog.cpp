#include "bulkeditdialog.h"

#include "model/taskstatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace Taizhang {

BulkEditDialog::BulkEditDialog(int taskCount, QWidget *parent)
    : QDialog(parent)
    , m_field(new QComboBox(this))
    , m_editors(new QStackedWidget(this))
    , m_status(new QComboBox(this))
    , m_text(new QLineEdit(this))
{
    setObjectName(u"bulkEditDialog"_s);
    setWindowTitle(tr("Edit %n selected task(s)", nullptr, taskCount));
    m_field->addItem(tr("Status"), int(TaskField::Status));
    m_field->addItem(tr("Lead units"), int(TaskField::LeadUnits));
    m_field->addItem(tr("Cooperating units"), int(TaskField::CoUnits));
    m_field->addItem(tr("Responsible leaders"), int(TaskField::Leaders));
    m_field->addItem(tr("Deadline"), int(TaskField::Deadline));
    for (TaskStatus status : TaskStatuses::all)
        m_status->addItem(TaskStatuses::label(status), int(status));
    m_text->setPlaceholderText(tr("Units separated by 、, or a deadline such as 9月底前"));
    m_editors->addWidget(m_status);
    m_editors->addWidget(m_text);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_editors->setCurrentWidget(field() == TaskField::Status ? static_cast<QWidget *>(m_status) : m_text);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(
        tr("Set one field on all %n selected task(s); Edit → Undo takes it back.", nullptr, taskCount), this));
    form->addRow(tr("Field:"), m_field);
    form->addRow(tr("New value:"), m_editors);
    form->addRow(buttons);
}

TaskField BulkEditDialog::field() const
{
    return TaskField(m_field->currentData().toInt());
}

QVariant BulkEditDialog::value() const
{
    if (field() == TaskField::Status)
        return m_status->currentData().toInt();
    return m_text->text().trimmed();
}

void BulkEditDialog::setField(TaskField field)
{
    m_field->setCurrentIndex(std::max(0, m_field->findData(int(field))));
}

void BulkEditDialog::setText(const QString &text)
{
    m_text->setText(text);
}

void BulkEditDialog::setStatus(int status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

} // namespace Taizhang
