#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Taizhang {

class TaskFilterProxyModel;

// Text, unit, status, traffic-light, section and deadline-window filters above every view. Writes
// only to the proxy model's typed setters.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setProxy(TaskFilterProxyModel *proxy);
    void setUnits(const QStringList &units);
    void setUnit(const QString &unit); // picks it, as if chosen in the combo
    // Sections as (id, name shown), parents before their children, names indented by depth.
    void setSections(const QList<std::pair<qint64, QString>> &sections);
    // The deadline window counts from this day (the document's today).
    void setToday(const QDate &today);
    void focusText();
    void clear();

private:
    void apply();

    TaskFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_text;
    QComboBox *m_unit;
    QComboBox *m_status;
    QComboBox *m_light;
    QComboBox *m_section;
    QComboBox *m_due;
    QDate m_today;
};

} // namespace Taizhang
