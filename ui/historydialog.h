#pragma once

#include "model/historyentry.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace Taizhang {

class LedgerDocument;

// View → History: every change to the ledger, newest first, narrowed by text (task, field, value),
// who and action; exported as CSV (through the export's formula guard) for an audit.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    HistoryDialog(const LedgerDocument &document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *whoBox() const { return m_who; }
    QComboBox *actionBox() const { return m_action; }
    QString exportCsv(const QString &path) const; // the rows shown; empty, or why it failed

    std::function<QString()> savePathPrompt;

private:
    void refresh();
    QList<HistoryEntry> shown() const;

    QList<HistoryEntry> m_entries; // newest first
    QHash<qint64, QString> m_tasks; // id -> "number title"
    QLineEdit *m_search;
    QComboBox *m_who;
    QComboBox *m_action;
    QTableWidget *m_table;
};

} // namespace Taizhang
