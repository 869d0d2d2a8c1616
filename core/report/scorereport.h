#pragma once

#include "report.h"
#include "unitscores.h"

namespace Taizhang {

// 单位考核得分: the ranking for a period, a column per rule, then every point with its reason,
// unit by unit, so a unit can check its score against the ledger.
class ScoreReport : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ScoreReport)

public:
    ScoreReport(const ReportContext &context, const UnitScores &scores);

    QString title() const override;
    void write(ReportWriter &writer) const override;
    QString emptyMessage() const override;

protected:
    void gather() override {}

private:
    UnitScores m_scores;
};

} // namespace Taizhang
