#pragma once

#include "model/reportinground.h"
#include "report/report.h"

namespace Taizhang {

// 销号审批表: one page per request, the task, what the unit asked and sent as evidence (name,
// size, SHA-256, so the paper names the very files), and the office's decision, or room to write
// it by hand while it waits.
class CloseOutForm : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::CloseOutForm)

public:
    struct Entry {
        Task task;
        CloseOutRequest request;
    };
    CloseOutForm(const ReportContext &context, const QList<Entry> &entries);

    QString title() const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Portrait; }
    void write(ReportWriter &writer) const override;
    QString emptyMessage() const override;

protected:
    void gather() override {}

private:
    QList<Entry> m_entries;
};

} // namespace Taizhang
