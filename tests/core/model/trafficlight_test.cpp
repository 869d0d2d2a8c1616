#include "model/trafficlight.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Taizhang;

namespace {
Deadline due(QDate date)
{
    return {QString(), Deadline::Kind::Date, date};
}
} // namespace

TEST(TrafficLight, shouldFollowDueDateStatusAndWindow)
{
    const QDate today(2021, 7, 1);
    EXPECT_EQ(TrafficLights::of(due({2021, 6, 30}), TaskStatus::InProgress, today, 15), TrafficLight::Overdue);
    EXPECT_EQ(TrafficLights::of(due({2021, 7, 1}), TaskStatus::InProgress, today, 15), TrafficLight::DueSoon);
    EXPECT_EQ(TrafficLights::of(due({2021, 7, 16}), TaskStatus::NotStarted, today, 15), TrafficLight::DueSoon);
    EXPECT_EQ(TrafficLights::of(due({2021, 7, 17}), TaskStatus::NotStarted, today, 15), TrafficLight::OnTrack);
    EXPECT_EQ(TrafficLights::of(due({2021, 7, 17}), TaskStatus::NotStarted, today, 30), TrafficLight::DueSoon);
    EXPECT_EQ(TrafficLights::of(due({2021, 6, 1}), TaskStatus::Done, today, 15), TrafficLight::Done);
    EXPECT_EQ(TrafficLights::of(due({2021, 6, 1}), TaskStatus::Closed, today, 15), TrafficLight::Done);
    EXPECT_EQ(TrafficLights::of({QString(), Deadline::Kind::Ongoing, {}}, TaskStatus::Blocked, today, 15),
        TrafficLight::Ongoing);
    EXPECT_EQ(TrafficLights::daysLeft(due({2021, 6, 28}), today), -3);
}
