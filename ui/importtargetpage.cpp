#include "importtargetpage.h"

#include "importwizard.h"
#include "itemmodels/importdraftmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
enum Column { TitleColumn, NumberColumn, TasksColumn, YearColumn, TargetColumn, ColumnCount };
}

ImportTargetPage::ImportTargetPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_plans(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Store the plans"));
    setSubTitle(tr("Each document becomes a plan of its own, or adds its tasks to a plan already in the ledger. "
                   "Check its title and the year its deadlines belong to."));
    m_plans->setObjectName(u"targetPlans"_s);
    m_plans->setColumnCount(ColumnCount);
    m_plans->setHorizontalHeaderLabels(
        {tr("Plan title"), tr("Document number"), tr("Tasks"), tr("Year"), tr("Store as")});
    m_plans->horizontalHeader()->resizeSection(TargetColumn, 320);
    m_plans->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_plans->horizontalHeader()->resizeSection(NumberColumn, 200);
    m_plans->verticalHeader()->hide();
    m_summary->setWordWrap(true);
    connect(m_plans, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == TitleColumn)
            m_wizard->model()->setPlanTitle(item->row(), item->text());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plans, 1);
    layout->addWidget(m_summary);
}

void ImportTargetPage::initializePage()
{
    const ImportDraft &draft = m_wizard->model()->draft();
    QSignalBlocker blocker(m_plans);
    m_plans->setRowCount(int(draft.plans.size()));
    for (int p = 0; p < draft.plans.size(); ++p) {
        const DraftPlan &plan = draft.plans.at(p);
        m_plans->setItem(p, TitleColumn, new QTableWidgetItem(plan.plan.title));
        auto *number = new QTableWidgetItem(plan.plan.docNumber);
        number->setFlags(number->flags() & ~Qt::ItemIsEditable);
        m_plans->setItem(p, NumberColumn, number);
        int included = 0;
        for (const DraftTask &task : plan.tasks)
            included += task.included ? 1 : 0;
        auto *tasks = new QTableWidgetItem(QString::number(included));
        tasks->setFlags(tasks->flags() & ~Qt::ItemIsEditable);
        m_plans->setItem(p, TasksColumn, tasks);
        auto *year = new QSpinBox(m_plans);
        year->setRange(2000, 2100);
        year->setValue(plan.plan.year);
        connect(
            year, &QSpinBox::valueChanged, this, [this, p](int value) { m_wizard->model()->setPlanYear(p, value); });
        m_plans->setCellWidget(p, YearColumn, year);

        auto *target = new QComboBox(m_plans);
        target->setObjectName(u"target%1"_s.arg(p));
        target->addItem(tr("A new plan"), qint64(0));
        for (const Plan &ledgerPlan : m_wizard->ledgerPlans())
            target->addItem(tr("Add to: %1").arg(ledgerPlan.title), ledgerPlan.id);
        target->setCurrentIndex(std::max(0, target->findData(plan.targetPlanId)));
        connect(target, &QComboBox::currentIndexChanged, this, [this, p, target] {
            m_wizard->model()->setPlanTarget(p, target->currentData().toLongLong());
            updateSummary();
        });
        m_plans->setCellWidget(p, TargetColumn, target);
    }
    updateSummary();
}

void ImportTargetPage::updateSummary()
{
    const ImportDraft result = m_wizard->result();
    int newPlans = 0;
    for (const DraftPlan &plan : result.plans)
        newPlans += plan.targetPlanId > 0 ? 0 : 1;
    m_summary->setText(
        tr("%1 will be imported; %2. The import is one step: Edit → Undo takes it back whole.")
            .arg(tr("%n task(s)", nullptr, result.taskCount()), tr("%n new plan(s)", nullptr, newPlans)));
}

} // namespace Taizhang
