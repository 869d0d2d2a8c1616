#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QTreeWidget;

namespace Taizhang {

class CloseOutDialog;
class LedgerDocument;

// The task's close-out (销号) in the detail panel: its requests with their evidence and
// decisions, and the actions on them: request (with evidence), approve, return with a reason,
// open an evidence file (a temporary copy, in the desktop's viewer; never run), save a copy of
// it, print the 销号审批表. Each change one undo step, through the document.
class CloseOutPanel : public QWidget {
    Q_OBJECT

public:
    explicit CloseOutPanel(QWidget *parent = nullptr);

    void setDocument(LedgerDocument *document);
    void showTask(qint64 taskId);
    QTreeWidget *requestTree() const { return m_tree; }
    QList<QAction *> closeOutActions() const;
    QAction *requestAction() const { return m_request; }
    QAction *approveAction() const { return m_approve; }
    QAction *returnAction() const { return m_return; }
    QAction *openEvidenceAction() const { return m_open; }
    QAction *saveEvidenceAction() const { return m_save; }
    QAction *printFormAction() const { return m_print; }
    void setDecider(const QString &name) { m_decider = name; }

    // Tests answer the dialogs: the request, a note or reason (nullopt: cancelled), where to
    // save, and what would be handed to the desktop's viewer.
    std::function<bool(CloseOutDialog &)> requestPrompt;
    std::function<std::optional<QString>(const QString &title, const QString &label)> notePrompt;
    std::function<QString(const QString &suggested)> savePathPrompt;
    std::function<void(const QString &path)> openExternally;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void refresh();
    void updateActions();
    void request();
    void decide(bool approve);
    std::optional<qint64> currentEvidence() const;
    QString currentEvidenceName() const;
    void openEvidence();
    void saveEvidence();
    void printForm();
    QString decider() const;

    QPointer<LedgerDocument> m_document;
    qint64 m_taskId = 0;
    QString m_decider;
    QTreeWidget *m_tree;
    QAction *m_request;
    QAction *m_approve;
    QAction *m_return;
    QAction *m_open;
    QAction *m_save;
    QAction *m_print;
};

} // namespace Taizhang
