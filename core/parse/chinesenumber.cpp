#include "chinesenumber.h"

using namespace Qt::StringLiterals;

namespace Taizhang::ChineseNumber {

namespace {
int digitValue(QChar c)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    const qsizetype index = digits.indexOf(c);
    if (index >= 0)
        return int(index);
    if (c == u'〇' || c == u'○')
        return 0;
    if (c == u'两')
        return 2;
    return -1;
}
} // namespace

int parse(QStringView text)
{
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic >= 0 ? arabic : -1;

    int total = 0;
    int current = -1; // the digit waiting for its unit
    for (QChar c : text) {
        const int digit = digitValue(c);
        if (digit == 0) {
            current = -1; // 零 only holds a place ("一百零五")
            continue;
        }
        if (digit > 0) {
            if (current >= 0)
                return -1; // two digits in a row ("一二") is not a number here
            current = digit;
            continue;
        }
        int unit = 0;
        if (c == u'十')
            unit = 10;
        else if (c == u'百')
            unit = 100;
        else
            return -1;
        total += (current < 0 ? 1 : current) * unit;
        current = -1;
    }
    if (current > 0)
        total += current;
    return total;
}

QString toChinese(int value)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (value < 0 || value >= 100)
        return QString::number(value);
    if (value < 10)
        return digits.at(value);
    const int tens = value / 10;
    const int ones = value % 10;
    QString result = tens == 1 ? QString() : QString(digits.at(tens));
    result += u'十';
    if (ones)
        result += digits.at(ones);
    return result;
}

} // namespace Taizhang::ChineseNumber
