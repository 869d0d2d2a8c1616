#pragma once

#include "settings/preferences.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Taizhang {

// Edit → Preferences: the user's own settings (see Preferences). The language applies at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

private:
    void chooseFolder();

    QLineEdit *m_office;
    QSpinBox *m_dueSoonDays;
    QComboBox *m_language;
    QLineEdit *m_folder;
    QLineEdit *m_author;
};

} // namespace Taizhang
