#pragma once

#include "model/reportinground.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QListWidget;
class QPlainTextEdit;

namespace Taizhang {

// Request Close-out…: the unit asking, what was done, and the evidence files (each checked as it
// is added: a refused file is named with the reason and not added).
class CloseOutDialog : public QDialog {
    Q_OBJECT

public:
    CloseOutDialog(const QStringList &units, qint64 maxBytes, QWidget *parent = nullptr);

    QString unit() const;
    QString note() const;
    QList<Evidence> evidence() const { return m_evidence; }
    // Adds files as evidence; the refusals, one sentence each (empty when all were taken).
    QStringList addFiles(const QStringList &paths);
    void setNote(const QString &note);

    std::function<QStringList()> filesPrompt; // tests answer without a file dialog

private:
    QComboBox *m_unit;
    QPlainTextEdit *m_note;
    QListWidget *m_files;
    QList<Evidence> m_evidence;
    qint64 m_maxBytes;
};

} // namespace Taizhang
