#include "reportactions.h"

#include "document/ledgerdocument.h"
#include "export/csvexporter.h"
#include "export/exportfile.h"
#include "export/jsonexporter.h"
#include "export/pdfexporter.h"
#include "export/xlsxexporter.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "mainwindow.h"
#include "reportdialog.h"
#include "reportsettingsdialog.h"
#include "settings/preferences.h"
#include "storage/ledgerstore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QList<Report::Kind> allKinds(std::begin(Report::kinds), std::end(Report::kinds));
} // namespace

ReportActions::ReportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void ReportActions::addTo(QMenu *file)
{
    auto add = [this, file](const QString &text, const QKeySequence &shortcut, const QString &name, auto slot) {
        QAction *action = file->addAction(text);
        action->setShortcut(shortcut);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
    };
    add(tr("Print Pre&view…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), u"printPreviewAction"_s,
        &ReportActions::printPreview);
    add(tr("&Print…"), QKeySequence::Print, u"printAction"_s, &ReportActions::print);
    add(tr("Export P&DF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), u"exportPdfAction"_s,
        &ReportActions::exportPdf);
    add(tr("Export E&xcel…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), u"exportXlsxAction"_s,
        &ReportActions::exportXlsx);
    add(tr("Export &CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), u"exportCsvAction"_s,
        &ReportActions::exportCsv);
    add(tr("Export &JSON…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), u"exportJsonAction"_s,
        &ReportActions::exportJson);
    add(tr("Report &Settings…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), u"reportSettingsAction"_s,
        &ReportActions::editSettings);
}

bool ReportActions::filterActive() const
{
    return m_window->proxyModel()->rowCount() < m_window->taskModel()->rowCount();
}

std::unique_ptr<ReportDialog> ReportActions::reportDialog(const QList<Report::Kind> &kinds, const QString &actionText)
{
    return std::make_unique<ReportDialog>(kinds, m_window->document()->store().unitNames(),
        m_window->document()->dueSoonDays(), filterActive(), actionText, m_window);
}

bool ReportActions::askReport(ReportDialog &dialog)
{
    return reportPrompt ? reportPrompt(dialog) : dialog.exec() == QDialog::Accepted;
}

QString ReportActions::askSavePath(const QString &suffix, const QString &filter)
{
    const QString suggested = QFileInfo(m_window->document()->path()).completeBaseName() + suffix;
    if (savePathPrompt)
        return savePathPrompt(suggested, filter);
    return QFileDialog::getSaveFileName(
        m_window, tr("Export"), QDir(Preferences::startFolder()).filePath(suggested), filter);
}

ReportContext ReportActions::context(const ReportDialog &dialog)
{
    return context(dialog.filteredOnly(), dialog.unit(), dialog.meetingDays());
}

ReportContext ReportActions::context(bool filteredOnly, const QString &unit, int meetingDays)
{
    LedgerDocument *document = m_window->document();
    m_window->taskModel()->loadAll();
    ReportContext context;
    context.plans = document->store().plans();
    context.sections = document->store().sections();
    context.settings = ReportSettings::load(document->store());
    context.selection.today = document->clock().today();
    context.selection.dueSoonDays = document->dueSoonDays();
    context.selection.unit = unit;
    context.meetingDays = meetingDays;
    QList<Task> tasks;
    if (filteredOnly) {
        tasks = m_window->proxyModel()->acceptedTasks();
    } else {
        for (int row = 0; row < m_window->taskModel()->rowCount(); ++row)
            tasks.append(m_window->taskModel()->taskAt(row));
    }
    context.tasks = listFeed(tasks, context.selection);
    context.records = document->isReadOnly() ? nullptr : &document->records();
    return context;
}

void ReportActions::finish(const QString &path, const QString &error)
{
    if (error.isEmpty())
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    else
        m_window->showError(tr("The export failed and nothing was written.\n%1").arg(error));
    emit exportFinished(path, error);
}

std::shared_ptr<Report> ReportActions::chooseReport(const QString &actionText, Report::Kind *kind)
{
    if (!m_window->document())
        return nullptr;
    std::unique_ptr<ReportDialog> dialog = reportDialog(allKinds, actionText);
    if (!askReport(*dialog))
        return nullptr;
    std::shared_ptr<Report> report = Report::create(dialog->kind(), context(*dialog));
    report->prepare();
    if (const QString empty = report->emptyMessage(); !empty.isEmpty()) {
        QMessageBox::information(m_window, Report::label(dialog->kind()), empty);
        return nullptr;
    }
    if (kind)
        *kind = dialog->kind();
    return report;
}

void ReportActions::printPreview()
{
    Report::Kind kind;
    const std::shared_ptr<Report> report = chooseReport(tr("Preview"), &kind);
    if (!report)
        return;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *preview = new QPrintPreviewDialog(printer, m_window);
    preview->setObjectName(u"printPreview"_s);
    preview->setWindowTitle(Report::label(kind));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, preview, [printer] { delete printer; });
    connect(
        preview, &QPrintPreviewDialog::paintRequested, preview, [report](QPrinter *target) { report->print(target); });
    preview->resize(1100, 800);
    preview->open();
}

void ReportActions::print()
{
    const std::shared_ptr<Report> report = chooseReport(tr("Print"));
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog printDialog(&printer, m_window);
    if (printDialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = report->print(&printer); !error.isEmpty())
        m_window->showError(error);
}

void ReportActions::exportPdf()
{
    Report::Kind kind;
    const std::shared_ptr<Report> report = chooseReport(tr("Export PDF"), &kind);
    if (!report)
        return;
    const QString path = askSavePath(u"-"_s + Report::id(kind) + u".pdf"_s, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    finish(path, PdfExporter::write(*report, path));
}

void ReportActions::exportXlsx()
{
    if (!m_window->document())
        return;
    std::unique_ptr<ReportDialog> dialog = reportDialog({Report::Kind::Ledger, Report::Kind::Unit}, tr("Export"));
    if (!askReport(*dialog))
        return;
    const QString path = askSavePath(u".xlsx"_s, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    ReportContext context = this->context(*dialog);
    context.records = nullptr; // read on another thread: it touches the store nowhere
    const bool unitSheets = dialog->kind() == Report::Kind::Unit;
    const int total = m_window->taskModel()->rowCount();

    auto written = std::make_shared<std::atomic<int>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto *progress = new QProgressDialog(
        tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, std::max(total, 1), m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto *timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress, [progress, written] { progress->setValue(*written); });
    timer->start(100);

    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, path, cancelled] {
        progress->deleteLater();
        watcher->deleteLater();
        if (*cancelled) { // the user's own choice: nothing to warn about
            m_window->statusBar()->showMessage(watcher->result(), 8000);
            emit exportFinished(path, watcher->result());
            return;
        }
        finish(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([context, path, unitSheets, written, cancelled] {
        return XlsxExporter::write(context, path, unitSheets, [written, cancelled](int n) {
            *written = n;
            return !*cancelled;
        });
    }));
}

void ReportActions::exportCsv()
{
    if (!m_window->document())
        return;
    const QString path = askSavePath(u".csv"_s, tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    const ReportContext context = this->context(filterActive(), {}, m_window->document()->dueSoonDays());
    finish(path, ExportFile::save(path, [&context](QIODevice *out) { return CsvExporter::write(context, out); }));
}

void ReportActions::exportJson()
{
    LedgerDocument *document = m_window->document();
    if (!document)
        return;
    const QString path = askSavePath(u".json"_s, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    finish(path,
        ExportFile::save(path, [document](QIODevice *out) { return JsonExporter::write(document->store(), out); }));
}

void ReportActions::editSettings()
{
    LedgerDocument *document = m_window->document();
    if (!document)
        return;
    ReportSettingsDialog dialog(ReportSettings::load(document->store()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    document->setReportSettings(dialog.settings()); // a failure is reported by the document
}

} // namespace Taizhang
