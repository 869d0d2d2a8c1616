#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoGroup;

namespace Taizhang {

class FilterBar;
class Dashboard;
class UnitView;
class ReportingView;
class ReportActions;
class TaskEditActions;
class PlanEditActions;
struct Preferences;
class DeadlineCharts;
class KanbanBoard;
class LedgerDocument;
class TaskDetailPanel;
class TaskFilterProxyModel;
class TaskTableModel;

// The ledger window: filter bar, table, detail panel; File, Edit and View menus. Every action is
// a QAction with a shortcut; every edit goes through the document and its undo stack.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creates it only when `create` is set, as File → New does); on failure shows
    // why and keeps the ledger that was open.
    bool openLedger(const QString &path, bool create = false);
    // Shows `document` (an open ledger with its undo history) in this window; takeDocument() gives
    // it up again, as when the window is built anew in another language.
    void adoptDocument(std::unique_ptr<LedgerDocument> document);
    std::unique_ptr<LedgerDocument> takeDocument();
    // A warning the user must read, as plain text (file names may hold anything).
    void showError(const QString &message);
    // Saves the user's preferences and applies them: due-soon window, author, language.
    void applyPreferences(const Preferences &preferences);
    // The last ledger, or on a first start a copy of the bundled sample.
    void openStartupLedger();

    LedgerDocument *document() const { return m_document.get(); }
    TaskTableModel *taskModel() const { return m_model; }
    TaskFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    KanbanBoard *board() const { return m_board; }
    DeadlineCharts *charts() const { return m_charts; }
    Dashboard *dashboard() const { return m_dashboard; }
    UnitView *unitView() const { return m_unitView; }
    ReportingView *reportingView() const { return m_reporting; }
    ReportActions *reports() const { return m_reports; }
    TaskEditActions *taskEdits() const { return m_taskEdits; }
    PlanEditActions *planEdits() const { return m_planEdits; }
    // Selects these tasks in the table and shows it (a click on a chart bar does this).
    void selectTasks(const QList<qint64> &taskIds);
    QList<qint64> selectedTaskIds() const; // in the table
    std::function<bool(class PreferencesDialog &)> preferencesPrompt;
    // Set by LedgerWindows: true when another window of this program shows `path` (and was raised).
    std::function<bool(const QString &path)> raiseWindowShowing;
    // Asked when another Taizhang has the ledger: open it read-only? Tests pass the answer.
    std::function<bool(const QString &question)> readOnlyPrompt;
    // A ledger locked from another computer: remove that lock, open it read-only, or leave it.
    enum class ForeignLockChoice { BreakLock, ReadOnly, Cancel };
    std::function<ForeignLockChoice(const QString &explanation)> foreignLockPrompt;
    // Sets one field on the selected tasks as one undo step; tests pass the dialog's answer.
    std::function<bool(class BulkEditDialog &)> bulkEditPrompt;
    std::function<void(class HistoryDialog &)> historyPrompt;

signals:
    // Before the window lets go of its ledger (another one opened, the window rebuilt): what
    // holds the old document (the Sections dialog) must let go too.
    void documentChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ForeignLockChoice askAboutForeignLock(const QString &explanation);
    void createActions();
    void newLedger();
    void openLedgerDialog();
    void importSources();
    void bulkEdit();
    void setDueSoonWindow();
    void showHistory();
    void setLanguage(const QString &language);
    void editPreferences();
    void showAbout();
    void updateRecentMenu();
    void updateTitle();
    void updateStatusBar();
    void updateFilterChoices(); // units, sections and today, as the ledger has them
    void readSettings();
    void writeSettings() const;

    std::unique_ptr<LedgerDocument> m_document;
    TaskTableModel *m_model;
    TaskFilterProxyModel *m_proxy;
    QUndoGroup *m_undoGroup;
    FilterBar *m_filterBar;
    QTableView *m_table;
    KanbanBoard *m_board;
    DeadlineCharts *m_charts;
    Dashboard *m_dashboard;
    UnitView *m_unitView;
    ReportingView *m_reporting;
    QStackedWidget *m_views;
    TaskDetailPanel *m_detail;
    QSplitter *m_splitter;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_counts;
    QTimer *m_statusTimer;
    ReportActions *m_reports;
    TaskEditActions *m_taskEdits;
    PlanEditActions *m_planEdits;
};

} // namespace Taizhang
