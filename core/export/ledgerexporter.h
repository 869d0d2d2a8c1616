#pragma once

#include "report/report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace Taizhang {

// What to export, and where: the report context (tasks, plans, settings, today), which report a
// format that prints several should write, and a file or an open stream.
struct ExportJob {
    ReportContext context;
    Report::Kind report = Report::Kind::Ledger;
    QString path; // the file to write (through QSaveFile); or
    QIODevice *stream = nullptr; // an open device, for formats that can write a stream
    // Told how many tasks are written so far; returning false cancels the export.
    std::function<bool(int written)> progress;
};

struct ExportResult {
    QString error; // empty on success: a sentence in the user's language
    QString nothingToExport; // set instead when the report would be empty (no overdue task for a notice)
    int pages = -1; // printed formats: how many pages were written
    bool ok() const { return error.isEmpty() && nothingToExport.isEmpty(); }
};

// One export format (json, csv, xlsx, pdf …). Adding a format means adding one of these and
// registering it in ExporterRegistry: the CLI's --format and usage, the GUI's File menu and its
// file dialog's filter all come from there.
class LedgerExporter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerExporter)

public:
    virtual ~LedgerExporter() = default;

    virtual QString formatId() const = 0; // "xlsx", used by --format
    virtual QString displayName() const = 0; // "Excel workbook", for the menu and the file dialog
    virtual QString fileSuffix() const = 0; // "xlsx"
    // The reports it can write; the first is the default. A table format writes the ledger.
    virtual QList<Report::Kind> reports() const { return {Report::Kind::Ledger}; }
    // Whether it can write to an open stream (the CLI's standard output) instead of a file.
    virtual bool writesStreams() const { return false; }
    // Whether it may run on a worker thread: it reads only the job's context, never the store.
    virtual bool runsOffThread() const { return false; }

    virtual ExportResult exportLedger(const ExportJob &job) const = 0;

    QString fileFilter() const { return tr("%1 (*.%2)").arg(displayName(), fileSuffix()); }
    bool writes(Report::Kind kind) const { return reports().contains(kind); }

protected:
    // For stream formats: `write` fills the job's stream, or the file at its path through QSaveFile.
    static ExportResult writeStreamOrFile(const ExportJob &job, const std::function<QString(QIODevice *)> &write);
};

} // namespace Taizhang
