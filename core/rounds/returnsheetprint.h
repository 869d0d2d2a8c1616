#pragma once

#include "report/report.h"
#include "returnsheet.h"

namespace Taizhang {

// A unit's progress sheet on paper, for units that answer in writing: the same columns as the
// .xlsx, with room to write in the input columns.
class ReturnSheetPrint : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ReturnSheetPrint)

public:
    ReturnSheetPrint(const ReportContext &context, const QList<ReturnSheet> &sheets);

    QString title() const override;
    void write(ReportWriter &writer) const override;
    QString emptyMessage() const override;

protected:
    void gather() override {}

private:
    QList<ReturnSheet> m_sheets;
};

} // namespace Taizhang
