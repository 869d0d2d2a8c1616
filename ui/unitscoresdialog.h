#pragma once

#include "report/unitscores.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QTableWidget;

namespace Taizhang {

class LedgerDocument;

// Reporting → Unit Scores…: the ranking for a period (this year by default), a column per rule;
// a unit's row shows how each point was reached; printed as the score report.
class UnitScoresDialog : public QDialog {
    Q_OBJECT

public:
    UnitScoresDialog(const LedgerDocument &document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const UnitScores &scores() const { return m_scores; }
    void setPeriod(const QDate &from, const QDate &to);
    QString savePdf(const QString &path) const;

    std::function<QString()> savePathPrompt;

private:
    void refresh();

    const LedgerDocument &m_document;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    UnitScores m_scores;
};

} // namespace Taizhang
