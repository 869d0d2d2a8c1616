#pragma once

#include "rounds/roundplanner.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Taizhang {

// Reporting → New Round: its name, the period and due date (proposed by the office's rhythm),
// and whether it covers every open task or those the filter shows.
class NewRoundDialog : public QDialog {
    Q_OBJECT

public:
    NewRoundDialog(const RoundSchedule &schedule, const QDate &today, const QStringList &takenNames,
        int filteredTasks, QWidget *parent = nullptr);

    QString name() const;
    QDate due() const;
    QDate periodEnd() const;
    bool filteredOnly() const;
    RoundSchedule schedule() const;

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *dueEdit() const { return m_due; }
    QRadioButton *filteredButton() const { return m_filtered; }

private:
    void propose();

    QDate m_today;
    QStringList m_taken;
    QComboBox *m_rhythm;
    QSpinBox *m_dueDay;
    QLineEdit *m_name;
    QDateEdit *m_periodEnd;
    QDateEdit *m_due;
    QRadioButton *m_all;
    QRadioButton *m_filtered;
};

} // namespace Taizhang
