#include "importpreviewpage.h"

#include "importwizard.h"
#include "itemmodels/importdraftmodel.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

constexpr int planRole = Qt::UserRole + 1;
constexpr int lineRole = Qt::UserRole + 2;
constexpr int taskRole = Qt::UserRole + 3;
using Field = TaskField;

QTextEdit::ExtraSelection mark(QPlainTextEdit *view, const SourceSpan &span, const QColor &colour)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(view->document());
    selection.cursor.setPosition(int(span.start));
    selection.cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
    selection.format.setBackground(colour);
    return selection;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_source(new QPlainTextEdit(this))
    , m_number(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_requirement(new QPlainTextEdit(this))
    , m_lead(new QLineEdit(this))
    , m_co(new QLineEdit(this))
    , m_leaders(new QLineEdit(this))
    , m_deadline(new QLineEdit(this))
    , m_warnings(new QListWidget(this))
{
    setTitle(tr("Check what was read"));
    setSubTitle(tr("Correct any field, merge or split tasks, and uncheck what is not a task. "
                   "Source colours: title yellow, units blue, deadline red."));
    m_summary->setObjectName(u"previewSummary"_s);
    m_summary->setWordWrap(true);

    m_tree->setObjectName(u"draftTree"_s);
    m_tree->setModel(wizard->model());
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ImportDraftModel::ItemColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(ImportDraftModel::LeadUnitsColumn, 220);
    m_tree->header()->resizeSection(ImportDraftModel::DeadlineColumn, 100);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showTask(current); });

    m_merge = new QAction(tr("&Merge with next"), this);
    m_merge->setObjectName(u"mergeTasks"_s);
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_merge->setToolTip(tr("Join the selected task and the one after it (Ctrl+M)"));
    connect(m_merge, &QAction::triggered, this, &ImportPreviewPage::mergeSelected);
    m_split = new QAction(tr("&Split at cursor"), this);
    m_split->setObjectName(u"splitTask"_s);
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_split->setToolTip(tr("Make two tasks of the requirement, at the cursor (Ctrl+Shift+M)"));
    connect(m_split, &QAction::triggered, this, &ImportPreviewPage::splitSelected);
    m_drop = new QAction(tr("&Drop / keep"), this);
    m_drop->setObjectName(u"dropTask"_s);
    m_drop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_drop->setToolTip(tr("Leave the selected task out of the import, or take it back in (Ctrl+D)"));
    connect(m_drop, &QAction::triggered, this, &ImportPreviewPage::toggleSelected);
    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_merge, m_split, m_drop}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tools->addAction(action);
        addAction(action);
    }

    m_source->setObjectName(u"sourceText"_s);
    m_source->setReadOnly(true);
    m_requirement->setObjectName(u"requirementEdit"_s);
    m_lead->setObjectName(u"leadEdit"_s);
    m_deadline->setObjectName(u"deadlineEdit"_s);
    m_co->setPlaceholderText(tr("Separate names with 、"));
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->addRow(tr("Number:"), m_number);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Requirement:"), m_requirement);
    form->addRow(tr("Lead units:"), m_lead);
    form->addRow(tr("Cooperating:"), m_co);
    m_leaders->setObjectName(u"leadersEdit"_s);
    m_leaders->setPlaceholderText(tr("Responsible leaders (people, not units), separated by 、"));
    form->addRow(tr("Leaders:"), m_leaders);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Source:"), m_source);
    for (QLineEdit *edit : {m_number, m_title, m_lead, m_co, m_leaders, m_deadline})
        connect(edit, &QLineEdit::editingFinished, this, &ImportPreviewPage::commitField);
    connect(m_requirement, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling && m_current.isValid())
            m_wizard->model()->setTaskField(m_current, Field::Requirement, m_requirement->toPlainText());
    });

    m_warnings->setObjectName(u"warningList"_s);
    connect(m_warnings, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            selectTask(m_wizard->model()->indexOfLine(item->data(planRole).toInt(), item->data(lineRole).toInt()));
    });

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tree);
    top->addWidget(fields);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(m_warnings);
    main->setStretchFactor(0, 4);
    main->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(tools);
    layout->addWidget(main, 1);
}

QString ImportPreviewPage::summary() const
{
    return m_summary->text();
}

void ImportPreviewPage::initializePage()
{
    const SourceText &source = m_wizard->source();
    const ImportDraft &draft = m_wizard->model()->draft();
    QString readAs = source.kind == u"text" ? tr("text in %1").arg(source.encoding)
        : source.kind == u"clipboard"       ? tr("pasted text")
                                            : source.kind.toUpper();
    m_summary->setText(tr("%1, read as %2: %3, %4.")
                           .arg(source.fileName, readAs, tr("%n plan(s)", nullptr, int(draft.plans.size())),
                               tr("%n task(s)", nullptr, draft.taskCount())));
    m_tree->expandAll();
    fillWarnings();
    // Open on the first task, so the fields and the source are never empty.
    for (int p = 0; p < draft.plans.size(); ++p) {
        if (!draft.plans.at(p).tasks.isEmpty()) {
            selectTask(m_wizard->model()->indexOfTask(p, 0));
            break;
        }
    }
}

void ImportPreviewPage::fillWarnings()
{
    m_warnings->clear();
    const ImportDraftModel *model = m_wizard->model();
    const ImportDraft &draft = model->draft();
    auto planOfLine = [&draft](int line) {
        for (int p = 0; p < draft.plans.size(); ++p) {
            for (const DraftTask &task : draft.plans.at(p).tasks) {
                if (task.sourceLine == line)
                    return p;
            }
        }
        return -1;
    };
    for (const ImportIssue &issue : draft.issues) {
        auto *item = new QListWidgetItem(
            issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message) : issue.message);
        item->setData(planRole, planOfLine(issue.line));
        item->setData(lineRole, issue.line);
        m_warnings->addItem(item);
    }
    for (int p = 0; p < draft.plans.size(); ++p) {
        for (int t = 0; t < draft.plans.at(p).tasks.size(); ++t) {
            const QModelIndex index = model->indexOfTask(p, t);
            if (!model->isDuplicate(index))
                continue;
            const DraftTask &task = draft.plans.at(p).tasks.at(t);
            auto *item = new QListWidgetItem(
                tr("Task %1 \"%2\" is already in the ledger; uncheck it unless you want it twice.")
                    .arg(task.task.number, task.task.title));
            item->setData(planRole, p);
            item->setData(lineRole, task.sourceLine);
            m_warnings->addItem(item);
        }
    }
    setSubTitle(tr("%n warning(s) to check. ", nullptr, m_warnings->count())
        + tr("Correct any field, merge or split tasks, and uncheck what is not a task. "
             "Source colours: title yellow, units blue, deadline red."));
}

void ImportPreviewPage::selectTask(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ImportPreviewPage::showTask(const QModelIndex &index)
{
    const DraftTask *draftTask = m_wizard->model()->task(index);
    m_current = draftTask ? QPersistentModelIndex(index.siblingAtColumn(0)) : QPersistentModelIndex();
    m_filling = true;
    const Task task = draftTask ? draftTask->task : Task();
    m_number->setText(task.number);
    m_title->setText(task.title);
    m_requirement->setPlainText(task.requirement);
    m_lead->setText(task.leadUnits.join(u'、'));
    m_co->setText(task.coUnits.join(u'、'));
    m_leaders->setText(task.leaders.join(u'、'));
    m_deadline->setText(task.deadline.text);
    for (QLineEdit *edit : {m_number, m_title, m_lead, m_co, m_leaders, m_deadline})
        edit->setCursorPosition(0); // long titles show their start
    m_source->setPlainText(draftTask ? draftTask->sourceText : QString());
    QList<QTextEdit::ExtraSelection> marks;
    if (draftTask) {
        if (draftTask->titleSpan.isValid())
            marks.append(mark(m_source, draftTask->titleSpan, QColor(0xff, 0xf1, 0x76)));
        if (draftTask->unitsSpan.isValid())
            marks.append(mark(m_source, draftTask->unitsSpan, QColor(0xbb, 0xde, 0xfb)));
        if (draftTask->deadlineSpan.isValid())
            marks.append(mark(m_source, draftTask->deadlineSpan, QColor(0xff, 0xcd, 0xd2)));
    }
    m_source->setExtraSelections(marks);
    for (QWidget *field :
        std::initializer_list<QWidget *> {m_number, m_title, m_requirement, m_lead, m_co, m_leaders, m_deadline})
        field->setEnabled(draftTask != nullptr);
    m_filling = false;
}

void ImportPreviewPage::commitField()
{
    if (!m_current.isValid())
        return;
    ImportDraftModel *model = m_wizard->model();
    const Task &task = model->task(m_current)->task;
    auto changed = [](const QLineEdit *edit, const QString &value) { return edit->text().trimmed() != value; };
    if (changed(m_number, task.number))
        model->setTaskField(m_current, Field::Number, m_number->text());
    if (changed(m_title, task.title))
        model->setTaskField(m_current, Field::Title, m_title->text());
    if (changed(m_lead, task.leadUnits.join(u'、')))
        model->setTaskField(m_current, Field::LeadUnits, m_lead->text());
    if (changed(m_co, task.coUnits.join(u'、')))
        model->setTaskField(m_current, Field::CoUnits, m_co->text());
    if (changed(m_leaders, task.leaders.join(u'、')))
        model->setTaskField(m_current, Field::Leaders, m_leaders->text());
    if (changed(m_deadline, task.deadline.text))
        model->setTaskField(m_current, Field::Deadline, m_deadline->text());
}

void ImportPreviewPage::mergeSelected()
{
    const QModelIndex current = m_current;
    const int plan = m_wizard->model()->planOf(current);
    const int task = m_wizard->model()->taskOf(current);
    if (m_wizard->model()->mergeWithNext(current)) {
        m_tree->expandAll();
        selectTask(m_wizard->model()->indexOfTask(plan, task));
    }
}

void ImportPreviewPage::splitSelected()
{
    const QModelIndex current = m_current;
    const int plan = m_wizard->model()->planOf(current);
    const int task = m_wizard->model()->taskOf(current);
    if (m_wizard->model()->split(current, m_requirement->textCursor().position())) {
        m_tree->expandAll();
        selectTask(m_wizard->model()->indexOfTask(plan, task + 1));
    }
}

void ImportPreviewPage::toggleSelected()
{
    if (!m_current.isValid())
        return;
    const bool included = m_wizard->model()->data(m_current, Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    m_wizard->model()->setData(m_current, included ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

} // namespace Taizhang
