#include "reportactions.h"

#include "document/ledgerdocument.h"
#include "export/exporterregistry.h"
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

// The shortcuts of the formats Taizhang ships; a format registered later has none.
QKeySequence exportShortcut(const QString &formatId)
{
    static const QHash<QString, QKeySequence> shortcuts = {
        {u"pdf"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {u"xlsx"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        {u"csv"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {u"json"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
    };
    return shortcuts.value(formatId);
}

// exportPdfAction, exportXlsxAction …: what tests and the toolbar find the actions by.
QString exportActionName(const QString &formatId)
{
    return u"export"_s + formatId.left(1).toUpper() + formatId.mid(1) + u"Action"_s;
}
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
    // One entry per registered format, in the registry's order.
    for (const LedgerExporter *exporter : ExporterRegistry::instance().exporters()) {
        const QString formatId = exporter->formatId();
        QAction *action = file->addAction(tr("Export %1…").arg(exporter->displayName()));
        action->setShortcut(exportShortcut(formatId));
        action->setObjectName(exportActionName(formatId));
        connect(action, &QAction::triggered, this, [this, formatId] { exportAs(formatId); });
    }
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
    context.settings = ReportSettings::load(document->store(), Preferences::load().officeName);
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
    context.records = document->records();
    context.ledger = &document->store();
    return context;
}

void ReportActions::finish(const QString &path, const ExportResult &result)
{
    if (!result.nothingToExport.isEmpty()) { // not a failure: there is nothing to say yet
        QMessageBox::information(m_window, tr("Export"), result.nothingToExport);
        emit exportFinished(path, result.nothingToExport);
        return;
    }
    const QString &error = result.error;
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

void ReportActions::exportAs(const QString &formatId)
{
    const LedgerExporter *exporter = ExporterRegistry::instance().find(formatId);
    if (!m_window->document() || !exporter)
        return;
    // A format that writes several reports asks which; one that writes the ledger covers the view.
    ExportJob job;
    if (exporter->reports().size() > 1) {
        std::unique_ptr<ReportDialog> dialog = reportDialog(exporter->reports(), tr("Export"));
        if (!askReport(*dialog))
            return;
        job.report = dialog->kind();
        job.context = context(*dialog);
    } else {
        job.report = exporter->reports().value(0, Report::Kind::Ledger);
        job.context = context(filterActive(), {}, m_window->document()->dueSoonDays());
    }
    // ledger.xlsx, ledger-notice.pdf: a report other than the ledger names itself.
    const QString suffix = (job.report == Report::Kind::Ledger ? QString() : u"-"_s + Report::id(job.report)) + u"."_s
        + exporter->fileSuffix();
    job.path = askSavePath(suffix, exporter->fileFilter());
    if (job.path.isEmpty())
        return;
    if (exporter->runsOffThread())
        exportOnWorker(*exporter, std::move(job));
    else
        finish(job.path, exporter->exportLedger(job));
}

void ReportActions::exportOnWorker(const LedgerExporter &exporter, ExportJob job)
{
    job.context.records = nullptr; // read on another thread: it touches the store nowhere
    job.context.ledger = nullptr;
    const int total = m_window->taskModel()->rowCount();
    auto written = std::make_shared<std::atomic<int>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto *progress = new QProgressDialog(
        tr("Writing %1…").arg(QFileInfo(job.path).fileName()), tr("Cancel"), 0, std::max(total, 1), m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto *timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress, [progress, written] { progress->setValue(*written); });
    timer->start(100);

    job.progress = [written, cancelled](int n) {
        *written = n;
        return !*cancelled;
    };
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    connect(
        watcher, &QFutureWatcher<ExportResult>::finished, this, [this, watcher, progress, path = job.path, cancelled] {
            progress->deleteLater();
            watcher->deleteLater();
            if (*cancelled) { // the user's own choice: nothing to warn about
                m_window->statusBar()->showMessage(watcher->result().error, 8000);
                emit exportFinished(path, watcher->result().error);
                return;
            }
            finish(path, watcher->result());
        });
    watcher->setFuture(QtConcurrent::run([&exporter, job] { return exporter.exportLedger(job); }));
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
