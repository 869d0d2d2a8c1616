#pragma once

#include <QPersistentModelIndex>
#include <QWizardPage>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeView;

namespace Taizhang {

class ImportWizard;

// The preview: the plans' section and task tree; for the selected task its fields beside the
// source paragraph, title, units and deadline marked in colour; the warnings, each leading to its
// task. Fields are edited in place; tasks merged, split or dropped with the page's actions.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;

    QTreeView *tree() const { return m_tree; }
    QListWidget *warnings() const { return m_warnings; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QAction *mergeAction() const { return m_merge; }
    QAction *splitAction() const { return m_split; }
    QAction *dropAction() const { return m_drop; }
    QString summary() const;

private:
    void showTask(const QModelIndex &index);
    void commitField();
    void fillWarnings();
    void selectTask(const QModelIndex &index);
    void mergeSelected();
    void splitSelected();
    void toggleSelected();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTreeView *m_tree;
    QPlainTextEdit *m_source;
    QLineEdit *m_number;
    QLineEdit *m_title;
    QPlainTextEdit *m_requirement;
    QLineEdit *m_lead;
    QLineEdit *m_co;
    QLineEdit *m_leaders;
    QLineEdit *m_deadline;
    QListWidget *m_warnings;
    QAction *m_merge;
    QAction *m_split;
    QAction *m_drop;
    QPersistentModelIndex m_current;
    bool m_filling = false;
};

} // namespace Taizhang
