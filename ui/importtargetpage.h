#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace Taizhang {

class ImportWizard;

// The last page: each plan the import makes, its title and the year its deadlines belong to
// (changing the year reads the deadlines that name none again), then Import commits it all as
// one undoable step.
class ImportTargetPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportTargetPage(ImportWizard *wizard);
    void initializePage() override;
    QTableWidget *plans() const { return m_plans; }

private:
    void updateSummary();

    ImportWizard *m_wizard;
    QTableWidget *m_plans;
    QLabel *m_summary;
};

} // namespace Taizhang
