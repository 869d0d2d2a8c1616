#include "deadline.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

bool Deadline::isContinuing() const
{
    // After the date: "…前并长期坚持", "…起常态化推进", "…完成，此后持续推进".
    static const QRegularExpression after(
        u"(?:前|底|末|日|完成)[^。；]{0,6}(?:并|后|起|此后|以后|且)?[^。；]{0,4}(?:长期坚持|常态化|持续推进|长期推进|长期实施|持续开展)"_s);
    return kind == Kind::Date && after.match(text).hasMatch();
}

} // namespace Taizhang
