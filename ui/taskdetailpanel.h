#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace Taizhang {

class CloseOutPanel;
class LedgerDocument;

// The selected task whole: requirement, units, deadline as written and as understood, milestones,
// progress history, its close-out requests; and the form that adds a progress report. Writes go
// through the document.
class TaskDetailPanel : public QWidget {
    Q_OBJECT

public:
    explicit TaskDetailPanel(QWidget *parent = nullptr);

    void setDocument(LedgerDocument *document);
    void showTask(qint64 taskId);
    qint64 taskId() const { return m_taskId; }

    QAction *addProgressAction() const { return m_addProgress; }
    QAction *removeProgressAction() const { return m_removeProgress; }
    CloseOutPanel *closeOutPanel() const { return m_closeOut; }
    QTreeWidget *changeHistory() const { return m_changes; }

    void setAuthor(const QString &author);

private:
    void refresh();
    void addProgress();
    void removeProgress();

    QPointer<LedgerDocument> m_document;
    qint64 m_taskId = 0;
    QString m_author;

    QLabel *m_heading;
    QLabel *m_section;
    QPlainTextEdit *m_requirement;
    QLabel *m_units;
    QLabel *m_deadline;
    QTreeWidget *m_milestones;
    QTreeWidget *m_history;
    QTreeWidget *m_changes; // the task's change history, newest first
    QDateEdit *m_date;
    QComboBox *m_unit;
    QSpinBox *m_percent;
    QLineEdit *m_text;
    QAction *m_addProgress;
    QAction *m_removeProgress;
    CloseOutPanel *m_closeOut;
};

} // namespace Taizhang
