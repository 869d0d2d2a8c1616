#include "taskdetailpanel.h"

#include "closeoutpanel.h"
#include "historylabels.h"

#include "document/ledgerdocument.h"
#include "itemmodels/tasktablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // task text is data, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TaskDetailPanel::TaskDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(plainLabel(this))
    , m_section(plainLabel(this))
    , m_requirement(new QPlainTextEdit(this))
    , m_units(plainLabel(this))
    , m_deadline(plainLabel(this))
    , m_milestones(new QTreeWidget(this))
    , m_history(new QTreeWidget(this))
    , m_changes(new QTreeWidget(this))
    , m_date(new QDateEdit(this))
    , m_unit(new QComboBox(this))
    , m_percent(new QSpinBox(this))
    , m_text(new QLineEdit(this))
    , m_addProgress(new QAction(tr("Add Progress Report"), this))
    , m_removeProgress(new QAction(tr("Remove Progress Report"), this))
    , m_closeOut(new CloseOutPanel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(u"taskHeading"_s);
    m_requirement->setReadOnly(true);
    m_requirement->setObjectName(u"requirementText"_s);
    m_requirement->setMaximumHeight(120);
    m_deadline->setObjectName(u"deadlineInfo"_s);

    m_milestones->setHeaderLabels({tr("Milestone"), tr("Stage")});
    m_milestones->setRootIsDecorated(false);
    m_milestones->setMaximumHeight(90);
    m_history->setObjectName(u"progressHistory"_s);
    m_history->setHeaderLabels({tr("Date"), tr("Unit"), tr("%"), tr("Progress"), tr("Reported by")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setStretchLastSection(false);
    for (int column : {0, 1, 2, 4})
        m_history->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_milestones->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->setObjectName(u"changeHistory"_s);
    m_changes->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Was"), tr("Became")});
    m_changes->setRootIsDecorated(false);
    for (int column : {0, 1, 2})
        m_changes->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_date->setObjectName(u"progressDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_unit->setObjectName(u"progressUnit"_s);
    m_unit->setEditable(true);
    m_percent->setObjectName(u"progressPercent"_s);
    m_percent->setRange(-1, 100);
    m_percent->setSpecialValueText(tr("—"));
    m_percent->setSuffix(u"%"_s);
    m_percent->setValue(-1);
    m_text->setObjectName(u"progressText"_s);
    m_text->setPlaceholderText(tr("What was done, what is next"));

    m_addProgress->setObjectName(u"addProgressAction"_s);
    m_addProgress->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_addProgress->setShortcutContext(Qt::WindowShortcut);
    m_removeProgress->setObjectName(u"removeProgressAction"_s);
    connect(m_addProgress, &QAction::triggered, this, &TaskDetailPanel::addProgress);
    connect(m_removeProgress, &QAction::triggered, this, &TaskDetailPanel::removeProgress);
    connect(m_text, &QLineEdit::returnPressed, m_addProgress, &QAction::trigger);

    auto *facts = new QFormLayout;
    facts->addRow(tr("Theme"), m_section);
    facts->addRow(tr("Units"), m_units);
    facts->addRow(tr("Deadline"), m_deadline);

    auto *report = new QGroupBox(tr("New progress report"), this);
    auto *form = new QFormLayout(report);
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_percent);
    form->addRow(tr("Date / done"), when);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Progress"), m_text);
    auto *buttons = new QHBoxLayout;
    auto *remove = new QToolButton(report);
    remove->setDefaultAction(m_removeProgress);
    auto *add = new QToolButton(report);
    add->setDefaultAction(m_addProgress);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(add);
    form->addRow(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(facts);
    layout->addWidget(new QLabel(tr("Requirement"), this));
    layout->addWidget(m_requirement);
    layout->addWidget(new QLabel(tr("Milestones"), this));
    layout->addWidget(m_milestones);
    auto *histories = new QTabWidget(this);
    histories->setObjectName(u"taskHistories"_s);
    histories->addTab(m_history, tr("Progress history"));
    histories->addTab(m_changes, tr("Changes"));
    layout->addWidget(histories, 1);
    layout->addWidget(new QLabel(tr("Close-out"), this));
    layout->addWidget(m_closeOut);
    layout->addWidget(report);
    showTask(0);
}

void TaskDetailPanel::setAuthor(const QString &author)
{
    m_author = author;
    m_closeOut->setDecider(author);
}

void TaskDetailPanel::setDocument(LedgerDocument *document)
{
    m_closeOut->setDocument(document);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_taskId = 0;
    if (m_document) {
        connect(m_document, &LedgerDocument::tasksChanged, this, [this](const QList<qint64> &ids) {
            if (ids.contains(m_taskId))
                refresh();
        });
        connect(m_document, &LedgerDocument::tasksReset, this, &TaskDetailPanel::refresh);
        connect(m_document, &LedgerDocument::displaySettingsChanged, this, &TaskDetailPanel::refresh);
        m_date->setDate(m_document->clock().today());
    }
    refresh();
}

void TaskDetailPanel::showTask(qint64 taskId)
{
    m_taskId = taskId;
    m_closeOut->showTask(taskId);
    refresh();
}

void TaskDetailPanel::refresh()
{
    const std::optional<Task> task = m_document && m_taskId ? m_document->store().task(m_taskId) : std::nullopt;
    const bool writable = task && !m_document->isReadOnly();
    m_addProgress->setEnabled(writable);
    m_removeProgress->setEnabled(writable && !task->progress.isEmpty());
    m_milestones->clear();
    m_history->clear();
    m_changes->clear();
    if (!task) {
        m_heading->setText(tr("No task selected"));
        for (QLabel *label : {m_section, m_units, m_deadline})
            label->clear();
        m_requirement->clear();
        return;
    }
    const QString number = task->part > 1 ? u"%1-%2"_s.arg(task->number).arg(task->part) : task->number;
    m_heading->setText(number.isEmpty() ? task->title : number + u"  "_s + task->title);
    m_section->setText(m_document->store().isOpen() ? [&] {
        for (const Section &section : m_document->store().sections()) {
            if (section.id == task->sectionId)
                return section.displayName();
        }
        return QString();
    }() : QString());
    m_requirement->setPlainText(task->requirement);
    QString units = tr("Lead: %1").arg(task->leadUnits.isEmpty() ? tr("(none)") : task->leadUnits.join(u"、"_s));
    if (!task->coUnits.isEmpty())
        units += u"\n"_s + tr("Cooperating: %1").arg(task->coUnits.join(u"、"_s));
    if (!task->leaders.isEmpty())
        units += u"\n"_s + tr("Responsible leaders: %1").arg(task->leaders.join(u"、"_s));
    m_units->setText(units);

    const QDate today = m_document->clock().today();
    QString deadline = task->deadline.text.isEmpty() ? tr("(none)") : task->deadline.text;
    switch (task->deadline.kind) {
    case Deadline::Kind::Date: {
        const int left = TrafficLights::daysLeft(task->deadline, today);
        deadline += u"  →  "_s + task->deadline.due.toString(Qt::ISODate) + u"  "_s;
        if (TaskStatuses::isFinished(task->status))
            deadline += TaskStatuses::label(task->status);
        else
            deadline += left < 0 ? tr("%n day(s) overdue", nullptr, -left) : tr("%n day(s) left", nullptr, left);
        break;
    }
    case Deadline::Kind::Ongoing: deadline += u"  →  "_s + tr("ongoing, reported every period"); break;
    case Deadline::Kind::Unparsed: deadline += u"  →  "_s + tr("not understood as a date; kept as written"); break;
    case Deadline::Kind::None: break;
    }
    m_deadline->setText(deadline);
    QPalette palette = m_deadline->palette();
    palette.setColor(QPalette::WindowText, TaskTableModel::lightColor(m_document->lightOf(*task)).darker(130));
    m_deadline->setPalette(palette);

    for (const Milestone &milestone : task->milestones)
        new QTreeWidgetItem(m_milestones, {milestone.due.toString(Qt::ISODate), milestone.text});
    for (auto it = task->progress.crbegin(); it != task->progress.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_history,
            {it->date.toString(Qt::ISODate), it->unit, it->percent >= 0 ? QString::number(it->percent) : QString(),
                it->text, it->author});
        item->setData(0, Qt::UserRole, it->id);
    }
    if (m_history->topLevelItemCount() > 0)
        m_history->setCurrentItem(m_history->topLevelItem(0));
    const QList<HistoryEntry> changes = m_document->store().history(task->id);
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const QString field = HistoryLabels::field(it->field);
        const QString what = it->action == u"edit" ? field : tr("%1 (%2)").arg(field, HistoryLabels::action(it->action));
        auto *item = new QTreeWidgetItem(m_changes,
            {it->at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), it->who, what, it->oldValue, it->newValue});
        item->setToolTip(3, it->oldValue);
        item->setToolTip(4, it->newValue);
    }

    const QString currentUnit = m_unit->currentText();
    m_unit->clear();
    m_unit->addItems(task->leadUnits + task->coUnits);
    if (!currentUnit.isEmpty() && m_unit->findText(currentUnit) >= 0)
        m_unit->setCurrentText(currentUnit);
}

void TaskDetailPanel::addProgress()
{
    if (!m_document || !m_taskId)
        return;
    const QString text = m_text->text().trimmed();
    if (text.isEmpty() && m_percent->value() < 0) {
        m_text->setFocus();
        return;
    }
    ProgressEntry entry;
    entry.date = m_date->date();
    entry.unit = m_unit->currentText().trimmed();
    entry.percent = m_percent->value();
    entry.text = text;
    entry.author = m_author;
    if (m_document->addProgress(m_taskId, entry)) {
        m_text->clear();
        m_percent->setValue(-1);
    }
}

void TaskDetailPanel::removeProgress()
{
    QTreeWidgetItem *item = m_history->currentItem();
    if (!m_document || !m_taskId || !item)
        return;
    m_document->removeProgress(m_taskId, item->data(0, Qt::UserRole).toLongLong());
}

} // namespace Taizhang
