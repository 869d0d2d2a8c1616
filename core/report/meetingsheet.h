#pragma once

#include "report.h"

#include <QMap>

namespace Taizhang {

// The sheet leaders read at the scheduling meeting: overdue tasks and those due within N days,
// grouped by lead unit (most overdue first), with light, days, the latest progress and an empty
// column for the notes written during the meeting.
class MeetingSheet : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::MeetingSheet)

public:
    using Report::Report;

    QString title() const override;
    void write(ReportWriter &writer) const override;
    QString emptyMessage() const override;

protected:
    void gather() override;

private:
    struct Entry {
        Task task;
        TrafficLight light;
        int daysLeft;
    };
    struct UnitGroup {
        QString unit;
        QList<Entry> entries;
        int overdue = 0;
    };
    QList<UnitGroup> m_groups;
};

} // namespace Taizhang
