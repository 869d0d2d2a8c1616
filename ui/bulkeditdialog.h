#pragma once

#include "document/taskfield.h"

#include <QDialog>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace Taizhang {

// Edit → Edit Selected Tasks…: one field (status, lead units, cooperating units, deadline) set to
// one value on every selected task, as one undo step.
class BulkEditDialog : public QDialog {
    Q_OBJECT

public:
    BulkEditDialog(int taskCount, QWidget *parent = nullptr);

    TaskField field() const;
    QVariant value() const; // an int TaskStatus for Status, the text otherwise
    void setField(TaskField field);
    void setText(const QString &text);
    void setStatus(int status);

private:
    QComboBox *m_field;
    QStackedWidget *m_editors;
    QComboBox *m_status;
    QLineEdit *m_text;
};

} // namespace Taizhang
