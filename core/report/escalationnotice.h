#pragma once

#include "escalationladder.h"
#include "report.h"

namespace Taizhang {

// Today's notices from the ladder, one page each (提醒函, 催办单, 督办通知单, 通报, 约谈通知), printed in
// one batch. Preparing it issues them: numbered per level and year, recorded in the ledger.
class EscalationNotice : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::EscalationNotice)

public:
    EscalationNotice(const ReportContext &context, const QList<DueEscalation> &due, const EscalationRules &rules);

    QString title() const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Portrait; }
    void write(ReportWriter &writer) const override;
    QString emptyMessage() const override;
    QList<Escalation> issued() const { return m_issued; }

protected:
    void gather() override;

private:
    QList<DueEscalation> m_due;
    EscalationRules m_rules;
    QList<Escalation> m_issued; // as numbered; empty when not recorded
};

} // namespace Taizhang
