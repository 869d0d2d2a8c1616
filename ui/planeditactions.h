#pragma once

#include <QObject>

#include <functional>

class QMenu;

namespace Taizhang {

class MainWindow;
class PlanPropertiesDialog;
class SectionsDialog;

// File → New Plan…, Plan Properties… (a new year re-reads, when confirmed, the deadlines that name
// none), Sections… (the section tree, beside the window) and Delete Plan…: each one undo step.
class PlanEditActions : public QObject {
    Q_OBJECT

public:
    explicit PlanEditActions(MainWindow *window);

    void addTo(QMenu *file);

    void newPlan();
    void editPlan();
    void editSections();
    void deletePlan();

    // Tests answer the questions: yes or no (the question text); the new plan's title (empty:
    // cancel); the plan dialog; the sections dialog, worked instead of shown.
    std::function<bool(const QString &question)> confirmPrompt;
    std::function<QString()> planTitlePrompt;
    std::function<bool(PlanPropertiesDialog &)> planPrompt;
    std::function<void(SectionsDialog &)> sectionsPrompt;

private:
    bool confirm(const QString &question);
    // The plan of the current task, else the ledger's first; 0 when it has none.
    qint64 currentPlanId() const;

    MainWindow *m_window;
};

} // namespace Taizhang
