#pragma once

#include "report.h"
#include "reporttable.h"

namespace Taizhang {

// The ledger (台账) in its classic layout: landscape, the eight columns offices print, section
// headings across the page, the theme and key-work cells merged over their rows.
class LedgerReport : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerReport)

public:
    using Report::Report;

    QString title() const override;
    void write(ReportWriter &writer) const override;

protected:
    void gather() override;

private:
    ReportTable m_table;
    int m_taskCount = 0;
};

} // namespace Taizhang
