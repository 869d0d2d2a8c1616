#pragma once

#include "deadline.h"
#include "taskstatus.h"

#include <QDate>
#include <QString>

namespace Taizhang {

// The office's 红黄绿灯, derived from due date, status, today and the due-soon window.
enum class TrafficLight { Overdue, DueSoon, OnTrack, Done, Ongoing };

namespace TrafficLights {
inline constexpr int defaultDueSoonDays = 15;
TrafficLight of(const Deadline &deadline, TaskStatus status, const QDate &today, int dueSoonDays);
// Days from today to the due date (negative when overdue); 0 when there is no due date.
int daysLeft(const Deadline &deadline, const QDate &today);
QString id(TrafficLight light);
bool fromString(const QString &text, TrafficLight *light);
QString label(TrafficLight light);
inline constexpr TrafficLight all[]
    = {TrafficLight::Overdue, TrafficLight::DueSoon, TrafficLight::OnTrack, TrafficLight::Done, TrafficLight::Ongoing};
} // namespace TrafficLights

} // namespace Taizhang
