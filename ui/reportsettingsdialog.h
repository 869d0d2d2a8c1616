#pragma once

#include "report/reportsettings.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace Taizhang {

// File → Report Settings: what every printed sheet of this ledger carries (office name, titles,
// how notices are numbered and answered). Stored in the ledger file itself.
class ReportSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportSettingsDialog(const ReportSettings &settings, QWidget *parent = nullptr);

    ReportSettings settings() const;

private:
    ReportSettings m_settings;
    QLineEdit *m_office;
    QLineEdit *m_ledgerTitle;
    QLineEdit *m_noticePrefix;
    QSpinBox *m_replyDays;
    QLineEdit *m_bulletinTitle;
};

} // namespace Taizhang
