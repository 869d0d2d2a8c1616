#include "escalation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Taizhang::EscalationLevels {

QString id(EscalationLevel level)
{
    switch (level) {
    case EscalationLevel::Reminder: return u"reminder"_s;
    case EscalationLevel::Urge: return u"urge"_s;
    case EscalationLevel::Supervise: return u"supervise"_s;
    case EscalationLevel::Bulletin: return u"bulletin"_s;
    case EscalationLevel::Interview: return u"interview"_s;
    }
    return {};
}

bool fromId(const QString &text, EscalationLevel *level)
{
    for (EscalationLevel l : all) {
        if (id(l) == text) {
            *level = l;
            return true;
        }
    }
    return false;
}

QString label(EscalationLevel level)
{
    switch (level) {
    case EscalationLevel::Reminder: return QCoreApplication::translate("EscalationLevel", "Reminder");
    case EscalationLevel::Urge: return QCoreApplication::translate("EscalationLevel", "Urging Notice");
    case EscalationLevel::Supervise: return QCoreApplication::translate("EscalationLevel", "Supervision Notice");
    case EscalationLevel::Bulletin: return QCoreApplication::translate("EscalationLevel", "Named in the Bulletin");
    case EscalationLevel::Interview: return QCoreApplication::translate("EscalationLevel", "Interview Notice");
    }
    return {};
}

} // namespace Taizhang::EscalationLevels
