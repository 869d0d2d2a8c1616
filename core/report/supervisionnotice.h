#pragma once

#include "report.h"

namespace Taizhang {

// The supervision notice (督办单): one page per overdue task, numbered per year, asking the lead
// unit to reply by a date, with the signature and seal blocks of both sides. Preparing it records
// the notices in the ledger, so a number is never given twice.
class SupervisionNotice : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::SupervisionNotice)

public:
    using Report::Report;

    QString title() const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Portrait; }
    void write(ReportWriter &writer) const override;
    QString emptyMessage() const override;

    int noticeCount() const { return int(m_notices.size()); }

    // One notice's page, as every notice the office issues prints it (督办单, and the escalation
    // ladder's): the title and number, the task's fields, what is asked and by when, the seals.
    struct Page {
        QString title;
        QString number; // empty: a blank to fill in
        Task task;
        int daysOverdue = 0; // negative: days left
        QDate replyBy;
        QString required;
    };
    static void writePage(ReportWriter &writer, const ReportContext &context, const Page &page);

protected:
    void gather() override;

private:
    struct Notice {
        Task task;
        QString number; // empty when the ledger could not record it
        QDate replyBy;
        int daysOverdue = 0;
    };
    QList<Notice> m_notices;
};

} // namespace Taizhang
