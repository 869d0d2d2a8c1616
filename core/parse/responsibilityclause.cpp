#include "responsibilityclause.h"

#include "textnormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

const QString openers = u"（(〔［[【"_s;
const QString closers = u"）)〕］]】"_s;
const QString trailingPunctuation = u"。；;，,.、 \t　"_s;

bool namesResponsibility(const QString &content)
{
    static const QRegularExpression words(u"牵头|负责|配合|责任单位|责任部门|参与|落实|承办"_s);
    return words.match(content).hasMatch();
}

// "办公室，宁静，63916882": unit, contact person, telephone.
const QRegularExpression &contactPattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*([^，,]{2,30}?)\s*[，,]\s*[^，,\d]{2,4}\s*[，,]\s*[\d\-－—]{7,}\s*$)"_s);
    return pattern;
}

const QRegularExpression &deadlineLabel()
{
    static const QRegularExpression pattern(
        uR"(^\s*(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限)\s*[:：]\s*(.*)$)"_s);
    return pattern;
}

// "8 月底前完成", "2023年底前": a part that is a date, not a unit.
bool isDatePart(const QString &part)
{
    static const QRegularExpression date(
        uR"(^\s*(?:\d{4}\s*年|今年|明年|年内|年底|长期|常态|持续)?.{0,12}?(?:\d{1,2}\s*月|年\s*底|年\s*内|季度|半年|长期|常态|持续)[^、]{0,12}$)"_s);
    return date.match(part).hasMatch() && !namesResponsibility(part);
}

} // namespace

ResponsibilityClause ResponsibilityClause::findTrailing(const QString &text)
{
    ResponsibilityClause clause;
    qsizetype end = text.size();
    while (end > 0 && trailingPunctuation.contains(text.at(end - 1)))
        --end;
    if (end == 0 || !closers.contains(text.at(end - 1)))
        return clause;

    // Walk back to the matching opener. PDF text mixes bracket shapes ("（区)"), so any opener
    // closes any closer; names keep their own brackets inside ("区编办(审改办)").
    int depth = 0;
    qsizetype start = -1;
    for (qsizetype i = end - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (closers.contains(c)) {
            ++depth;
        } else if (openers.contains(c) && --depth == 0) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return clause;

    const QString content = text.mid(start + 1, end - start - 2);
    if (const auto contact = contactPattern().match(content); contact.hasMatch()) {
        clause.unitsText = contact.captured(1) + u"负责"_s;
    } else if (namesResponsibility(content)) {
        QStringList units;
        for (const QString &part : TextNormalizer::splitOutsideBrackets(content, u"，,；;"_s)) {
            if (const auto label = deadlineLabel().match(part); label.hasMatch())
                clause.deadlineText = label.captured(1).trimmed();
            else if (isDatePart(part))
                clause.deadlineText = part.trimmed();
            else
                units.append(part);
        }
        clause.unitsText = units.join(u'，');
    } else {
        return clause;
    }
    clause.start = start;
    clause.length = end - start;
    return clause;
}

bool ResponsibilityClause::isWholeClause(const QString &text)
{
    const QString trimmed = text.trimmed();
    const ResponsibilityClause clause = findTrailing(trimmed);
    return clause.isValid() && clause.start == 0;
}

} // namespace Taizhang
