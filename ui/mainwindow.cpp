// The window: its views, menus and ledger. Past 500 lines only by the menus' wiring; the work of
// each menu lives in its own class (ReportActions, TaskEditActions, PlanEditActions, dialogs).
#include "mainwindow.h"

#include "aboutdialog.h"
#include "bulkeditdialog.h"
#include "bundledresources.h"
#include "dashboard.h"
#include "deadlinecharts.h"
#include "document/ledgerdocument.h"
#include "document/sampleledger.h"
#include "filterbar.h"
#include "i18n/localization.h"
#include "importwizard.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "kanbanboard.h"
#include "planeditactions.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "reportactions.h"
#include "reportingview.h"
#include "closeoutpanel.h"
#include "historydialog.h"
#include "settings/preferences.h"
#include "statusdelegate.h"
#include "taskdetailpanel.h"
#include "taskeditactions.h"
#include "unitview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QString ledgerFilter()
{
    return MainWindow::tr("Taizhang ledgers (*.taizhang);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new TaskTableModel(this))
    , m_proxy(new TaskFilterProxyModel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_filterBar(new FilterBar(this))
    , m_table(new QTableView(this))
    , m_board(nullptr)
    , m_charts(nullptr)
    , m_dashboard(nullptr)
    , m_unitView(nullptr)
    , m_reporting(nullptr)
    , m_views(new QStackedWidget(this))
    , m_detail(new TaskDetailPanel(this))
    , m_splitter(new QSplitter(this))
    , m_counts(new QLabel(this))
    , m_statusTimer(new QTimer(this))
    , m_reports(new ReportActions(this))
    , m_taskEdits(nullptr)
    , m_planEdits(nullptr)
{
    setObjectName(u"mainWindow"_s);
    m_proxy->setTaskModel(m_model);
    m_filterBar->setProxy(m_proxy);

    m_table->setObjectName(u"taskTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows drag to another place in the ledger, or onto a section in File → Sections….
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDropIndicatorShown(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(false); // the traffic-light tints are the row colours
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: 100k stay fast
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(TaskTableModel::StatusColumn, new StatusDelegate(m_table));
    const int widths[TaskTableModel::ColumnCount] = {170, 56, 220, 380, 170, 190, 80, 92, 70, 64, 180, 140, 100, 120};
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_filterBar);
    // The views share the filter bar above them and the detail panel beside them.
    m_board = new KanbanBoard(m_proxy, this);
    m_views->setObjectName(u"views"_s);
    m_views->addWidget(m_table);
    m_views->addWidget(m_board);
    m_charts = new DeadlineCharts(m_proxy, this);
    m_views->addWidget(m_charts);
    connect(m_charts, &DeadlineCharts::tasksSelected, this, &MainWindow::selectTasks);
    m_dashboard = new Dashboard(m_proxy, this);
    m_views->addWidget(m_dashboard);
    connect(m_dashboard, &Dashboard::tasksActivated, this, &MainWindow::selectTasks);
    m_unitView = new UnitView(m_proxy, m_filterBar, this);
    m_views->addWidget(m_unitView);
    connect(m_unitView, &UnitView::taskActivated, m_detail, &TaskDetailPanel::showTask);
    m_reporting = new ReportingView(m_proxy, this);
    m_views->addWidget(m_reporting);
    connect(m_reporting, &ReportingView::errorOccurred, this, &MainWindow::showError);
    connect(m_reporting, &ReportingView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_reporting, &ReportingView::summaryChanged, m_dashboard, &Dashboard::setRoundSummary);
    tableLayout->addWidget(m_views);
    connect(m_board, &KanbanBoard::taskActivated, m_detail, &TaskDetailPanel::showTask);
    m_detail->setObjectName(u"taskDetail"_s);
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_counts->setObjectName(u"taskCounts"_s);
    statusBar()->addPermanentWidget(m_counts);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(50);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::dataChanged, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_model, &TaskTableModel::loadingFinished, this, &MainWindow::updateFilterChoices);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            m_detail->showTask(current.isValid() ? current.data(TaskTableModel::TaskIdRole).toLongLong() : 0);
        });

    m_taskEdits = new TaskEditActions(this);
    m_planEdits = new PlanEditActions(this);
    connect(m_board, &KanbanBoard::newTaskRequested, m_taskEdits, &TaskEditActions::newTaskWithStatus);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(m_table);
        m_taskEdits->addToContextMenu(&menu);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    createActions();
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views and models let go of the document before it goes.
    m_model->setDocument(nullptr);
    m_detail->setDocument(nullptr);
    m_reporting->setDocument(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    auto add = [this](QMenu *menu, const QString &text, QKeySequence shortcut, const QString &name, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(shortcut);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(file, tr("&New Ledger…"), QKeySequence::New, u"newAction"_s, &MainWindow::newLedger);
    add(file, tr("&Open…"), QKeySequence::Open, u"openAction"_s, &MainWindow::openLedgerDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    add(file, tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), u"importAction"_s, &MainWindow::importSources);
    file->addSeparator();
    m_planEdits->addTo(file);
    file->addSeparator();
    m_reports->addTo(file);
    file->addSeparator();
    add(file, tr("&Quit"), QKeySequence::Quit, u"quitAction"_s, &MainWindow::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    add(edit, tr("&Find…"), QKeySequence::Find, u"findAction"_s, [this] { m_filterBar->focusText(); });
    add(edit, tr("Clear &Filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), u"clearFilterAction"_s,
        [this] { m_filterBar->clear(); });
    edit->addSeparator();
    m_taskEdits->addTo(edit);
    add(edit, tr("Edit &Selected Tasks…"), QKeySequence(Qt::CTRL | Qt::Key_B), u"bulkEditAction"_s,
        &MainWindow::bulkEdit);
    edit->addSeparator();
    add(edit, tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), u"preferencesAction"_s,
        &MainWindow::editPreferences);
    edit->addSeparator();
    edit->addAction(m_detail->addProgressAction());
    edit->addAction(m_detail->removeProgressAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *views = new QActionGroup(this);
    const struct {
        QString text;
        QKeySequence shortcut;
        QString name;
        QWidget *widget;
    } pages[] = {
        {tr("&Home"), QKeySequence(Qt::CTRL | Qt::Key_1), u"showDashboardAction"_s, m_dashboard},
        {tr("&Table"), QKeySequence(Qt::CTRL | Qt::Key_2), u"showTableAction"_s, m_table},
        {tr("&Board"), QKeySequence(Qt::CTRL | Qt::Key_3), u"showBoardAction"_s, m_board},
        {tr("&Charts"), QKeySequence(Qt::CTRL | Qt::Key_4), u"showChartsAction"_s, m_charts},
        {tr("&Units"), QKeySequence(Qt::CTRL | Qt::Key_5), u"showUnitsAction"_s, m_unitView},
        {tr("&Reporting"), QKeySequence(Qt::CTRL | Qt::Key_6), u"showReportingAction"_s, m_reporting},
    };
    for (const auto &page : pages) {
        QAction *action = view->addAction(page.text);
        action->setObjectName(page.name);
        action->setShortcut(page.shortcut);
        action->setCheckable(true);
        action->setChecked(page.widget == m_views->currentWidget());
        views->addAction(action);
        QWidget *widget = page.widget;
        connect(action, &QAction::triggered, this, [this, widget] { m_views->setCurrentWidget(widget); });
    }
    view->addSeparator();
    QAction *detail = view->addAction(tr("Task &Details"));
    detail->setObjectName(u"toggleDetailAction"_s);
    detail->setCheckable(true);
    detail->setChecked(true);
    detail->setShortcut(QKeySequence(Qt::Key_F9));
    connect(detail, &QAction::toggled, m_detail, &QWidget::setVisible);
    add(view, tr("&Due-Soon Window…"), QKeySequence(Qt::CTRL | Qt::Key_D), u"dueSoonAction"_s,
        &MainWindow::setDueSoonWindow);
    add(view, tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H), u"historyAction"_s, &MainWindow::showHistory);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    for (const QString &id : Localization::languages()) {
        QAction *action = language->addAction(Localization::nativeName(id));
        action->setCheckable(true);
        action->setChecked(Localization::configuredLanguage() == id);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { setLanguage(id); });
    }

    QMenu *reporting = menuBar()->addMenu(tr("&Reporting"));
    reporting->setObjectName(u"reportingMenu"_s);
    for (QAction *action : m_reporting->roundActions()) {
        reporting->addAction(action);
        if (action == m_reporting->writePaperSheetsAction() || action == m_reporting->collectFolderAction()
            || action == m_reporting->copyRemindersAction() || action == m_reporting->closeRoundAction())
            reporting->addSeparator();
    }
    reporting->addSeparator();
    reporting->addActions(m_detail->closeOutPanel()->closeOutActions());
    connect(m_detail->closeOutPanel(), &CloseOutPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_detail->closeOutPanel(), &CloseOutPanel::statusMessage, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About Taizhang…"), QKeySequence(Qt::CTRL | Qt::Key_F1), u"aboutAction"_s, &MainWindow::showAbout);
    add(help, tr("About &Qt…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F1), u"aboutQtAction"_s,
        &QApplication::aboutQt);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1400, 820);
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(u"mainWindow/columns"_s).toByteArray());
    m_detail->setAuthor(Preferences::load().author);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    settings.setValue(u"mainWindow/columns"_s, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings(); // every edit is already in the ledger file: nothing to ask
    event->accept();
}

bool MainWindow::openLedger(const QString &path, bool create)
{
    if (raiseWindowShowing && raiseWindowShowing(path))
        return true; // one window per ledger
    auto document = std::make_unique<LedgerDocument>();
    bool opened
        = document->open(path, create ? LedgerStore::OpenMode::CreateOrOpen : LedgerStore::OpenMode::OpenExisting);
    if (!opened && document->isLockBreakable()) {
        // Locked from another computer: only the user can tell whether that Taizhang is gone.
        switch (askAboutForeignLock(document->errorString())) {
        case ForeignLockChoice::BreakLock: opened = document->breakLockAndOpen(path); break;
        case ForeignLockChoice::ReadOnly: opened = document->open(path, LedgerStore::OpenMode::ReadOnly); break;
        case ForeignLockChoice::Cancel: return false;
        }
    } else if (!opened && (document->isLockedElsewhere() || document->isDamaged())) {
        // Never two writers on one file, and never a write into a damaged one: it can only be read.
        const QString question = document->errorString() + u"\n\n"_s + tr("Open it read-only?");
        const bool readOnly = readOnlyPrompt
            ? readOnlyPrompt(question)
            : QMessageBox::question(this, tr("Ledger in use"), question) == QMessageBox::Yes;
        if (!readOnly)
            return false;
        opened = document->open(path, LedgerStore::OpenMode::ReadOnly);
    }
    if (!opened) {
        showError(document->errorString());
        if (!QFileInfo::exists(path))
            RecentFiles::remove(path);
        return false;
    }
    document->setDueSoonDays(Preferences::load().dueSoonDays);
    const QString readOnlyReason = document->readOnlyReason();
    adoptDocument(std::move(document));
    if (!readOnlyReason.isEmpty()) // asked for writing, opened read-only: say why, without a dialog
        statusBar()->showMessage(readOnlyReason);
    return true;
}

MainWindow::ForeignLockChoice MainWindow::askAboutForeignLock(const QString &explanation)
{
    if (foreignLockPrompt)
        return foreignLockPrompt(explanation);
    QMessageBox box(QMessageBox::Warning, tr("Ledger in use"), explanation, QMessageBox::NoButton, this);
    QPushButton *breakLock = box.addButton(tr("Remove the Mark and Open"), QMessageBox::DestructiveRole);
    QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == breakLock)
        return ForeignLockChoice::BreakLock;
    return box.clickedButton() == readOnly ? ForeignLockChoice::ReadOnly : ForeignLockChoice::Cancel;
}

void MainWindow::adoptDocument(std::unique_ptr<LedgerDocument> document)
{
    connect(document.get(), &LedgerDocument::errorOccurred, this, &MainWindow::showError);
    connect(document.get(), &LedgerDocument::tasksReset, this, &MainWindow::updateFilterChoices);
    connect(document.get(), &LedgerDocument::displaySettingsChanged, this, &MainWindow::updateFilterChoices);
    connect(document.get(), &LedgerDocument::unitsChanged, this, &MainWindow::updateFilterChoices);

    if (m_document) {
        emit documentChanged();
        m_undoGroup->removeStack(m_document->undoStack());
    }
    m_document = std::move(document);
    m_document->setAuthor(Preferences::load().author); // the history names who changed what
    m_model->setDocument(m_document.get());
    m_detail->setDocument(m_document.get());
    m_reporting->setDocument(m_document.get());
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    RecentFiles::add(m_document->path());
    updateRecentMenu();
    updateTitle();
    updateFilterChoices();
    if (m_document->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: nothing can be changed in this window."));
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, TaskTableModel::TitleColumn));
}

std::unique_ptr<LedgerDocument> MainWindow::takeDocument()
{
    if (!m_document)
        return nullptr;
    emit documentChanged();
    m_undoGroup->removeStack(m_document->undoStack());
    m_model->setDocument(nullptr);
    m_detail->setDocument(nullptr);
    m_reporting->setDocument(nullptr);
    disconnect(m_document.get(), nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    return std::move(m_document);
}

void MainWindow::openStartupLedger()
{
    for (const QString &path : RecentFiles::list()) {
        if (QFileInfo::exists(path) && openLedger(path))
            return;
    }
    QString error;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString sample = SampleLedger::ensure(dataDir, BundledResources::sampleLedgerSource(), &error);
    if (sample.isEmpty())
        showError(tr("The sample ledger could not be created: %1").arg(error));
    else
        openLedger(sample);
}

void MainWindow::newLedger()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Ledger"), Preferences::startFolder(), ledgerFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".taizhang"_s))
        path += u".taizhang"_s;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; open it instead, or choose another name.").arg(path));
        return;
    }
    openLedger(path, true);
}

void MainWindow::openLedgerDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Ledger"), Preferences::startFolder(), ledgerFilter());
    if (!path.isEmpty())
        openLedger(path);
}

void MainWindow::selectTasks(const QList<qint64> &taskIds)
{
    QItemSelection selection;
    for (qint64 id : taskIds) {
        const QModelIndex row = m_proxy->mapFromSource(m_model->index(m_model->rowOfTask(id), 0));
        if (row.isValid())
            selection.select(row, row.siblingAtColumn(TaskTableModel::ColumnCount - 1));
    }
    m_views->setCurrentWidget(m_table);
    findChild<QAction *>(u"showTableAction"_s)->setChecked(true);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        const QModelIndex first = selection.first().topLeft();
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
        m_detail->showTask(first.data(TaskTableModel::TaskIdRole).toLongLong());
    }
    statusBar()->showMessage(tr("%n task(s) selected from the chart.", nullptr, int(taskIds.size())), 6000);
}

QList<qint64> MainWindow::selectedTaskIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(TaskTableModel::TaskIdRole).toLongLong());
    return ids;
}

void MainWindow::bulkEdit()
{
    const QList<qint64> ids = selectedTaskIds();
    if (!m_document || ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the tasks to edit in the table first."), 6000);
        return;
    }
    BulkEditDialog dialog(int(ids.size()), this);
    const bool accepted = bulkEditPrompt ? bulkEditPrompt(dialog) : dialog.exec() == QDialog::Accepted;
    if (accepted)
        m_document->setTasksField(ids, dialog.field(), dialog.value());
}

void MainWindow::importSources()
{
    if (!m_document)
        return;
    QSet<QString> existingTitles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        existingTitles.insert(m_model->taskAt(row).title);
    ImportWizard wizard(existingTitles, m_document->store().plans(), this);
    wizard.setToday(m_document->clock().today());
    if (wizard.exec() != QDialog::Accepted)
        return;
    const ImportDraft draft = wizard.result();
    if (draft.taskCount() == 0)
        return;
    const QString description = tr("Import %n task(s)", nullptr, draft.taskCount());
    if (m_document->importDraft(draft, description))
        statusBar()->showMessage(tr("Imported %n task(s).", nullptr, draft.taskCount()), 8000);
}

void MainWindow::setDueSoonWindow()
{
    if (!m_document)
        return;
    bool ok = false;
    const int days = QInputDialog::getInt(this, tr("Due-Soon Window"),
        tr("Warn (yellow) this many days before a deadline:"), m_document->dueSoonDays(), 0, 365, 1, &ok);
    if (!ok)
        return;
    Preferences preferences = Preferences::load();
    preferences.dueSoonDays = days;
    applyPreferences(preferences);
}

void MainWindow::setLanguage(const QString &language)
{
    Preferences preferences = Preferences::load();
    preferences.language = language;
    applyPreferences(preferences);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(Preferences::load(), this);
    const bool accepted = preferencesPrompt ? preferencesPrompt(dialog) : dialog.exec() == QDialog::Accepted;
    if (accepted)
        applyPreferences(dialog.preferences());
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const QString previousLanguage = Localization::configuredLanguage();
    preferences.save();
    if (m_document) {
        m_document->setDueSoonDays(preferences.dueSoonDays);
        m_document->setAuthor(preferences.author);
    }
    m_detail->setAuthor(preferences.author);
    // Installing the catalogue sends every window a LanguageChange; LedgerWindows then builds the
    // windows anew around their open ledgers (undo history and all), so no restart is needed.
    if (Localization::configuredLanguage() != previousLanguage)
        Localization::install(Localization::configuredLanguage(), BundledResources::translationsPath());
}

void MainWindow::showAbout()
{
    AboutDialog about(this);
    about.exec();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : RecentFiles::list()) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openLedger(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::updateTitle()
{
    QString title = tr("Taizhang");
    if (m_document) {
        title = QFileInfo(m_document->path()).completeBaseName() + u" — "_s + title;
        if (m_document->isReadOnly())
            title += u" "_s + tr("[read-only]");
    }
    setWindowTitle(title);
}

void MainWindow::updateStatusBar()
{
    const std::array<int, 5> counts = m_proxy->lightCounts();
    m_counts->setText(
        tr("%1 of %2 tasks shown  ·  overdue %3  ·  due soon %4  ·  on track %5  ·  ongoing %6  ·  done %7")
            .arg(m_proxy->rowCount())
            .arg(m_model->rowCount())
            .arg(counts[size_t(TrafficLight::Overdue)])
            .arg(counts[size_t(TrafficLight::DueSoon)])
            .arg(counts[size_t(TrafficLight::OnTrack)])
            .arg(counts[size_t(TrafficLight::Ongoing)])
            .arg(counts[size_t(TrafficLight::Done)]));
}

void MainWindow::updateFilterChoices()
{
    const QStringList units = m_document ? m_document->store().unitNames() : QStringList();
    m_filterBar->setUnits(units);
    m_unitView->setUnits(units, m_document ? m_document->store().unitAliases() : QHash<QString, QString>());
    // Sections as a tree: each after its parent, indented by its depth.
    QList<std::pair<qint64, QString>> sections;
    if (m_document) {
        const QList<Section> all = m_document->store().sections();
        std::function<void(qint64, int)> addChildren = [&](qint64 parent, int depth) {
            for (const Section &section : all) {
                if (section.parentId == parent && depth < 8) {
                    sections.append({section.id, QString(depth * 2, u' ') + section.displayName()});
                    addChildren(section.id, depth + 1);
                }
            }
        };
        addChildren(0, 0);
        m_filterBar->setToday(m_document->clock().today());
    }
    m_filterBar->setSections(sections);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Taizhang"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::showHistory()
{
    if (!m_document)
        return;
    HistoryDialog dialog(*m_document, this);
    if (historyPrompt)
        historyPrompt(dialog);
    else
        dialog.exec();
}

} // namespace Taizhang
