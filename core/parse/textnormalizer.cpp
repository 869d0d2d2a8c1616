#include "textnormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang::TextNormalizer {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) // radicals, CJK punctuation, kana, unified ideographs
        || (u >= 0xF900 && u <= 0xFAFF) // compatibility ideographs
        || (u >= 0xFE30 && u <= 0xFE4F) // compatibility forms
        || (u >= 0xFF00 && u <= 0xFFEF) // full-width forms
        || (u >= 0x2010 && u <= 0x206F) // general punctuation: “ ” ‘ ’ … —
        || c.isSurrogate(); // extension planes are Han in practice
}

QString stripTags(const QString &text)
{
    static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9]*[^<>]*>"_s);
    if (!text.contains(u'<'))
        return text;
    QString result = text;
    result.remove(tag);
    return result;
}

QString foldSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QString clean(const QString &text)
{
    const QString folded = foldSpaces(stripTags(text));
    if (!folded.contains(u' '))
        return folded;
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c == u' ') {
            const QChar before = out.isEmpty() ? QChar() : out.back();
            const QChar after = i + 1 < folded.size() ? folded.at(i + 1) : QChar();
            if (isCjk(before) || isCjk(after))
                continue;
        }
        out.append(c);
    }
    return out;
}

QString toHalfWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(u - 0xFF10 + u'0');
        else if (u >= 0xFF21 && u <= 0xFF3A)
            c = QChar(u - 0xFF21 + u'A');
        else if (u >= 0xFF41 && u <= 0xFF5A)
            c = QChar(u - 0xFF41 + u'a');
    }
    return out;
}

QStringList splitOutsideBrackets(const QString &text, const QString &separators)
{
    static const QString openers = u"(（〔[［【《〈“"_s;
    static const QString closers = u")）〕]］】》〉”"_s;
    QStringList parts;
    QString current;
    int depth = 0;
    for (QChar c : text) {
        if (openers.contains(c))
            ++depth;
        else if (closers.contains(c) && depth > 0)
            --depth;
        if (depth == 0 && separators.contains(c)) {
            parts.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    parts.append(current);
    return parts;
}

} // namespace Taizhang::TextNormalizer
