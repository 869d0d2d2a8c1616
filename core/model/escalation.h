#pragma once

#include <QDate>
#include <QString>

namespace Taizhang {

// The rungs of the ladder offices climb for an overdue task: 提醒 before its day, 催办单 after it,
// 督办通知单 when that went unanswered (or long overdue), 通报 in the monthly bulletin, 约谈.
enum class EscalationLevel { Reminder, Urge, Supervise, Bulletin, Interview };

// One notice issued on the ladder, numbered per level and year (催办〔2024〕12号).
struct Escalation {
    qint64 id = 0;
    qint64 taskId = 0;
    EscalationLevel level = EscalationLevel::Reminder;
    int year = 0;
    int serial = 0;
    QDate issued;
    QDate replyBy;
    bool operator==(const Escalation &) const = default;
};

namespace EscalationLevels {
inline constexpr EscalationLevel all[] = {EscalationLevel::Reminder, EscalationLevel::Urge, EscalationLevel::Supervise,
    EscalationLevel::Bulletin, EscalationLevel::Interview};
QString id(EscalationLevel level); // reminder, urge, supervise, bulletin, interview
bool fromId(const QString &id, EscalationLevel *level);
QString label(EscalationLevel level); // 提醒函, 催办单, 督办通知单 …
} // namespace EscalationLevels

} // namespace Taizhang
