#include "headingmarker.h"

#include "chinesenumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QRegularExpression &markerPattern()
{
    // "1.5倍" and "2023.6" are numbers, not items: no digit may follow an item's dot.
    static const QRegularExpression pattern(uR"(^\s*(?:)"
                                            uR"((?<part>[一二三四五六七八九十]{1,3})、)"
                                            uR"(|第(?<chapter>[一二三四五六七八九十]{1,3})(?:章|部分)\s*)"
                                            uR"(|第(?<article>[一二三四五六七八九十百零]{1,5})条\s*)"
                                            uR"(|[（(]\s*(?<theme>[一二三四五六七八九十]{1,3})\s*[）)])"
                                            uR"(|(?<item>\d{1,4})\s*(?:[.．、。](?!\d)))"
                                            uR"(|[（(]\s*(?<sub>\d{1,4})\s*[）)])"
                                            uR"(|(?<circled>[①-⑳]))"
                                            uR"()\s*)"_s);
    return pattern;
}
} // namespace

QString HeadingMarker::label() const
{
    switch (level) {
    case Level::Part:
        if (style == Style::Chapter)
            return u"第%1章"_s.arg(ChineseNumber::toChinese(number));
        return ChineseNumber::toChinese(number) + u'、';
    case Level::Theme: return u"（%1）"_s.arg(ChineseNumber::toChinese(number));
    case Level::Item:
        if (style == Style::Article)
            return u"第%1条"_s.arg(ChineseNumber::toChinese(number));
        return QString::number(number) + u'.';
    case Level::SubItem: return u"（%1）"_s.arg(number);
    case Level::Circled: return QChar(char16_t(0x2460 + number - 1));
    case Level::None: break;
    }
    return {};
}

HeadingMarker HeadingMarker::read(const QString &line)
{
    HeadingMarker marker;
    const QRegularExpressionMatch m = markerPattern().match(line);
    if (!m.hasMatch())
        return marker;
    if (m.capturedLength(u"part")) {
        marker.level = Level::Part;
        marker.number = ChineseNumber::parse(m.captured(u"part"));
    } else if (m.capturedLength(u"chapter")) {
        marker.level = Level::Part;
        marker.number = ChineseNumber::parse(m.captured(u"chapter"));
        marker.style = Style::Chapter;
    } else if (m.capturedLength(u"article")) {
        marker.level = Level::Item;
        marker.number = ChineseNumber::parse(m.captured(u"article"));
        marker.style = Style::Article;
    } else if (m.capturedLength(u"theme")) {
        marker.level = Level::Theme;
        marker.number = ChineseNumber::parse(m.captured(u"theme"));
    } else if (m.capturedLength(u"item")) {
        marker.level = Level::Item;
        marker.number = m.captured(u"item").toInt();
    } else if (m.capturedLength(u"sub")) {
        marker.level = Level::SubItem;
        marker.number = m.captured(u"sub").toInt();
    } else {
        marker.level = Level::Circled;
        marker.number = m.captured(u"circled").at(0).unicode() - 0x2460 + 1;
    }
    if (marker.number <= 0)
        return {};
    marker.length = m.capturedLength();
    return marker;
}

HeadingMarker HeadingMarker::readItemBeforeDigit(const QString &line)
{
    static const QRegularExpression item(uR"(^\s*(\d{1,4})\s*[.．](?=\d))"_s);
    HeadingMarker marker;
    if (const auto m = item.match(line); m.hasMatch() && m.captured(1).toInt() > 0) {
        marker.level = Level::Item;
        marker.number = m.captured(1).toInt();
        marker.length = m.capturedLength();
    }
    return marker;
}

} // namespace Taizhang
