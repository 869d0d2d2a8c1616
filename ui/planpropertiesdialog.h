#pragma once

#include "model/plan.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Taizhang {

// File → Plan Properties…: a plan's title, issuing office, document number, issue date, year,
// source and notes (the goals and requirements the importer kept).
class PlanPropertiesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PlanPropertiesDialog(const Plan &plan, QWidget *parent = nullptr);

    Plan plan() const; // as edited

    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *yearEdit() const { return m_year; }

private:
    Plan m_plan;
    QLineEdit *m_title;
    QLineEdit *m_issuer;
    QLineEdit *m_docNumber;
    QDateEdit *m_issued;
    QSpinBox *m_year;
    QLineEdit *m_source;
    QPlainTextEdit *m_notes;
};

} // namespace Taizhang
