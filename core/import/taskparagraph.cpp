#include "taskparagraph.h"

#include "parse/deadlineparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

// A date phrase as documents write it, spaces from PDF text allowed between its parts.
const QRegularExpression &datePhrase()
{
    static const QRegularExpression pattern(
        uR"((?:(?:\d{4}\s*年\s*|今年|明年|次年)?(?:)"
        uR"((?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*(?:\d{1,2}\s*[日号]|底|末|上旬|中旬|下旬)?)"
        uR"(|第?[一二三四1-4]\s*季度(?:末|底)?|[上下]半年))"
        uR"(|\d{4}\s*年\s*(?:底|末|内))"
        // "三年内" counts years; it names none.
        uR"(|(?<![\d一二三四五六七八九十两个])(?:今|明|本)?年\s*(?:底|末|内))"
        // "2019年1月开始" says when work starts.
        uR"()\s*(?:前|以前)?(?!\s*(?:开始|起)))"
        // "6月底前并长期坚持": the date, then kept up.
        uR"((?:\s*(?:完成)?\s*(?:并|且|后|，)?\s*(?:长期坚持|常态化推进|持续推进|长期推进|常态化实施))?)"_s);
    return pattern;
}

const QRegularExpression &ongoingPhrase()
{
    static const QRegularExpression pattern(u"常态(?:化)?实施|长期坚持|持续推进|长期推进|常态化推进|长期实施"_s);
    return pattern;
}

} // namespace

QString TaskParagraph::headingTitle(const QString &text)
{
    QString title = text;
    const ResponsibilityClause clause = ResponsibilityClause::findTrailing(title);
    if (clause.isValid())
        title.truncate(clause.start);
    title = title.trimmed();
    while (!title.isEmpty() && u"。；;，,：:"_s.contains(title.back()))
        title.chop(1);
    return title;
}

TaskParagraph TaskParagraph::read(const QString &text, const QString &continuation)
{
    TaskParagraph paragraph;
    paragraph.text = text + continuation;
    paragraph.clause = ResponsibilityClause::findTrailing(text);
    if (paragraph.clause.isValid() && !continuation.isEmpty()) {
        paragraph.requirement = (text.left(paragraph.clause.start) + continuation).trimmed();
    } else {
        paragraph.clause = ResponsibilityClause::findTrailing(paragraph.text);
        paragraph.requirement
            = (paragraph.clause.isValid() ? paragraph.text.left(paragraph.clause.start) : paragraph.text).trimmed();
    }

    const qsizetype stop = paragraph.requirement.indexOf(u'。');
    paragraph.title = headingTitle(stop >= 0 ? paragraph.requirement.left(stop) : paragraph.requirement);
    paragraph.titleSpan = {paragraph.text.indexOf(paragraph.title), paragraph.title.size()};
    return paragraph;
}

Deadline TaskParagraph::deadline(const DeadlineParser &parser)
{
    if (!clause.deadlineText.isEmpty()) {
        const qsizetype at = text.indexOf(clause.deadlineText, clause.start);
        deadlineSpan = {at, at >= 0 ? clause.deadlineText.size() : 0};
        return parser.parse(clause.deadlineText);
    }
    // The latest dated phrase the requirement names is when the whole task is due.
    Deadline latest;
    auto it = datePhrase().globalMatch(requirement);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const Deadline candidate = parser.parse(m.captured());
        if (candidate.kind == Deadline::Kind::Date
            && (latest.kind != Deadline::Kind::Date || candidate.due >= latest.due)) {
            latest = candidate;
            deadlineSpan = {text.indexOf(m.captured()), m.capturedLength()};
        }
    }
    if (latest.kind == Deadline::Kind::Date)
        return latest;
    if (const auto m = ongoingPhrase().match(requirement); m.hasMatch()) {
        deadlineSpan = {text.indexOf(m.captured()), m.capturedLength()};
        return parser.parse(m.captured());
    }
    return {};
}

} // namespace Taizhang
