#pragma once

#include "report/report.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Taizhang {

// Which report to print or export, for which unit, over which tasks: asked before File → Print,
// Print Preview, Export PDF and Export Excel.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(const QList<Report::Kind> &kinds, const QStringList &units, int meetingDays, bool filterActive,
        const QString &actionText, QWidget *parent = nullptr);

    Report::Kind kind() const;
    void setKind(Report::Kind kind);
    QString unit() const; // empty: every unit
    void setUnit(const QString &unit);
    int meetingDays() const;
    bool filteredOnly() const; // only the tasks the filter shows
    void setFilteredOnly(bool only);

private:
    void updateEnabled();

    QComboBox *m_kind;
    QComboBox *m_unit;
    QSpinBox *m_meetingDays;
    QCheckBox *m_filtered;
};

} // namespace Taizhang
