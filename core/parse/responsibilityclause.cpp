#include "responsibilityclause.h"

#include "textnormalizer.h"
#include "unitlistparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

const QString openers = u"（(〔［[【〈"_s;
const QString closers = u"）)〕］]】〉"_s;
const QString trailingPunctuation = u"。；;，,.、 \t　"_s;

bool namesResponsibility(const QString &content)
{
    static const QRegularExpression words(u"牵头|负责|配合|责任单位|责任部门|参与|落实|承办|协办"_s);
    return words.match(content).hasMatch();
}

// "办公室，宁静，63916882": unit, contact person, telephone.
const QRegularExpression &contactPattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*([^，,]{2,30}?)\s*[，,]\s*[^，,\d]{2,4}\s*[，,]\s*[\d\-－—]{7,}\s*$)"_s);
    return pattern;
}

enum class LabelKind { Units, Deadline, Leaders, Division };

// Every label a field is introduced with, the colon full- or half-width. "指标牵头单位" contains
// 牵头单位; "牵头单\n位" has been joined back by the outline before this sees it.
const QRegularExpression &labelPattern()
{
    static const QRegularExpression pattern(
        u"(?:(?<units>牵头单位|牵头部门|主责单位|主责部门|主办单位|责任单位|责任部门|责任处室|责任主体|实施主体|"
        u"配合单位|"
        u"配合部门|协办单位|协同单位|协同部门|协作单位|协作部门|支持单位|参与单位|参与部门)"
        u"|(?<deadline>完成时限|完成时间|完成期限|时间节点|时限要求|时间要求|截止时间|完成时点|时限)"
        u"|(?<leaders>责任领导|牵头领导|联系领导|包抓领导|分管(?:省|市|区|县|州)?领导|责任市领导|牵头市领导)"
        u"|(?<division>部门分工|责任分工|任务分工))"
        // "责任单位（部门）：", "完成时限（时间）："
        u"\\s*(?:[（(][^）)：:]{1,6}[）)])?\\s*[:：]\\s*"_s);
    return pattern;
}

LabelKind kindOf(const QRegularExpressionMatch &m)
{
    if (m.capturedLength(u"deadline"))
        return LabelKind::Deadline;
    if (m.capturedLength(u"leaders"))
        return LabelKind::Leaders;
    if (m.capturedLength(u"division"))
        return LabelKind::Division;
    return LabelKind::Units;
}

// "8 月底前完成", "2023年底前": a part that is a date, not a unit.
bool isDatePart(const QString &part)
{
    static const QRegularExpression date(
        uR"(^\s*(?:\d{4}\s*年|今年|明年|年内|年底|长期|常态|持续)?.{0,12}?(?:\d{1,2}\s*月|年\s*底|年\s*内|季度|半年|长期|常态|持续)[^、]{0,12}$)"_s);
    return date.match(part).hasMatch() && !namesResponsibility(part);
}

QString chopPunctuation(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && trailingPunctuation.contains(text.back()))
        text.chop(1);
    return text;
}

// "以下措施均需各县区政府落实，不再一一列出": the units every later task involves.
QString standingUnits(const QString &sentence)
{
    static const QRegularExpression note(
        uR"((?:以下|下列|上述|后续|本部分)[^。]{0,12}?(?:均需|均由|均要|都需|都由|均须|需)([^。]{2,120}?)(?:负责)?(?:落实|实施|推进|执行|参与)(?:[，,]|$))"_s);
    const auto m = note.match(sentence);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isNote(const QString &sentence)
{
    return sentence.contains(u"不再一一列出"_s) || !standingUnits(sentence).isEmpty();
}

// A unit name as documents write them: ends in an organisation word, or is a collective (各…).
bool looksLikeUnit(const QString &name)
{
    static const QRegularExpression unitEnd(
        u"(局|委|办|府|院|厅|中心|公司|部|处|室|会|行|所|队|站|署|集团|政府|分局|支行|科|办公室|党委|法院|检察院|部门|单位|机构|园区|管委会)$"_s);
    // Collectives name places: "各地", "各县区", "各市州", "各乡镇（街道）".
    static const QRegularExpression collective(
        u"^各(?:地|县区|区县|市州|市县|乡镇|街道|县|区|市|州)(?:[（(][^）)]{1,6}[）)])?$"_s);
    // No verb of the work inside a name: "各地各部门要加强" is a sentence.
    static const QRegularExpression verb(u"要|应|须|将|加强|推进|确保|做好|开展|落实|建立|完善"_s);
    return name.size() >= 2 && name.size() <= 30 && !verb.match(name).hasMatch()
        && (unitEnd.match(name).hasMatch() || collective.match(name).hasMatch());
}

// "（市政府办公室、市司法局）": a list of unit names and nothing else.
bool namesUnitsOnly(const QString &content)
{
    const QStringList names = TextNormalizer::splitOutsideBrackets(content, u"、，,；;"_s);
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        static const QRegularExpression strongEnd(
            u"(局|委|办|办公室|厅|中心|政府|公司|院|部|委员会|管委会|集团|支行|分局|法院|检察院)$"_s);
        if (trimmed.size() < 3 || !looksLikeUnit(trimmed) || !strongEnd.match(trimmed).hasMatch())
            return false;
    }
    return !names.isEmpty();
}

// The labelled fields of a block or bracketed clause: units (their labels kept for
// UnitListParser), deadline and leaders.
void readLabelled(const QString &content, ResponsibilityClause &clause)
{
    QList<QRegularExpressionMatch> labels;
    auto it = labelPattern().globalMatch(content);
    while (it.hasNext())
        labels.append(it.next());
    QStringList units;
    if (const QString before = chopPunctuation(content.left(labels.constFirst().capturedStart())); !before.isEmpty())
        units.append(before);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QRegularExpressionMatch &label = labels.at(i);
        const qsizetype to = i + 1 < labels.size() ? labels.at(i + 1).capturedStart() : content.size();
        const QString value = chopPunctuation(content.mid(label.capturedEnd(), to - label.capturedEnd()));
        switch (kindOf(label)) {
        case LabelKind::Deadline: {
            // The block may run on into unnumbered prose after it: the date is what precedes a 。.
            const qsizetype stop = value.indexOf(u'。');
            clause.deadlineText = chopPunctuation(stop >= 0 ? value.left(stop) : value).left(60);
            break;
        }
        case LabelKind::Leaders:
            for (const QString &person : UnitListParser::splitNames(chopPunctuation(value))) {
                if (!clause.leaders.contains(person))
                    clause.leaders.append(person);
            }
            break;
        case LabelKind::Division: units.append(value); break;
        case LabelKind::Units: {
            QStringList kept;
            for (const QString &part : TextNormalizer::splitOutsideBrackets(value, u"，,；;"_s)) {
                if (isDatePart(part))
                    clause.deadlineText = part.trimmed();
                else
                    kept.append(part);
            }
            units.append(label.captured().trimmed() + kept.join(u'，'));
            break;
        }
        }
    }
    clause.unitsText = units.join(u'；');
}

// Unlabelled prose: "A、B牵头，C按职责分工负责，8 月底前完成".
void readProse(const QString &content, ResponsibilityClause &clause)
{
    static const QRegularExpression deadlineLabel(
        uR"(^\s*(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限)\s*[:：]\s*(.*)$)"_s);
    QStringList units;
    for (const QString &part : TextNormalizer::splitOutsideBrackets(content, u"，,；;"_s)) {
        if (const auto label = deadlineLabel.match(part); label.hasMatch())
            clause.deadlineText = label.captured(1).trimmed();
        else if (isDatePart(part))
            clause.deadlineText = part.trimmed();
        else
            units.append(part);
    }
    clause.unitsText = units.join(u'，');
}

// Reads a clause's content; false when it names nobody.
bool readContent(const QString &content, ResponsibilityClause &clause)
{
    if (ResponsibilityClause::statesFirstListedLeads(content))
        return false; // the rule itself names nobody
    if (const auto contact = contactPattern().match(content); contact.hasMatch()) {
        clause.unitsText = contact.captured(1) + u"负责"_s;
        return true;
    }
    // Sentences: the first names the units; a later one may be a note for the tasks after it.
    QStringList main;
    for (const QString &sentence : TextNormalizer::splitOutsideBrackets(content, u"。"_s)) {
        if (isNote(sentence)) {
            clause.standingUnitsText = standingUnits(sentence);
            continue;
        }
        if (!sentence.trimmed().isEmpty())
            main.append(sentence);
    }
    const QString units = main.join(u'，');
    if (labelPattern().match(units).hasMatch())
        readLabelled(units, clause);
    else if (namesResponsibility(units))
        readProse(units, clause);
    else if (clause.standingUnitsText.isEmpty())
        return false;
    return true;
}

qsizetype endOfText(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && trailingPunctuation.contains(text.at(end - 1)))
        --end;
    return end;
}

// "……。\n牵头单位：市数据局\n责任单位：……\n完成时限：2024 年9 月底前": the first label at bracket
// depth zero that starts the text or follows a sentence; everything from there is the block.
ResponsibilityClause findLabelledBlock(const QString &text)
{
    ResponsibilityClause clause;
    auto it = labelPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int depth = 0;
        for (qsizetype i = 0; i < m.capturedStart(); ++i) {
            if (openers.contains(text.at(i)))
                ++depth;
            else if (closers.contains(text.at(i)) && depth > 0)
                --depth;
        }
        if (depth != 0)
            continue;
        const qsizetype at = m.capturedStart();
        const QString content = text.mid(at);
        // "各地要明确完成时间：6月底前完成…，并……" inside the work is not a block: a block of a date
        // alone is the task's last words.
        if (kindOf(m) == LabelKind::Deadline && endOfText(text) - at > 40
            && !labelPattern().match(content, m.capturedLength()).hasMatch())
            return {};
        if (!readContent(content, clause)
            || (clause.unitsText.isEmpty() && clause.deadlineText.isEmpty() && clause.leaders.isEmpty()))
            return {};
        clause.start = at;
        clause.length = endOfText(text) - at;
        return clause;
    }
    return clause;
}

// "由A牵头，B、C配合。" as the paragraph's last sentence: units and roles, nothing else.
ResponsibilityClause findClosingSentence(const QString &text)
{
    ResponsibilityClause clause;
    const qsizetype end = endOfText(text);
    qsizetype from = end;
    while (from > 0 && !u"。；;！？"_s.contains(text.at(from - 1)))
        --from;
    if (from == 0 || end - from > 150)
        return clause; // the whole paragraph is one sentence: that is a task, not its units
    const QString sentence = text.mid(from, end - from);
    static const QRegularExpression roles(u"(牵头|负责|配合|参与)(?:组织)?(?:落实)?(?:[，,]|$)"_s);
    if (!roles.match(sentence).hasMatch())
        return clause;
    // Every name the sentence gives must be a unit, or it is a sentence about the work.
    static const QRegularExpression role(
        u"^(?:由)?(.+?)(?:按职责分工负责|按职责负责|分别牵头|牵头负责|牵头|负责|配合落实|配合|参与|组织落实)$"_s);
    for (const QString &part : TextNormalizer::splitOutsideBrackets(sentence, u"，,；;"_s)) {
        const auto m = role.match(part.trimmed());
        const QString names = m.hasMatch() ? m.captured(1) : part.trimmed();
        for (QString name : TextNormalizer::splitOutsideBrackets(names, u"、"_s)) {
            name = name.trimmed();
            if (name.endsWith(u'等'))
                name.chop(1);
            if (!looksLikeUnit(name))
                return clause;
        }
    }
    readProse(sentence, clause);
    clause.start = from;
    clause.length = end - from;
    return clause;
}

// "（市市场监管局牵头，市发改委配合" and the next item: a bracket the document never closes.
ResponsibilityClause findUnclosed(const QString &text)
{
    ResponsibilityClause clause;
    const qsizetype end = endOfText(text);
    qsizetype start = -1;
    for (qsizetype i = end - 1; i >= 0 && end - i <= 200; --i) {
        if (closers.contains(text.at(i)))
            return clause;
        if (openers.contains(text.at(i))) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return clause;
    const QString content = text.mid(start + 1, end - start - 1);
    if (!namesResponsibility(content) || !readContent(content, clause))
        return {};
    clause.start = start;
    clause.length = end - start;
    return clause;
}

} // namespace

ResponsibilityClause ResponsibilityClause::findBracketed(const QString &text)
{
    ResponsibilityClause clause;
    const qsizetype end = endOfText(text);
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
    if (!readContent(content, clause)) {
        // "……。（市政府办公室、市司法局）": names alone, after a sentence, not a noun's gloss
        // ("住所（经营场所）").
        const bool afterSentence = start == 0 || u"。；;！？"_s.contains(text.at(start - 1));
        if (!afterSentence || !namesUnitsOnly(content))
            return {};
        readProse(content, clause);
    }
    clause.start = start;
    clause.length = end - start;
    return clause;
}

ResponsibilityClause ResponsibilityClause::findTrailing(const QString &text)
{
    if (ResponsibilityClause bracketed = findBracketed(text); bracketed.isValid())
        return bracketed;
    if (ResponsibilityClause unclosed = findUnclosed(text); unclosed.isValid())
        return unclosed;
    if (ResponsibilityClause block = findLabelledBlock(text); block.isValid())
        return block;
    return findClosingSentence(text);
}

bool ResponsibilityClause::isWholeClause(const QString &text)
{
    const QString trimmed = text.trimmed();
    const ResponsibilityClause clause = findBracketed(trimmed);
    return clause.isValid() && clause.start == 0;
}

bool ResponsibilityClause::startsWithLabel(const QString &text)
{
    const auto m = labelPattern().match(text.trimmed());
    return m.hasMatch() && m.capturedStart() == 0;
}

} // namespace Taizhang

namespace Taizhang {

bool ResponsibilityClause::statesFirstListedLeads(const QString &text)
{
    static const QRegularExpression rule(
        u"(?:排在|列在?|排名|排序|位列)第一(?:位|个)?的?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)"_s);
    return rule.match(text).hasMatch();
}

} // namespace Taizhang
