#pragma once

#include "export/ledgerexporter.h"
#include "report/report.h"

#include <QObject>

#include <functional>

class QMenu;

namespace Taizhang {

class MainWindow;
class ReportDialog;

// File → Print Preview, Print, an Export entry per registered format, and Report Settings. Reports cover the tasks
// the shared filter shows (or the whole ledger), as of the document's today. An Excel export runs
// off the UI thread with a progress dialog that can cancel it.
class ReportActions : public QObject {
    Q_OBJECT

public:
    explicit ReportActions(MainWindow *window);

    void addTo(QMenu *file);

    void printPreview();
    void print();
    // Exports in a registered format: asks which report when the format writes several, then
    // where; a format that may runs on a worker with a progress dialog that can cancel it.
    void exportAs(const QString &formatId);
    void editSettings();

    // Tests answer the dialogs: the report to make, and where to save it (empty: cancel).
    std::function<bool(ReportDialog &)> reportPrompt;
    std::function<QString(const QString &suggested, const QString &filter)> savePathPrompt;

signals:
    // After an export, with an empty error when it succeeded.
    void exportFinished(const QString &path, const QString &error);

private:
    // Asks which report, makes and prepares it; null when cancelled or when it would be empty (the
    // user is told why).
    std::shared_ptr<Report> chooseReport(const QString &actionText, Report::Kind *kind = nullptr);
    bool askReport(ReportDialog &dialog);
    QString askSavePath(const QString &suffix, const QString &filter);
    std::unique_ptr<ReportDialog> reportDialog(const QList<Report::Kind> &kinds, const QString &actionText);
    ReportContext context(const ReportDialog &dialog);
    ReportContext context(bool filteredOnly, const QString &unit, int meetingDays);
    bool filterActive() const;
    void exportOnWorker(const LedgerExporter &exporter, ExportJob job);
    void finish(const QString &path, const ExportResult &result);

    MainWindow *m_window;
};

} // namespace Taizhang
