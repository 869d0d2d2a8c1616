#pragma once

#include "trafficlight.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace Taizhang {

struct Task;

// What the charts and the dashboard show, counted over the tasks the shared filter shows. Each
// bucket keeps its task ids, so a click on a bar can select exactly those tasks in the table.
class LedgerStatistics {
public:
    struct Bucket {
        int count = 0;
        QList<qint64> taskIds;
        void add(qint64 id)
        {
            ++count;
            taskIds.append(id);
        }
    };
    using LightBuckets = std::array<Bucket, std::size(TrafficLights::all)>;

    struct UnitRow {
        QString unit;
        LightBuckets lights; // as lead unit
        int due = 0; // tasks due by today
        int doneOnTime = 0; // of those, finished by their due date
        double completionRate() const { return due > 0 ? double(doneOnTime) / due : 0.0; }
    };

    // A dated task; the timeline reads its label and milestones from the task model for the few
    // it draws, so counting 100,000 tasks copies no text.
    struct TimelineRow {
        qint64 taskId = 0;
        QDate due;
        TrafficLight light = TrafficLight::OnTrack;
    };

    struct BurnUpPoint {
        QDate monthEnd;
        int dueSoFar = 0;
        int doneSoFar = 0;
    };

    // add() each task with its light, then finish() once to rank the units. The views count what
    // the filter shows (TaskFilterProxyModel::statistics), a printed report what it prints.
    explicit LedgerStatistics(const QDate &today = {})
        : today(today)
    {
    }
    void add(const Task &task, TrafficLight light);
    void finish();

    LightBuckets lights; // every task shown
    QMap<QDate, LightBuckets> dueByMonth; // first day of the month -> tasks due that month
    QList<UnitRow> units; // worst first: most overdue, then most due soon
    QList<TimelineRow> timeline; // by due date
    QDate today;

    // Cumulative due and done per month of `year`. A task counts as done in the month of its last
    // progress entry, or of its last change when it has none: the ledger keeps no completion date.
    QList<BurnUpPoint> burnUp(int year) const;
    // Units ranked by completion rate (on-time done ÷ due), best first; units with nothing due left out.
    QList<UnitRow> unitsByCompletion() const;

private:
    struct DatedTask {
        QDate due;
        QDate done; // invalid while not finished
    };
    QList<DatedTask> m_dated;
    QHash<QString, int> m_unitRow;
};

} // namespace Taizhang
