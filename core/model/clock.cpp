#include "clock.h"

namespace Taizhang {

QDate SystemClock::today() const
{
    return QDate::currentDate();
}

} // namespace Taizhang
