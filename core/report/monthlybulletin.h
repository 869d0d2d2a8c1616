#pragma once

#include "model/ledgerstatistics.h"
#include "report.h"
#include "roundboard.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace Taizhang {

// The monthly bulletin (通报): totals by light, each lead unit's completion rate as a table and a
// chart, the overdue list, what changed since the previous bulletin, and who reported in the
// latest reporting round (on time, late, not at all), and the tasks the escalation ladder put at
// 通报 since the previous bulletin. Preparing it saves this bulletin's figures in the ledger for the
// next one to compare with.
class MonthlyBulletin : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::MonthlyBulletin)

public:
    using Report::Report;

    QString title() const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Portrait; }
    void write(ReportWriter &writer) const override;

    // The figures saved with a bulletin: {"lights":{"overdue":n,…},"units":{"市税务局":{"due":n,
    // "done_on_time":n,"overdue":n},…}}
    static QJsonObject figures(const LedgerStatistics &statistics);

protected:
    void gather() override;

private:
    void gatherNamed(const QDate &since);

private:
    struct OverdueTask {
        Task task;
        int days = 0;
    };
    LedgerStatistics m_statistics;
    QList<OverdueTask> m_overdue;
    int m_serial = 0;
    std::optional<QDate> m_previousDate;
    QJsonObject m_previous;
    std::optional<RoundBoard> m_round; // the latest round opened by the bulletin's day
    QList<OverdueTask> m_named; // put at 通报 on the escalation ladder since the previous bulletin
    void writeReporting(ReportWriter &writer) const;
    void writeNamed(ReportWriter &writer) const;
};

} // namespace Taizhang
