#include "sectionsdialog.h"

#include "document/ledgerdocument.h"
#include "itemmodels/taskidsmime.h"
#include "parse/headingmarker.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

enum Role { SectionIdRole = Qt::UserRole + 1, PlanIdRole };

// "（三）优化获得电力流程" → its number "（三）" and its title, as the importer reads headings.
std::pair<QString, QString> splitHeading(const QString &text)
{
    const QString trimmed = text.trimmed();
    const HeadingMarker marker = HeadingMarker::read(trimmed);
    if (!marker.isValid())
        return {QString(), trimmed};
    return {trimmed.left(marker.length).trimmed(), trimmed.mid(marker.length).trimmed()};
}

} // namespace

SectionsDialog::SectionsDialog(LedgerDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Sections"));
    m_tree->setObjectName(u"sectionTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *buttons = new QVBoxLayout;
    const struct {
        QString text;
        QKeySequence shortcut;
        QString name;
        std::function<void()> slot;
    } actions[] = {
        {tr("&New Section"), QKeySequence(Qt::CTRL | Qt::Key_N), u"newSectionAction"_s, [this] { newSection(); }},
        {tr("New &Subsection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), u"newSubsectionAction"_s,
            [this] { newSubsection(); }},
        {tr("&Rename"), QKeySequence(Qt::Key_F2), u"renameSectionAction"_s, [this] { renameCurrent(); }},
        {tr("&Delete…"), QKeySequence::Delete, u"deleteSectionAction"_s, [this] { deleteCurrent(); }},
        {tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up), u"moveSectionUpAction"_s, [this] { moveCurrent(-1); }},
        {tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), u"moveSectionDownAction"_s,
            [this] { moveCurrent(+1); }},
    };
    for (const auto &spec : actions) {
        auto *action = new QAction(spec.text, this);
        action->setShortcut(spec.shortcut);
        action->setObjectName(spec.name);
        connect(action, &QAction::triggered, this, spec.slot);
        addAction(action);
        auto *button = new QPushButton(spec.text, this);
        button->setToolTip(spec.shortcut.toString(QKeySequence::NativeText));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *body = new QHBoxLayout;
    body->addWidget(m_tree, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(close);
    resize(720, 520);

    connect(m_tree, &QTreeWidget::itemChanged, this, &SectionsDialog::renamed);
    // Table rows dropped on a section move there (the dialog stays open beside the window).
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->viewport()->installEventFilter(this);
    // Undo in the main window, or an edit from elsewhere, shows here at once.
    connect(m_document, &LedgerDocument::plansChanged, this, &SectionsDialog::reload);
    connect(m_document, &LedgerDocument::tasksReset, this, &SectionsDialog::reload);
    reload();
}

void SectionsDialog::reload()
{
    const qint64 current = currentSection();
    m_filling = true;
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> planItems;
    for (const Plan &plan : m_document->store().plans()) {
        auto *item = new QTreeWidgetItem(m_tree, {plan.title});
        item->setData(0, PlanIdRole, plan.id);
        planItems.insert(plan.id, item);
    }
    // Sections come in the plan's order; a child after its parent, save for a damaged tree,
    // whose stray sections hang under the plan rather than vanish.
    QHash<qint64, QTreeWidgetItem *> sectionItems;
    QList<Section> pending = m_document->store().sections();
    for (int pass = 0; pass < 64 && !pending.isEmpty(); ++pass) {
        QList<Section> later;
        for (const Section &section : std::as_const(pending)) {
            QTreeWidgetItem *parent
                = section.parentId > 0 ? sectionItems.value(section.parentId) : planItems.value(section.planId);
            if (!parent) {
                later.append(section);
                continue;
            }
            auto *item = new QTreeWidgetItem(parent, {section.displayName()});
            item->setData(0, SectionIdRole, section.id);
            item->setData(0, PlanIdRole, section.planId);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            sectionItems.insert(section.id, item);
        }
        if (later.size() == pending.size()) {
            for (const Section &section : std::as_const(later)) {
                if (QTreeWidgetItem *plan = planItems.value(section.planId)) {
                    auto *item = new QTreeWidgetItem(plan, {section.displayName()});
                    item->setData(0, SectionIdRole, section.id);
                    item->setData(0, PlanIdRole, section.planId);
                }
            }
            break;
        }
        pending = later;
    }
    m_tree->expandAll();
    m_filling = false;
    if (current > 0)
        selectSection(current);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

bool SectionsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QDialog::eventFilter(watched, event);
    const auto type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QDialog::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const QTreeWidgetItem *item = m_tree->itemAt(drop->position().toPoint());
    const qint64 sectionId = item ? item->data(0, SectionIdRole).toLongLong() : 0;
    const QList<qint64> ids = TaskIdsMime::decode(drop->mimeData(), m_document->path());
    if (sectionId == 0 || ids.isEmpty() || m_document->isReadOnly()) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::MoveAction);
    drop->accept();
    if (type == QEvent::Drop)
        moveTasksTo(ids, sectionId);
    return true;
}

void SectionsDialog::moveTasksTo(const QList<qint64> &taskIds, qint64 sectionId)
{
    const std::optional<Section> target = m_document->outline().section(sectionId);
    QList<qint64> ids;
    for (qint64 id : taskIds) {
        if (const std::optional<Task> task = m_document->store().task(id);
            task && target && task->planId == target->planId)
            ids.append(id); // a section holds tasks of its own plan only
    }
    if (!ids.isEmpty())
        m_document->moveTasks(ids, sectionId);
}

void SectionsDialog::selectSection(qint64 sectionId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, SectionIdRole).toLongLong() == sectionId) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

qint64 SectionsDialog::currentSection() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, SectionIdRole).toLongLong() : 0;
}

qint64 SectionsDialog::currentPlan() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, PlanIdRole).toLongLong() : 0;
}

void SectionsDialog::addSection(bool under)
{
    const qint64 planId = currentPlan();
    if (planId == 0 || m_document->isReadOnly())
        return;
    qint64 parent = 0;
    if (const std::optional<Section> current = m_document->outline().section(currentSection()))
        parent = under ? current->id : current->parentId;
    const qint64 id = m_document->addSection(planId, parent, QString(), tr("New section"));
    if (id == 0)
        return;
    selectSection(id);
    if (QTreeWidgetItem *item = m_tree->currentItem())
        m_tree->editItem(item);
}

void SectionsDialog::newSection()
{
    addSection(false);
}

void SectionsDialog::newSubsection()
{
    if (currentSection() > 0)
        addSection(true);
}

void SectionsDialog::renameCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item && currentSection() > 0 && !m_document->isReadOnly())
        m_tree->editItem(item);
}

void SectionsDialog::renamed(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != 0)
        return;
    const qint64 id = item->data(0, SectionIdRole).toLongLong();
    const auto [label, title] = splitHeading(item->text(0));
    if (id > 0 && (title.isEmpty() || !m_document->renameSection(id, label, title)))
        reload(); // no title, or refused: show the name it kept
}

void SectionsDialog::moveCurrent(int delta)
{
    const qint64 id = currentSection();
    if (id > 0 && !m_document->isReadOnly())
        m_document->moveSection(id, delta);
}

void SectionsDialog::deleteCurrent()
{
    const qint64 id = currentSection();
    const std::optional<Section> doomed = m_document->outline().section(id);
    if (!doomed || m_document->isReadOnly())
        return;
    if (m_document->outline().tasksInSection(id).isEmpty()) {
        m_document->deleteSection(id); // refused, with the reason shown, when it has subsections
        return;
    }
    // It holds tasks: they go to another section of the plan, which the user picks.
    QStringList choices;
    QList<qint64> ids;
    for (const Section &section : m_document->store().sections()) {
        if (section.planId == doomed->planId && section.id != id) {
            choices.append(section.displayName());
            ids.append(section.id);
        }
    }
    if (choices.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
            tr("%1 holds tasks and its plan has no other section to move them to.").arg(doomed->displayName()));
        return;
    }
    int chosen = -1;
    if (moveTasksPrompt) {
        chosen = moveTasksPrompt(choices);
    } else {
        bool ok = false;
        const QString choice = QInputDialog::getItem(this, tr("Delete Section"),
            tr("%1 holds tasks. Move them to:").arg(doomed->displayName()), choices, 0, false, &ok);
        chosen = ok ? int(choices.indexOf(choice)) : -1;
    }
    if (chosen >= 0 && chosen < ids.size())
        m_document->deleteSection(id, ids.at(chosen));
}

} // namespace Taizhang
