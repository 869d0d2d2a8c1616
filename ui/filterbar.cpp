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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 3);
    layout->addWidget(new QLabel(tr("Unit"), this));
    layout->addWidget(m_unit, 2);
    layout->addWidget(new QLabel(tr("Status"), this));
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Warning"), this));
    layout->addWidget(m_light);

    // Typing filters after a short pause, so a 100,000-row ledger is not filtered per keystroke.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_light, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
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
}

} // namespace Taizhang
