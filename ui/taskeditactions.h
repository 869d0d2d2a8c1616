#pragma once

#include "model/taskstatus.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QMimeData;

namespace Taizhang {

class MainWindow;
struct Task;

// The ledger's shape edited by hand, in the Edit menu and the table's context menu: New Task,
// New Requirement Row, Duplicate, Delete, Move to Section…, Copy (TSV and an HTML table, so
// Excel, WPS and LibreOffice keep the cells), Paste Rows, Move Up/Down, Renumber Section. Every
// action is one undo step of the document.
class TaskEditActions : public QObject {
    Q_OBJECT

public:
    explicit TaskEditActions(MainWindow *window);

    void addTo(QMenu *edit); // the task actions
    void addToContextMenu(QMenu *menu);

    void newTask();
    void newTaskWithStatus(TaskStatus status); // the board's column menu
    void newRequirementRow();
    void duplicateTasks();
    void deleteTasks();
    void moveToSection();
    void moveUp(); // within the task's section, Alt+↑
    void moveDown();
    void renumberSection(); // the current task's section, its key works numbered in order
    void copyCells();
    // Rows copied from Excel, WPS or a web page (HTML or TSV), through the import preview, into the
    // selected task's plan and, when they name no section, its section just below it: one step.
    void pasteRows();

    // The clipboard content of the table's selected cells: text/plain as TSV, text/html a table.
    QMimeData *selectionMimeData() const;

    // The task the table's current row shows; false when the table is empty.
    static bool currentTask(const MainWindow *window, Task *task);

    // Tests answer the questions: delete these tasks? (the question text); which section (the
    // choices, returns an index or -1).
    std::function<bool(const QString &question)> confirmPrompt;
    std::function<int(const QStringList &choices)> sectionPrompt;
    std::function<bool(class ImportWizard &)> pastePrompt; // the preview of pasted rows; true: import

private:
    bool confirm(const QString &question);
    // The task to add next to: the current row, else the last one; false when the ledger is empty.
    bool templateTask(Task *task) const;
    qint64 currentPlanId() const;
    void selectAndEdit(qint64 taskId);
    void moveInSection(int delta);
    qint64 addNewTask(TaskStatus status); // the new task's id, 0 when none was added

    MainWindow *m_window;
    QList<QAction *> m_taskActions;
};

} // namespace Taizhang
