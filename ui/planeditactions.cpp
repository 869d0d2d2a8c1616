#include "planeditactions.h"

#include "document/ledgerdocument.h"
#include "itemmodels/tasktablemodel.h"
#include "mainwindow.h"
#include "model/importdraft.h"
#include "planpropertiesdialog.h"
#include "sectionsdialog.h"
#include "taskeditactions.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Taizhang {

PlanEditActions::PlanEditActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

bool PlanEditActions::confirm(const QString &question)
{
    if (confirmPrompt)
        return confirmPrompt(question);
    return QMessageBox::question(m_window, tr("Taizhang"), question) == QMessageBox::Yes;
}

qint64 PlanEditActions::currentPlanId() const
{
    Task task;
    if (TaskEditActions::currentTask(m_window, &task))
        return task.planId;
    const QList<Plan> plans = m_window->document()->store().plans();
    return plans.isEmpty() ? 0 : plans.constFirst().id;
}

void PlanEditActions::addTo(QMenu *file)
{
    QAction *plan = file->addAction(tr("New &Plan…"), this, &PlanEditActions::newPlan);
    plan->setObjectName(u"newPlanAction"_s);
    plan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *properties = file->addAction(tr("Plan P&roperties…"), this, &PlanEditActions::editPlan);
    properties->setObjectName(u"planPropertiesAction"_s);
    properties->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return));
    QAction *sections = file->addAction(tr("Sect&ions…"), this, &PlanEditActions::editSections);
    sections->setObjectName(u"sectionsAction"_s);
    sections->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    QAction *remove = file->addAction(tr("De&lete Plan…"), this, &PlanEditActions::deletePlan);
    remove->setObjectName(u"deletePlanAction"_s);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
}

void PlanEditActions::editSections()
{
    LedgerDocument *document = m_window->document();
    if (!document)
        return;
    // Modeless, beside the window: rows dragged from the table drop on its sections.
    auto *dialog = new SectionsDialog(document, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::documentChanged, dialog, &QWidget::close); // another ledger: not its tree
    Task task;
    if (TaskEditActions::currentTask(m_window, &task))
        dialog->selectSection(task.sectionId);
    if (sectionsPrompt) {
        sectionsPrompt(*dialog);
        dialog->close();
    } else {
        dialog->show();
    }
}

void PlanEditActions::deletePlan()
{
    LedgerDocument *document = m_window->document();
    const qint64 planId = document ? currentPlanId() : 0;
    const std::optional<Plan> plan = planId > 0 ? document->outline().plan(planId) : std::nullopt;
    if (!plan || document->isReadOnly())
        return;
    const int tasks = [&] {
        int count = 0;
        const TaskTableModel *model = m_window->taskModel();
        for (int row = 0; row < model->rowCount(); ++row)
            count += model->taskAt(row).planId == planId ? 1 : 0;
        return count;
    }();
    if (!confirm(tr("Delete the plan \"%1\" with its sections and %n task(s), their progress records too? "
                    "Edit → Undo brings it all back.",
            nullptr, tasks)
                     .arg(plan->title)))
        return;
    document->deletePlan(planId);
}

void PlanEditActions::newPlan()
{
    LedgerDocument *document = m_window->document();
    if (!document || document->isReadOnly())
        return;
    QString title;
    if (planTitlePrompt) {
        title = planTitlePrompt();
    } else {
        bool ok = false;
        title = QInputDialog::getText(
            m_window, tr("New Plan"), tr("Title of the plan (方案):"), QLineEdit::Normal, tr("New plan"), &ok);
        if (!ok)
            title.clear();
    }
    if (title.trimmed().isEmpty())
        return;
    ImportDraft draft;
    DraftPlan plan;
    plan.plan.title = title.trimmed();
    plan.plan.year = document->clock().today().year();
    draft.plans.append(plan);
    document->importDraft(draft, tr("New plan \"%1\"").arg(plan.plan.title));
}

void PlanEditActions::editPlan()
{
    LedgerDocument *document = m_window->document();
    const qint64 planId = document ? currentPlanId() : 0;
    const std::optional<Plan> plan = planId > 0 ? document->outline().plan(planId) : std::nullopt;
    if (!plan) {
        m_window->statusBar()->showMessage(tr("The ledger has no plan yet: import one or make a new plan."), 6000);
        return;
    }
    PlanPropertiesDialog dialog(*plan, m_window);
    const bool accepted = planPrompt ? planPrompt(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted || document->isReadOnly())
        return;
    const Plan edited = dialog.plan();
    if (edited.year != plan->year) {
        const int affected = int(document->outline().tasksReadWithYear(planId).size());
        if (affected > 0
            && !confirm(tr("Read the deadlines of %n task(s) that name no year again as %1?", nullptr, affected)
                            .arg(edited.year)))
            return;
    }
    document->setPlan(edited);
}

} // namespace Taizhang
