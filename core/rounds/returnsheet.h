#pragma once

#include "model/reportinground.h"
#include "model/task.h"
#include "sheetstamp.h"

#include <QCoreApplication>

namespace Taizhang {

class LedgerDocument;

// One unit's progress sheet for a round, as written out or printed: the tasks it reports on with
// its role in each, and the stamp that lets the returned file be recognised.
struct ReturnSheet {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ReturnSheet)

public:
    struct Row {
        Task task;
        ReportRole role = ReportRole::Lead;
        QString closeOutReturned; // why the office returned the task's last close-out request
    };
    QString office;
    ReportingRound round; // its assignments are not copied here
    QString unit;
    QList<Row> rows;
    QString ledgerId;

    // One sheet per unit of the round (only those of `units` when given), rows in ledger order.
    static QList<ReturnSheet> forRound(const LedgerDocument &document, const ReportingRound &round,
        const QStringList &units = {});
    // 2024年6月_市发改委_进展填报表.xlsx: safe on every file system, unique per unit.
    QString fileName(const QString &suffix) const;
    // The stamp, rows placed as the writer places them (from ReturnSheetLayout::headerRow + 1).
    SheetStamp stamp() const;
};

} // namespace Taizhang
