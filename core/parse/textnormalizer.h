#pragma once

#include <QString>
#include <QStringList>

namespace Taizhang::TextNormalizer {

// True for Han characters, CJK and full-width punctuation and the curly quotes Chinese text uses.
bool isCjk(QChar c);

// Text from PDF exports carries markup (<p>…</p>) and spaces between every word
// ("提速 工程 建设 项目 审批", "6 月底"). Strips tags, folds all whitespace (ideographic space
// included), drops whitespace that touches a CJK character, keeps one space between Latin words.
QString clean(const QString &text);

// clean() without dropping spaces: for cells where whitespace separates names.
QString foldSpaces(const QString &text);

// Removes HTML-like tags; the text itself is never interpreted as markup.
QString stripTags(const QString &text);

// Full-width digits and Latin letters become ASCII ("２０２３" -> "2023").
QString toHalfWidth(const QString &text);

// Splits at any of `separators` that stands outside brackets, so a name keeps its own
// ("区编办(审改办)", "各市（区）") whole.
QStringList splitOutsideBrackets(const QString &text, const QString &separators);

} // namespace Taizhang::TextNormalizer
