#pragma once

#include <QDate>

namespace Taizhang {

// "Today", injectable so that every date rule is testable (the CLI's --today, tests' frozen days).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
};

class SystemClock final : public Clock {
public:
    QDate today() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDate day)
        : m_day(day)
    {
    }
    QDate today() const override { return m_day; }
    void setToday(QDate day) { m_day = day; }

private:
    QDate m_day;
};

} // namespace Taizhang
