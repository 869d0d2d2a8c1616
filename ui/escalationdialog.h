#pragma once

#include "report/escalationladder.h"

#include <QDialog>

#include <functional>

class QTreeWidget;

namespace Taizhang {

class LedgerDocument;

// Reporting → Today's Notices…: what the escalation ladder asks to issue today, one row a task
// (level, task, lead units, days overdue, why). Ticked rows are issued and printed in one batch;
// an unticked row is skipped, with the reason typed beside it kept in the history.
class EscalationDialog : public QDialog {
    Q_OBJECT

public:
    EscalationDialog(LedgerDocument &document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QList<DueEscalation> chosen() const;
    // Unticked rows with their reasons (empty reasons are not skips: they stay due).
    QList<std::pair<DueEscalation, QString>> skipped() const;
    // Issues the chosen ones (printing them onto `device` when given, else to a PDF at `pdfPath`),
    // records the skips; an empty string, or why it failed.
    QString issue(const QString &pdfPath);

    std::function<QString()> savePathPrompt; // tests answer without a file dialog

private:
    LedgerDocument &m_document;
    QList<DueEscalation> m_due;
    QTreeWidget *m_tree;
};

} // namespace Taizhang
