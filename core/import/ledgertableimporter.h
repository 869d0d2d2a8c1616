#pragma once

#include "planimporter.h"

#include <QCoreApplication>
#include <QStringList>

namespace Taizhang {

// Reads an existing ledger table (主题事项 / 重点工作 / 具体要求 / 责任单位 / 完成时限 / …) given as
// tab-separated text, the shape a table takes when exported from PDF or copied out of Excel.
// It mends what page breaks do to such tables: theme cells split over pages or missing their
// number, a requirement or units cell spilling into the next row, rows that lost their first cell.
class LedgerTableImporter final : public PlanImporter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerTableImporter)

public:
    QString formatId() const override;
    QString displayName() const override;
    int confidence(const SourceText &source) const override;
    ImportDraft read(const SourceText &source, const ImportOptions &options) const override;
};

} // namespace Taizhang
