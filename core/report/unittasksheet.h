#pragma once

#include "report.h"

#include <QMap>

namespace Taizhang {

// Each unit's own list, a page (or more) per unit: the tasks it leads, then those it cooperates
// on, with deadlines, warnings and the latest progress. What the office sends every unit.
class UnitTaskSheet : public Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::UnitTaskSheet)

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
    };
    struct UnitTasks {
        QList<Entry> lead;
        QList<Entry> cooperating;
    };
    QMap<QString, UnitTasks> m_units; // by name, as they sort
};

} // namespace Taizhang
