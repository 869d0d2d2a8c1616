#include "trafficlight.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Taizhang::TrafficLights {

TrafficLight of(const Deadline &deadline, TaskStatus status, const QDate &today, int dueSoonDays)
{
    if (TaskStatuses::isFinished(status))
        return TrafficLight::Done;
    if (deadline.kind != Deadline::Kind::Date)
        return TrafficLight::Ongoing; // no date to be late against: reported on, never red
    const qint64 left = today.daysTo(deadline.due);
    if (left < 0)
        return TrafficLight::Overdue;
    if (left <= dueSoonDays)
        return TrafficLight::DueSoon;
    return TrafficLight::OnTrack;
}

int daysLeft(const Deadline &deadline, const QDate &today)
{
    return deadline.kind == Deadline::Kind::Date ? int(today.daysTo(deadline.due)) : 0;
}

QString id(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Overdue: return u"overdue"_s;
    case TrafficLight::DueSoon: return u"due_soon"_s;
    case TrafficLight::OnTrack: return u"on_track"_s;
    case TrafficLight::Done: return u"done"_s;
    case TrafficLight::Ongoing: return u"ongoing"_s;
    }
    return {};
}

bool fromString(const QString &text, TrafficLight *light)
{
    for (TrafficLight candidate : all) {
        if (text.compare(id(candidate), Qt::CaseInsensitive) == 0 || text == label(candidate)) {
            *light = candidate;
            return true;
        }
    }
    return false;
}

QString label(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Overdue: return QCoreApplication::translate("TrafficLight", "Overdue");
    case TrafficLight::DueSoon: return QCoreApplication::translate("TrafficLight", "Due soon");
    case TrafficLight::OnTrack: return QCoreApplication::translate("TrafficLight", "On track");
    case TrafficLight::Done: return QCoreApplication::translate("TrafficLight", "Done");
    case TrafficLight::Ongoing: return QCoreApplication::translate("TrafficLight", "Ongoing");
    }
    return {};
}

} // namespace Taizhang::TrafficLights
