#include "xlsxtext.h"

namespace Taizhang {

namespace {
constexpr int maxCellLength = 32767; // Excel's limit
}

QByteArray xlsxCellText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x20 || ch == u'\t' || ch == u'\n')
            clean.append(ch);
    }
    if (clean.size() > maxCellLength)
        clean.truncate(maxCellLength);
    return clean.toUtf8();
}

} // namespace Taizhang
