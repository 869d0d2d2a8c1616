#include "filterbar.h"

#include "itemmodels/taskfilterproxymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Taizhang {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_light(new QComboBox(this))
    , m_section(new QComboBox(this))
    , m_due(new QComboBox(this))
    , m_today(QDate::currentDate())
{
    m_text->setObjectName(u"textFilter"_s);
    m_text->setPlaceholderText(tr("Search key work, requirement, units, progress…"));
    m_text->setClearButtonEnabled(true);
    m_unit->setObjectName(u"unitFilter"_s);
    m_unit->setMinimumContentsLength(14);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setObjectName(u"statusFilter"_s);
    m_light->setObjectName(u"lightFilter"_s);

    m_status->addItem(tr("All statuses"), -1);
    for (TaskStatus status : TaskStatuses::all)
        m_status->addItem(TaskStatuses::label(status), int(status));
    m_light->addItem(tr("All warnings"), -1);
    for (TrafficLight light : TrafficLights::all)
        m_light->addItem(TrafficLights::label(light), int(light));
    setUnits({});
    m_section->setObjectName(u"sectionFilter"_s);
    m_section->setMinimumContentsLength(10);
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setSections({});
    m_due->setObjectName(u"dueFilter"_s);
    m_due->addItem(tr("Any deadline"), -1);
    for (int days : {7, 15, 30, 90})
        m_due->addItem(tr("Due within %n day(s)", nullptr, days), days);
    m_due->addItem(tr("Due this month"), 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 3);
    layout->addWidget(new QLabel(tr("Unit"), this));
    layout->addWidget(m_unit, 2);
    layout->addWidget(new QLabel(tr("Status"), this));
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Warning"), this));
    layout->addWidget(m_light);
    layout->addWidget(new QLabel(tr("Section"), this));
    layout->addWidget(m_section, 1);
    layout->addWidget(m_due);

    // Typing filters after a short pause, so a 100,000-row ledger is not filtered per keystroke.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_light, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_section, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_due, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
}

void FilterBar::setSections(const QList<std::pair<qint64, QString>> &sections)
{
    const qint64 current = m_section->currentData().toLongLong();
    const QSignalBlocker blocker(m_section);
    m_section->clear();
    m_section->addItem(tr("All sections"), qint64(0));
    for (const auto &[id, name] : sections)
        m_section->addItem(name, id);
    m_section->setCurrentIndex(std::max(0, m_section->findData(current)));
}

void FilterBar::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    apply();
}

void FilterBar::setProxy(TaskFilterProxyModel *proxy)
{
    m_proxy = proxy;
    apply();
}

void FilterBar::setUnits(const QStringList &units)
{
    const QString current = m_unit->currentData().toString();
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    for (const QString &unit : units)
        m_unit->addItem(unit, unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(current)));
    if (m_unit->currentData().toString() != current)
        apply(); // the unit filtered on is gone (merged or renamed): stop filtering on it
}

void FilterBar::setUnit(const QString &unit)
{
    const int index = m_unit->findData(unit);
    if (index >= 0)
        m_unit->setCurrentIndex(index); // applies through currentIndexChanged
}

void FilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FilterBar::clear()
{
    m_text->clear();
    m_unit->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_light->setCurrentIndex(0);
    m_section->setCurrentIndex(0);
    m_due->setCurrentIndex(0);
    apply();
}

void FilterBar::apply()
{
    if (!m_proxy)
        return;
    m_proxy->setText(m_text->text());
    m_proxy->setUnit(m_unit->currentData().toString());
    const int status = m_status->currentData().toInt();
    m_proxy->setStatus(status < 0 ? std::nullopt : std::optional<TaskStatus>(TaskStatus(status)));
    const int light = m_light->currentData().toInt();
    m_proxy->setLight(light < 0 ? std::nullopt : std::optional<TrafficLight>(TrafficLight(light)));
    m_proxy->setSection(m_section->currentData().toLongLong());
    const int days = m_due->currentData().toInt();
    if (days < 0)
        m_proxy->setDueWindow(std::nullopt);
    else if (days == 0)
        m_proxy->setDueWindow(std::pair {
            QDate(m_today.year(), m_today.month(), 1), QDate(m_today.year(), m_today.month(), m_today.daysInMonth())});
    else
        m_proxy->setDueWindow(std::pair {m_today, m_today.addDays(days)});
}

} // namespace Taizhang
