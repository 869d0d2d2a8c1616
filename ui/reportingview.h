#pragma once

#include "model/reportinground.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Taizhang {

class CollectPreviewDialog;
class LedgerDocument;
class NewRoundDialog;
class RoundBoardModel;
struct RoundBoard;
class TaskFilterProxyModel;

// View → Reporting: the ledger's reporting rounds and the open round's board (who returned their
// sheet, who is late, who is missing), with the round's work as actions: open a round, write the
// units' sheets (Excel to fill in, PDF to print), collect returned sheets (chosen, a folder, or
// dropped on the page) through a preview, print or copy the reminders (催报) for those missing, close it.
class ReportingView : public QWidget {
    Q_OBJECT

public:
    ReportingView(TaskFilterProxyModel *filter, QWidget *parent = nullptr);
    ~ReportingView() override;

    void setDocument(LedgerDocument *document);
    QList<QAction *> roundActions() const;
    QAction *newRoundAction() const { return m_newRound; }
    QAction *writeSheetsAction() const { return m_writeSheets; }
    QAction *writePaperSheetsAction() const { return m_writePaperSheets; }
    QAction *collectAction() const { return m_collect; }
    QAction *collectFolderAction() const { return m_collectFolder; }
    QAction *printRemindersAction() const { return m_printReminders; }
    QAction *copyRemindersAction() const { return m_copyReminders; }
    QAction *closeRoundAction() const { return m_closeRound; }
    QAction *todaysNoticesAction() const { return m_todaysNotices; }
    QAction *unitScoresAction() const { return m_unitScores; }
    QComboBox *roundBox() const { return m_rounds; }
    QTableView *boardTable() const { return m_table; }
    QLabel *countsLabel() const { return m_counts; }
    const RoundBoard &board() const; // the round shown

    std::optional<ReportingRound> currentRound() const;
    // Previews returned sheets against the current round and stores what the user accepts.
    void collectFiles(const QStringList &paths);
    // One line for Home: the open round's state, empty without one.
    QString summary() const;

    // Tests answer the dialogs without showing them.
    std::function<bool(NewRoundDialog &)> newRoundPrompt;
    std::function<QString(const QString &title)> folderPrompt;
    std::function<QStringList()> filesPrompt;
    std::function<bool(CollectPreviewDialog &)> previewPrompt;
    std::function<void(class EscalationDialog &)> escalationPrompt;
    std::function<void(class UnitScoresDialog &)> scoresPrompt;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    void summaryChanged(const QString &summary);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void updateActions();
    void newRound();
    void writeSheets(bool paper);
    void collect();
    void printReminders();
    void copyReminders();
    void closeRound();

    TaskFilterProxyModel *m_filter;
    LedgerDocument *m_document = nullptr;
    QComboBox *m_rounds;
    QLabel *m_state;
    QLabel *m_counts;
    QTableView *m_table;
    RoundBoardModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QAction *m_newRound;
    QAction *m_writeSheets;
    QAction *m_writePaperSheets;
    QAction *m_collect;
    QAction *m_collectFolder;
    QAction *m_printReminders;
    QAction *m_copyReminders;
    QAction *m_closeRound;
    QAction *m_todaysNotices;
    QAction *m_unitScores;
};

} // namespace Taizhang
