#pragma once

#include <QDialog>

namespace Taizhang {

// Help → About Taizhang: the version, the libraries it is built on and their licences, and where
// it keeps its data and settings (what support asks first).
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Taizhang
