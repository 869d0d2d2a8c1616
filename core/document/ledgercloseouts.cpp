#include "ledgercloseouts.h"

#include "closeoutcommand.h"
#include "ledgerdocument.h"
#include "ledgerwriter.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
constexpr qint64 megabyte = 1024 * 1024;
}

LedgerCloseOuts::LedgerCloseOuts(LedgerDocument &document)
    : m_document(document)
{
}

QList<CloseOutRequest> LedgerCloseOuts::requests() const
{
    return m_document.store().closeOutRequests();
}

QList<CloseOutRequest> LedgerCloseOuts::requestsOf(qint64 taskId) const
{
    QList<CloseOutRequest> mine = requests();
    mine.removeIf([taskId](const CloseOutRequest &r) { return r.taskId != taskId; });
    return mine;
}

std::optional<CloseOutRequest> LedgerCloseOuts::pendingRequest(qint64 taskId) const
{
    for (const CloseOutRequest &r : requestsOf(taskId)) {
        if (r.state == CloseOutRequest::State::Pending)
            return r;
    }
    return std::nullopt;
}

std::optional<CloseOutRequest> LedgerCloseOuts::request(qint64 requestId) const
{
    for (const CloseOutRequest &r : requests()) {
        if (r.id == requestId)
            return r;
    }
    return std::nullopt;
}

qint64 LedgerCloseOuts::maxEvidenceBytes() const
{
    const qint64 mb = m_document.store().setting(u"closeout.maxEvidenceMb"_s).toLongLong();
    return (mb > 0 ? mb : 20) * megabyte;
}

qint64 LedgerCloseOuts::maxTotalBytes() const
{
    const qint64 mb = m_document.store().setting(u"closeout.maxTotalMb"_s).toLongLong();
    return (mb > 0 ? mb : 1024) * megabyte;
}

qint64 LedgerCloseOuts::requestCloseOut(CloseOutRequest request)
{
    const std::optional<Task> task = m_document.store().task(request.taskId);
    QString refusal;
    qint64 adding = 0;
    for (const Evidence &e : std::as_const(request.evidence))
        adding += e.size;
    if (!task)
        refusal = tr("Task %1 is not in the ledger.").arg(request.taskId);
    else if (task->status == TaskStatus::Closed)
        refusal = tr("Task %1 is closed out already.").arg(task->number);
    else if (pendingRequest(request.taskId))
        refusal = tr("Task %1 has a close-out request waiting for a decision already.").arg(task->number);
    else if (m_document.store().evidenceBytes() + adding > maxTotalBytes())
        refusal = tr("The ledger holds %1 MB of evidence and may hold %2 MB; these files would pass that. Send fewer "
                     "or smaller files (a scan at a lower resolution, a PDF instead of photos).")
                      .arg(m_document.store().evidenceBytes() / megabyte)
                      .arg(maxTotalBytes() / megabyte);
    if (!refusal.isEmpty()) {
        m_document.refuse(refusal);
        return 0;
    }
    request.id = 0;
    request.state = CloseOutRequest::State::Pending;
    if (!request.requested.isValid())
        request.requested = m_document.clock().today();
    if (!m_document.m_writer->writeCloseOutRequest(request, true))
        return 0;
    // The evidence as stored (with ids), so a redo puts every file back under its own.
    if (const std::optional<CloseOutRequest> stored = this->request(request.id)) {
        for (qsizetype i = 0; i < request.evidence.size() && i < stored->evidence.size(); ++i)
            request.evidence[i].id = stored->evidence.at(i).id;
    }
    m_document.m_undoStack.push(new CloseOutCommand(m_document.m_writer.get(), request));
    return request.id;
}

bool LedgerCloseOuts::approve(qint64 requestId, const QString &by, const QString &note)
{
    return decide(requestId, CloseOutRequest::State::Approved, by, note);
}

bool LedgerCloseOuts::returnRequest(qint64 requestId, const QString &by, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return m_document.refuse(tr("Say why the request is returned: the unit reads it on its next sheet."));
    return decide(requestId, CloseOutRequest::State::Returned, by, reason);
}

bool LedgerCloseOuts::decide(qint64 requestId, CloseOutRequest::State state, const QString &by, const QString &note)
{
    std::optional<CloseOutRequest> r = request(requestId);
    if (!r)
        return m_document.refuse(tr("The close-out request is no longer in the ledger."));
    if (r->state != CloseOutRequest::State::Pending)
        return m_document.refuse(tr("This close-out request was decided on %1 already.").arg(r->decided.toString(Qt::ISODate)));
    const std::optional<Task> before = m_document.store().task(r->taskId);
    if (!before)
        return m_document.refuse(tr("Task %1 is not in the ledger.").arg(r->taskId));
    const QDate today = m_document.clock().today();
    Task after = *before;
    after.setStatus(state == CloseOutRequest::State::Approved ? TaskStatus::Closed : TaskStatus::InProgress, today);
    r->state = state;
    r->decided = today;
    r->decidedBy = by.trimmed();
    r->decisionNote = note.trimmed();
    r->evidence.clear(); // the decision does not carry the files
    if (!m_document.m_writer->writeCloseOutDecision(*r, *before, after, true))
        return false;
    m_document.m_undoStack.push(new CloseOutCommand(m_document.m_writer.get(), *r, *before, after));
    return true;
}

} // namespace Taizhang
