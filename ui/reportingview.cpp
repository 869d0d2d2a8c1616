#include "reportingview.h"

#include "collectpreviewdialog.h"
#include "escalationdialog.h"
#include "unitscoresdialog.h"
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "export/pdfexporter.h"
#include "itemmodels/roundboardmodel.h"
#include "itemmodels/taskfilterproxymodel.h"
#include "itemmodels/tasktablemodel.h"
#include "newrounddialog.h"
#include "report/report.h"
#include "rounds/chasenotice.h"
#include "rounds/returncollector.h"
#include "rounds/returnsheetreader.h"
#include "rounds/returnsheetprint.h"
#include "rounds/returnsheetwriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
// The workbooks dropped, and those in the folders dropped.
QStringList workbooksIn(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    paths = ReturnSheetReader::expand(paths);
    paths.removeIf([](const QString &path) { return !path.endsWith(u".xlsx"_s, Qt::CaseInsensitive); });
    return paths;
}
} // namespace

ReportingView::ReportingView(TaskFilterProxyModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_rounds(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new RoundBoardModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(u"reportingView"_s);
    setAcceptDrops(true);
    auto action = [this](const QString &text, const QKeySequence &shortcut, const QString &name,
                      const std::function<void()> &slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(shortcut);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newRound = action(tr("&New Round…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), u"newRoundAction"_s,
        [this] { newRound(); });
    m_writeSheets = action(tr("&Write Sheets…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), u"writeSheetsAction"_s,
        [this] { writeSheets(false); });
    m_writePaperSheets = action(tr("Write Sheets for &Paper (PDF)…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W),
        u"writePaperSheetsAction"_s, [this] { writeSheets(true); });
    m_collect = action(tr("&Collect Returned Sheets…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
        u"collectAction"_s, [this] { collect(); });
    m_collectFolder = action(tr("Collect a &Folder of Returned Sheets…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G),
        u"collectFolderAction"_s, [this] {
            const QString title = tr("Collect a Folder of Returned Sheets");
            const QString folder = folderPrompt ? folderPrompt(title) : QFileDialog::getExistingDirectory(this, title);
            if (!folder.isEmpty())
                collectFiles({folder});
        });
    m_printReminders = action(tr("&Print Reminders…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
        u"printRemindersAction"_s, [this] { printReminders(); });
    m_copyReminders = action(tr("C&opy Reminders for Messenger"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
        u"copyRemindersAction"_s, [this] { copyReminders(); });
    m_closeRound = action(tr("Close &Round"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), u"closeRoundAction"_s,
        [this] { closeRound(); });
    m_todaysNotices = action(tr("&Today's Notices…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
        u"todaysNoticesAction"_s, [this] {
            if (!m_document)
                return;
            EscalationDialog dialog(*m_document, this);
            if (escalationPrompt)
                escalationPrompt(dialog);
            else
                dialog.exec();
        });
    m_unitScores = action(tr("Unit &Scores…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), u"unitScoresAction"_s,
        [this] {
            if (!m_document)
                return;
            UnitScoresDialog dialog(*m_document, this);
            if (scoresPrompt)
                scoresPrompt(dialog);
            else
                dialog.exec();
        });
    for (QAction *a : roundActions())
        addAction(a);

    m_rounds->setObjectName(u"roundBox"_s);
    m_rounds->setMinimumContentsLength(16);
    connect(m_rounds, &QComboBox::currentIndexChanged, this, &ReportingView::refresh);
    m_counts->setObjectName(u"roundCounts"_s);
    QFont big = m_counts->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_counts->setFont(big);
    m_counts->setWordWrap(true);
    m_state->setObjectName(u"roundState"_s);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RoundBoardModel::SortRole);
    m_table->setObjectName(u"roundBoard"_s);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the board's own order: what is missing first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RoundBoardModel::UnitColumn, QHeaderView::Stretch);
    for (int c = RoundBoardModel::TasksColumn; c < RoundBoardModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, 150);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_newRound, m_writeSheets, m_collect, m_printReminders, m_copyReminders});

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Round:"), this));
    top->addWidget(m_rounds);
    top->addWidget(m_state, 1);
    auto *hint = new QLabel(tr("Drop the sheets units returned here to collect them."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    updateActions();
}

ReportingView::~ReportingView() = default;

QList<QAction *> ReportingView::roundActions() const
{
    return {m_newRound, m_writeSheets, m_writePaperSheets, m_collect, m_collectFolder, m_printReminders, m_copyReminders,
        m_closeRound, m_todaysNotices, m_unitScores};
}

void ReportingView::setDocument(LedgerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &LedgerDocument::roundsChanged, this, &ReportingView::refresh);
        connect(m_document, &LedgerDocument::tasksReset, this, &ReportingView::refresh);
        connect(m_document, &LedgerDocument::displaySettingsChanged, this, &ReportingView::refresh);
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            refresh();
        });
    }
    refresh();
}

const RoundBoard &ReportingView::board() const
{
    return m_model->board();
}

std::optional<ReportingRound> ReportingView::currentRound() const
{
    if (!m_document || m_rounds->currentIndex() < 0)
        return std::nullopt;
    return m_document->rounds().round(m_rounds->currentData().toLongLong());
}

void ReportingView::refresh()
{
    // The rounds in the box, newest first, keeping the one shown (or the open one) selected.
    const qint64 shown = m_rounds->currentData().toLongLong();
    const QList<ReportingRound> rounds = m_document ? m_document->rounds().rounds() : QList<ReportingRound> {};
    {
        const QSignalBlocker block(m_rounds);
        m_rounds->clear();
        for (auto it = rounds.crbegin(); it != rounds.crend(); ++it)
            m_rounds->addItem(it->isOpen() ? it->name : tr("%1 (closed)").arg(it->name), it->id);
        int index = m_rounds->findData(shown);
        if (index < 0 && m_document) {
            if (const std::optional<ReportingRound> open = m_document->rounds().currentRound())
                index = m_rounds->findData(open->id);
        }
        m_rounds->setCurrentIndex(index >= 0 ? index : (m_rounds->count() ? 0 : -1));
    }
    const std::optional<ReportingRound> round = currentRound();
    if (!round) {
        m_model->setBoard({});
        m_state->setText(m_document ? tr("No reporting round yet: open one to send units their sheets.") : QString());
        m_counts->clear();
    } else {
        const RoundBoard board = RoundBoard::of(m_document->store(), *round, m_document->clock().today());
        m_model->setBoard(board);
        m_state->setText(round->isOpen()
                ? tr("Opened %1 · returns due %2").arg(Report::longDate(round->opened), Report::longDate(round->due))
                : tr("Closed %1 · returns were due %2").arg(Report::longDate(round->closed), Report::longDate(round->due)));
        m_counts->setText(tr("%1 units · %2 returned · %3 missing · %4 late · %5 of %6 tasks reported")
                              .arg(board.units.size())
                              .arg(board.returned)
                              .arg(board.missing)
                              .arg(board.late)
                              .arg(board.reported)
                              .arg(board.tasks));
    }
    updateActions();
    emit summaryChanged(summary());
}

QString ReportingView::summary() const
{
    if (!m_document)
        return {};
    const std::optional<ReportingRound> open = m_document->rounds().currentRound();
    if (!open)
        return {};
    const RoundBoard board = RoundBoard::of(m_document->store(), *open, m_document->clock().today());
    return tr("Reporting round %1: %2 of %3 units returned, %4 missing (due %5)")
        .arg(open->name)
        .arg(board.returned)
        .arg(board.units.size())
        .arg(board.missing)
        .arg(Report::longDate(open->due));
}

void ReportingView::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const std::optional<ReportingRound> round = currentRound();
    m_newRound->setEnabled(writable);
    m_writeSheets->setEnabled(round.has_value());
    m_writePaperSheets->setEnabled(round.has_value());
    m_collect->setEnabled(writable && round && round->isOpen());
    m_collectFolder->setEnabled(m_collect->isEnabled());
    const bool missing = round && m_model->board().missing > 0;
    m_printReminders->setEnabled(missing);
    m_copyReminders->setEnabled(missing);
    m_closeRound->setEnabled(writable && round && round->isOpen());
    m_todaysNotices->setEnabled(m_document != nullptr);
    m_unitScores->setEnabled(m_document != nullptr);
}

void ReportingView::newRound()
{
    if (!m_document)
        return;
    QStringList taken;
    for (const ReportingRound &r : m_document->rounds().rounds())
        taken.append(r.name);
    const bool filtered = m_filter->rowCount() < m_filter->sourceModel()->rowCount();
    NewRoundDialog dialog(RoundSchedule::fromSetting(m_document->store().setting(LedgerRounds::scheduleKey())),
        m_document->clock().today(), taken, filtered ? m_filter->rowCount() : 0, this);
    if (!(newRoundPrompt ? newRoundPrompt(dialog) : dialog.exec() == QDialog::Accepted))
        return;
    RoundPlanner::Request request;
    request.name = dialog.name();
    request.due = dialog.due();
    request.periodEnd = dialog.periodEnd();
    if (dialog.filteredOnly()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            request.taskIds.append(m_filter->index(row, 0).data(TaskTableModel::TaskIdRole).toLongLong());
    }
    const qint64 id = m_document->rounds().openRound(RoundPlanner::plan(*m_document, request), dialog.schedule().toSetting());
    if (id) {
        m_rounds->setCurrentIndex(m_rounds->findData(id));
        emit statusMessage(tr("Reporting round %1 opened.").arg(request.name));
    }
}

void ReportingView::writeSheets(bool paper)
{
    const std::optional<ReportingRound> round = currentRound();
    if (!round)
        return;
    const QString title = paper ? tr("Write Sheets for Paper") : tr("Write Sheets");
    const QString folder = folderPrompt ? folderPrompt(title) : QFileDialog::getExistingDirectory(this, title);
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<ReturnSheet> sheets = ReturnSheet::forRound(*m_document, *round);
    TaskSelection selection;
    selection.today = m_document->clock().today();
    const ReportContext context = ReportContext::fromStore(m_document->store(), selection);
    QString error;
    for (const ReturnSheet &sheet : sheets) {
        const QString path = QDir(folder).filePath(sheet.fileName(paper ? u"pdf"_s : u"xlsx"_s));
        if (paper) {
            ReturnSheetPrint print(context, {sheet});
            error = PdfExporter::write(print, path);
        } else {
            error = ReturnSheetWriter::write(sheet, path);
        }
        if (!error.isEmpty())
            break;
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        emit errorOccurred(error);
    else
        emit statusMessage(tr("%n sheet(s) written to %1.", nullptr, int(sheets.size())).arg(QDir::toNativeSeparators(folder)));
}

void ReportingView::collect()
{
    const QStringList paths = filesPrompt
        ? filesPrompt()
        : QFileDialog::getOpenFileNames(this, tr("Collect Returned Sheets"), {}, tr("Excel workbooks (*.xlsx)"));
    if (!paths.isEmpty())
        collectFiles(paths);
}

void ReportingView::collectFiles(const QStringList &paths)
{
    const std::optional<ReportingRound> round = currentRound();
    if (!m_document || !round)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReturnCollector collector(*m_document, *round);
    const CollectPreview preview = collector.preview(paths);
    QApplication::restoreOverrideCursor();
    CollectPreviewDialog dialog(preview, this);
    if (!(previewPrompt ? previewPrompt(dialog) : dialog.exec() == QDialog::Accepted))
        return;
    const CollectPreview chosen = dialog.preview();
    if (m_document->rounds().collect(collector.collected(chosen)))
        emit statusMessage(tr("%n progress report(s) stored from the returned sheets.", nullptr, chosen.acceptedRows()));
}

void ReportingView::printReminders()
{
    const std::optional<ReportingRound> round = currentRound();
    if (!round)
        return;
    std::shared_ptr<ChaseNotice> notice = ChaseNotice::forRound(*m_document, *round);
    if (const QString empty = notice->emptyMessage(); !empty.isEmpty()) {
        emit statusMessage(empty);
        return;
    }
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(u"remindersPreview"_s);
    preview->setWindowTitle(notice->title());
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, preview, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, preview, [notice](QPrinter *target) { notice->print(target); });
    preview->resize(900, 1000);
    preview->open();
}

void ReportingView::copyReminders()
{
    const std::optional<ReportingRound> round = currentRound();
    if (!round)
        return;
    const std::unique_ptr<ChaseNotice> notice = ChaseNotice::forRound(*m_document, *round);
    QApplication::clipboard()->setText(notice->messages());
    emit statusMessage(tr("Reminders for %n unit(s) copied: paste them into the office's messenger.", nullptr,
        int(notice->board().missingUnits().size())));
}

void ReportingView::closeRound()
{
    if (const std::optional<ReportingRound> round = currentRound())
        m_document->rounds().closeRound(round->id);
}

void ReportingView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_collect->isEnabled() && !workbooksIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReportingView::dropEvent(QDropEvent *event)
{
    const QStringList paths = workbooksIn(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    collectFiles(paths);
}

} // namespace Taizhang
