#pragma once

#include <QString>
#include <QStringView>

namespace Taizhang::ChineseNumber {

// "十二" -> 12, "二十三" -> 23, "一百零五" -> 105, "7" -> 7; -1 when the text is not a number.
int parse(QStringView text);

// 12 -> "十二": the form headings use ("（十二）").
QString toChinese(int value);

} // namespace Taizhang::ChineseNumber
