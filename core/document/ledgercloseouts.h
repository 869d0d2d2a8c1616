#pragma once

#include "model/reportinground.h"

#include <QCoreApplication>

#include <optional>

namespace Taizhang {

class LedgerDocument;

// The document's close-outs (销号): a unit's request with its note and evidence, and the office's
// decision on it, approved (the task 已销号, approver and day recorded) or returned with a reason
// (the task back to 推进中, the reason on the unit's next sheet). Each one undo step.
class LedgerCloseOuts {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerCloseOuts)

public:
    explicit LedgerCloseOuts(LedgerDocument &document);

    QList<CloseOutRequest> requests() const;
    QList<CloseOutRequest> requestsOf(qint64 taskId) const; // oldest first
    std::optional<CloseOutRequest> pendingRequest(qint64 taskId) const;
    std::optional<CloseOutRequest> request(qint64 requestId) const;

    // Records a request (its evidence already read and checked: EvidenceFile); its id, 0 when
    // refused: the task gone or closed, a request already waiting, the ledger's evidence cap.
    qint64 requestCloseOut(CloseOutRequest request);
    bool approve(qint64 requestId, const QString &by, const QString &note = {});
    bool returnRequest(qint64 requestId, const QString &by, const QString &reason);

    // The ledger's limits, from its settings (closeout.maxEvidenceMb, closeout.maxTotalMb).
    qint64 maxEvidenceBytes() const;
    qint64 maxTotalBytes() const;

private:
    bool decide(qint64 requestId, CloseOutRequest::State state, const QString &by, const QString &note);

    LedgerDocument &m_document;
};

} // namespace Taizhang
