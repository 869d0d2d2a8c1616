#pragma once

#include "collectpreview.h"
#include "model/collectedreturns.h"
#include "returnedsheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Taizhang {

class LedgerDocument;

// Judges returned sheets against a round: which unit each is from (by its stamp, else by the
// unit and task numbers it shows, with a warning), which rows become progress entries, and every
// problem (another round or ledger, a task gone or changed since, a percent out of range, an
// unknown status, an empty sheet, a unit returning twice, formulas). Nothing is stored here: the
// preview is shown, then collected() turns what is accepted into one step for LedgerRounds.
class ReturnCollector {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ReturnCollector)

public:
    ReturnCollector(const LedgerDocument &document, const ReportingRound &round);

    // Reads the files (a folder: the workbooks in it) and judges them.
    CollectPreview preview(const QStringList &paths) const;
    CollectPreview preview(const QList<ReturnedSheet> &sheets) const;
    // The accepted rows of the files not refused, as the document stores them.
    CollectedReturns collected(const CollectPreview &preview) const;

private:
    CollectPreview::File judge(const ReturnedSheet &sheet, const QSet<QString> &returnedBefore) const;
    void judgeRows(const ReturnedSheet &sheet, CollectPreview::File &file) const;

    const LedgerDocument &m_document;
    ReportingRound m_round;
    QSet<QString> m_units;
    QHash<QString, QHash<qint64, ReportRole>> m_roles; // unit -> its tasks in the round
    QHash<qint64, Task> m_tasks; // the round's tasks whole, as the ledger holds them now
};

} // namespace Taizhang
