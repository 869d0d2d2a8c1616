#include "unitview.h"

#include "document/ledgerdocument.h"
#include "filterbar.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "itemmodels/unitroleproxymodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
QTableView *newTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column)
        table->setColumnHidden(column, true);
    for (int column : {TaskTableModel::NumberColumn, TaskTableModel::TitleColumn, TaskTableModel::LeadUnitsColumn,
             TaskTableModel::CoUnitsColumn, TaskTableModel::DueColumn, TaskTableModel::StatusColumn,
             TaskTableModel::LightColumn})
        table->setColumnHidden(column, false);
    table->horizontalHeader()->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);
    return table;
}
} // namespace

UnitView::UnitView(TaskFilterProxyModel *filter, FilterBar *filterBar, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_filterBar(filterBar)
    , m_search(new QLineEdit(this))
    , m_units(new QListWidget(this))
    , m_counts(new QLabel(this))
    , m_leadTitle(new QLabel(this))
    , m_coTitle(new QLabel(this))
    , m_lead(new UnitRoleProxyModel(UnitRoleProxyModel::Role::Lead, this))
    , m_co(new UnitRoleProxyModel(UnitRoleProxyModel::Role::Cooperating, this))
    , m_rename(new QAction(tr("&Rename unit…"), this))
    , m_merge(new QAction(tr("&Merge into…"), this))
{
    setObjectName(u"unitView"_s);
    m_lead->setFilter(filter);
    m_co->setFilter(filter);
    m_leadTable = newTable(m_lead, u"leadTable"_s, this);
    m_coTable = newTable(m_co, u"coTable"_s, this);

    m_search->setPlaceholderText(tr("Find a unit"));
    m_search->setClearButtonEnabled(true);
    m_units->setObjectName(u"unitList"_s);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_units->count(); ++i)
            m_units->item(i)->setHidden(!m_units->item(i)->text().contains(text.trimmed()));
    });
    connect(m_units, &QListWidget::currentItemChanged, this, &UnitView::unitPicked);

    m_rename->setObjectName(u"renameUnitAction"_s);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_merge->setObjectName(u"mergeUnitAction"_s);
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    for (QAction *action : {m_rename, m_merge}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_rename, &QAction::triggered, this, [this] { renameOrMerge(false); });
    connect(m_merge, &QAction::triggered, this, [this] { renameOrMerge(true); });
    m_askName = [this](const QString &title, const QString &current, const QStringList &choices) {
        bool ok = false;
        const QString name = choices.isEmpty()
            ? QInputDialog::getText(this, title, tr("New name:"), QLineEdit::Normal, current, &ok)
            : QInputDialog::getItem(this, title, tr("Merge %1 into:").arg(current), choices, 0, false, &ok);
        return ok ? name.trimmed() : QString();
    };

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_units, 1);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_rename, m_merge}) {
        auto *button = new QToolButton(left);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_counts->setObjectName(u"unitCounts"_s);
    m_counts->setStyleSheet(u"font-size: 11pt; padding: 4px;"_s);
    for (QLabel *title : {m_leadTitle, m_coTitle})
        title->setStyleSheet(u"font-weight: bold; padding-top: 6px;"_s);
    rightLayout->addWidget(m_counts);
    rightLayout->addWidget(m_leadTitle);
    rightLayout->addWidget(m_leadTable, 3);
    rightLayout->addWidget(m_coTitle);
    rightLayout->addWidget(m_coTable, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(splitter);

    for (QTableView *table : {m_leadTable, m_coTable}) {
        connect(
            table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
                if (current.isValid())
                    emit taskActivated(current.data(TaskTableModel::TaskIdRole).toLongLong());
            });
    }
    for (UnitRoleProxyModel *model : {m_lead, m_co}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &UnitView::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &UnitView::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &UnitView::updateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &UnitView::updateCounts);
    }
    updateCounts();
}

void UnitView::setNameProvider(std::function<QString(const QString &, const QString &, const QStringList &)> provider)
{
    m_askName = std::move(provider);
}

void UnitView::setUnits(const QStringList &units, const QHash<QString, QString> &aliases)
{
    const QString current = currentUnit();
    {
        const QSignalBlocker blocker(m_units);
        m_units->clear();
        QHash<QString, QStringList> aliasesOf;
        for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
            aliasesOf[it.value()].append(it.key());
        for (const QString &unit : units) {
            auto *item = new QListWidgetItem(unit, m_units);
            if (aliasesOf.contains(unit))
                item->setToolTip(tr("Also written: %1").arg(aliasesOf.value(unit).join(u'、')));
        }
    }
    // A unit merged away is followed to the one it became.
    selectUnit(units.contains(current) ? current : aliases.value(current));
}

void UnitView::selectUnit(const QString &unit)
{
    const QList<QListWidgetItem *> found = m_units->findItems(unit, Qt::MatchExactly);
    if (!found.isEmpty())
        m_units->setCurrentItem(found.first());
    else
        unitPicked();
}

QString UnitView::currentUnit() const
{
    return m_units->currentItem() ? m_units->currentItem()->text() : QString();
}

void UnitView::unitPicked()
{
    const QString unit = currentUnit();
    m_lead->setUnit(unit);
    m_co->setUnit(unit);
    if (!unit.isEmpty())
        m_filterBar->setUnit(unit); // every view follows the unit picked here
    updateCounts();
}

void UnitView::updateCounts()
{
    const QString unit = currentUnit();
    m_leadTitle->setText(tr("As lead unit: %n task(s)", nullptr, m_lead->rowCount()));
    m_coTitle->setText(tr("As cooperating unit: %n task(s)", nullptr, m_co->rowCount()));
    if (unit.isEmpty()) {
        m_counts->setText(tr("Pick a unit on the left."));
        return;
    }
    int lights[std::size(TrafficLights::all)] {};
    for (int row = 0; row < m_lead->rowCount(); ++row)
        ++lights[m_lead->index(row, 0).data(TaskTableModel::LightRole).toInt()];
    QStringList parts;
    for (TrafficLight light : TrafficLights::all)
        parts.append(u"<span style='color:%1'>●</span> %2 %3"_s
                         .arg(TaskTableModel::lightColor(light).name(), TrafficLights::label(light))
                         .arg(lights[int(light)]));
    m_counts->setText(u"<b>%1</b>　　"_s.arg(unit.toHtmlEscaped()) + parts.join(u"　"_s));
}

void UnitView::renameOrMerge(bool merge)
{
    const QString unit = currentUnit();
    LedgerDocument *document = m_filter->taskModel()->document();
    if (unit.isEmpty() || !document)
        return;
    QStringList others;
    if (merge) {
        for (int i = 0; i < m_units->count(); ++i) {
            if (m_units->item(i)->text() != unit)
                others.append(m_units->item(i)->text());
        }
    }
    const QString target = m_askName(merge ? tr("Merge unit") : tr("Rename unit"), unit, others);
    if (target.isEmpty() || target == unit)
        return;
    document->mergeUnits(unit, target);
}

} // namespace Taizhang
