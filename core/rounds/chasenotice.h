#pragma once

#include "report/report.h"
#include "report/roundboard.h"

namespace Taizhang {

class LedgerDocument;

// 催报通知: to each unit that has not returned its sheet of a round, the tasks it has not reported
// on and the due date, on the office's letterhead; and the short text sent by messenger.
class ChaseNotice : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ChaseNotice)

public:
    ChaseNotice(const ReportContext &context, const RoundBoard &board, const QHash<qint64, Task> &tasks);
    static std::unique_ptr<ChaseNotice> forRound(const LedgerDocument &document, const ReportingRound &round);

    QString title() const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Portrait; }
    void write(ReportWriter &writer) const override;
    QString emptyMessage() const override;

    // One unit's reminder as a line of text for the office's messenger.
    QString message(const QString &unit) const;
    // Every missing unit's reminder, one paragraph each.
    QString messages() const;
    const RoundBoard &board() const { return m_board; }

protected:
    void gather() override {}

private:
    QList<Task> tasksOf(const QString &unit) const;

    RoundBoard m_board;
    QHash<qint64, Task> m_tasks;
};

} // namespace Taizhang
