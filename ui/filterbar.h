#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Taizhang {

class TaskFilterProxyModel;

// Text, unit, status and traffic-light filters above the table. Writes only to the proxy model's
// typed setters.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setProxy(TaskFilterProxyModel *proxy);
    void setUnits(const QStringList &units);
    void focusText();
    void clear();

private:
    void apply();

    TaskFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_text;
    QComboBox *m_unit;
    QComboBox *m_status;
    QComboBox *m_light;
};

} // namespace Taizhang
