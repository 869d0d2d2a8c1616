#include "closeoutpanel.h"

#include "closeoutdialog.h"
#include "document/ledgercloseouts.h"
#include "document/ledgerdocument.h"
#include "export/exportfile.h"
#include "report/report.h"
#include "rounds/closeoutform.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QIODevice>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
constexpr int RequestRole = Qt::UserRole + 1;
constexpr int EvidenceRole = Qt::UserRole + 2;

QString stateText(const CloseOutRequest &r)
{
    switch (r.state) {
    case CloseOutRequest::State::Pending: return CloseOutPanel::tr("Waiting for a decision");
    case CloseOutRequest::State::Approved: return CloseOutPanel::tr("Approved %1 by %2").arg(r.decided.toString(Qt::ISODate), r.decidedBy);
    case CloseOutRequest::State::Returned:
        return CloseOutPanel::tr("Returned %1 by %2: %3").arg(r.decided.toString(Qt::ISODate), r.decidedBy, r.decisionNote);
    }
    return {};
}

// One folder for the copies opened in the desktop's viewer, removed when Taizhang ends.
QTemporaryDir &openedCopies()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

CloseOutPanel::CloseOutPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"closeOutPanel"_s);
    auto action = [this](const QString &text, const QKeySequence &shortcut, const QString &name, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_request = action(tr("Request Close-out…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X), u"requestCloseOutAction"_s,
        [this] { request(); });
    m_approve = action(tr("Approve Close-out…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A), u"approveCloseOutAction"_s,
        [this] { decide(true); });
    m_return = action(tr("Return Close-out Request…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B),
        u"returnCloseOutAction"_s, [this] { decide(false); });
    m_open = action(tr("Open Evidence"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), u"openEvidenceAction"_s,
        [this] { openEvidence(); });
    m_save = action(tr("Save a Copy of Evidence…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), u"saveEvidenceAction"_s,
        [this] { saveEvidence(); });
    m_print = action(tr("Print Close-out Form…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F), u"printCloseOutFormAction"_s,
        [this] { printForm(); });

    m_tree->setObjectName(u"closeOutRequests"_s);
    m_tree->setHeaderLabels({tr("Requested"), tr("Unit"), tr("Decision")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setMaximumHeight(130);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CloseOutPanel::updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, EvidenceRole).toLongLong())
            openEvidence();
    });
    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_request, m_approve, m_return});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(tools);
    updateActions();
}

QList<QAction *> CloseOutPanel::closeOutActions() const
{
    return {m_request, m_approve, m_return, m_open, m_save, m_print};
}

void CloseOutPanel::setDocument(LedgerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_taskId = 0;
    if (m_document)
        connect(m_document, &LedgerDocument::roundsChanged, this, &CloseOutPanel::refresh);
    refresh();
}

void CloseOutPanel::showTask(qint64 taskId)
{
    m_taskId = taskId;
    refresh();
}

void CloseOutPanel::refresh()
{
    m_tree->clear();
    if (m_document && m_taskId) {
        for (const CloseOutRequest &r : m_document->closeOuts().requestsOf(m_taskId)) {
            auto *item = new QTreeWidgetItem(m_tree, {r.requested.toString(Qt::ISODate), r.unit, stateText(r)});
            item->setData(0, RequestRole, r.id);
            item->setToolTip(2, r.note);
            for (const Evidence &e : r.evidence) {
                auto *file = new QTreeWidgetItem(item, {QString(), e.name, tr("%1 KB").arg((e.size + 1023) / 1024)});
                file->setData(0, RequestRole, r.id);
                file->setData(0, EvidenceRole, e.id);
                file->setToolTip(1, u"SHA-256 %1"_s.arg(e.sha256));
            }
            item->setExpanded(r.state == CloseOutRequest::State::Pending);
            m_tree->setCurrentItem(item);
        }
    }
    updateActions();
}

void CloseOutPanel::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly() && m_taskId;
    const std::optional<CloseOutRequest> pending
        = writable ? m_document->closeOuts().pendingRequest(m_taskId) : std::nullopt;
    const std::optional<Task> task = writable ? m_document->store().task(m_taskId) : std::nullopt;
    m_request->setEnabled(task && !pending && task->status != TaskStatus::Closed);
    m_approve->setEnabled(pending.has_value());
    m_return->setEnabled(pending.has_value());
    m_open->setEnabled(currentEvidence().has_value());
    m_save->setEnabled(currentEvidence().has_value());
    m_print->setEnabled(m_tree->topLevelItemCount() > 0);
}

QString CloseOutPanel::decider() const
{
    return m_decider.isEmpty() && m_document ? m_document->author() : m_decider;
}

void CloseOutPanel::request()
{
    const std::optional<Task> task = m_document ? m_document->store().task(m_taskId) : std::nullopt;
    if (!task)
        return;
    CloseOutDialog dialog(task->leadUnits + task->coUnits, m_document->closeOuts().maxEvidenceBytes(), this);
    if (!(requestPrompt ? requestPrompt(dialog) : dialog.exec() == QDialog::Accepted))
        return;
    CloseOutRequest r;
    r.taskId = task->id;
    r.unit = dialog.unit();
    r.note = dialog.note();
    r.evidence = dialog.evidence();
    if (m_document->closeOuts().requestCloseOut(r))
        emit statusMessage(tr("Close-out of task %1 requested.").arg(task->number));
}

void CloseOutPanel::decide(bool approve)
{
    const std::optional<CloseOutRequest> pending = m_document ? m_document->closeOuts().pendingRequest(m_taskId) : std::nullopt;
    if (!pending)
        return;
    const QString title = approve ? tr("Approve Close-out") : tr("Return Close-out Request");
    const QString label = approve ? tr("Note (optional):") : tr("Why is it returned? The unit reads this on its next sheet:");
    std::optional<QString> note;
    if (notePrompt) {
        note = notePrompt(title, label);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, title, label, {}, &ok);
        if (ok)
            note = text;
    }
    if (!note)
        return;
    if (approve)
        m_document->closeOuts().approve(pending->id, decider(), *note);
    else
        m_document->closeOuts().returnRequest(pending->id, decider(), *note);
}

std::optional<qint64> CloseOutPanel::currentEvidence() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, EvidenceRole).toLongLong() : 0;
    return id ? std::optional<qint64>(id) : std::nullopt;
}

QString CloseOutPanel::currentEvidenceName() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->text(1) : QString();
}

void CloseOutPanel::openEvidence()
{
    const std::optional<qint64> id = currentEvidence();
    const std::optional<QByteArray> data = id && m_document ? m_document->store().evidenceData(*id) : std::nullopt;
    if (!data)
        return;
    // A copy under a name Taizhang makes (the unit's name could be anything), opened by the
    // desktop's viewer for its type: never run, and the ledger's copy never touched.
    const QString name = QFileInfo(currentEvidenceName()).fileName().remove(u'/');
    const QString path = QDir(openedCopies().path()).filePath(u"%1-%2"_s.arg(*id).arg(name));
    const QString error = ExportFile::save(path, [&data](QIODevice *out) {
        return out->write(*data) == data->size() ? QString() : out->errorString();
    });
    if (!error.isEmpty()) {
        emit errorOccurred(error);
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    if (openExternally)
        openExternally(path);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void CloseOutPanel::saveEvidence()
{
    const std::optional<qint64> id = currentEvidence();
    const std::optional<QByteArray> data = id && m_document ? m_document->store().evidenceData(*id) : std::nullopt;
    if (!data)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(currentEvidenceName());
    const QString path = savePathPrompt ? savePathPrompt(suggested) : QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested);
    if (path.isEmpty())
        return;
    const QString error = ExportFile::save(path, [&data](QIODevice *out) {
        return out->write(*data) == data->size() ? QString() : out->errorString();
    });
    if (!error.isEmpty())
        emit errorOccurred(error);
    else
        emit statusMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)));
}

void CloseOutPanel::printForm()
{
    const std::optional<Task> task = m_document ? m_document->store().task(m_taskId) : std::nullopt;
    const QList<CloseOutRequest> requests = m_document ? m_document->closeOuts().requestsOf(m_taskId) : QList<CloseOutRequest> {};
    if (!task || requests.isEmpty())
        return;
    TaskSelection selection;
    selection.today = m_document->clock().today();
    auto form = std::make_shared<CloseOutForm>(ReportContext::fromStore(m_document->store(), selection),
        QList<CloseOutForm::Entry> {{*task, requests.constLast()}});
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(u"closeOutFormPreview"_s);
    preview->setWindowTitle(form->title());
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, preview, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, preview, [form](QPrinter *target) { form->print(target); });
    preview->resize(900, 1000);
    preview->open();
}

} // namespace Taizhang
