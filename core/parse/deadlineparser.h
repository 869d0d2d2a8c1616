#pragma once

#include "model/deadline.h"
#include "model/milestone.h"

#include <QList>
#include <QString>

namespace Taizhang {

// Reads deadlines the way plans write them: "6月底", "今年10月底前", "2020年底前", "上半年",
// "一季度末", "6月30日前", "明年3月底前", "常态实施" … The plan's year fills in a missing year.
// Unknown text is kept and marked Unparsed, never guessed.
class DeadlineParser {
public:
    explicit DeadlineParser(int planYear)
        : m_planYear(planYear)
    {
    }

    Deadline parse(const QString &text) const;

    // Dated stages inside a requirement ("8月底前…；9月底前全面推开"), in text order.
    QList<Milestone> milestones(const QString &requirement) const;

    static bool mentionsOngoing(const QString &text);

private:
    struct Found {
        QDate date;
        qsizetype start = 0;
        qsizetype end = 0;
    };
    QList<Found> findDates(const QString &normalized) const;

    int m_planYear = 0;
};

} // namespace Taizhang
