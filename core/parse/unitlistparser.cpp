#include "unitlistparser.h"

#include "textnormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

const QString openBrackets = u"(（〔[【《〈"_s;
const QString closeBrackets = u")）〕]】》〉"_s;

QString stripOuterBrackets(QString text)
{
    text = text.trimmed();
    while (text.size() >= 2 && openBrackets.contains(text.front()) && closeBrackets.contains(text.back())
        && openBrackets.indexOf(text.front()) == closeBrackets.indexOf(text.back())) {
        text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

// How strongly a role word makes its units accountable: 牵头 above 负责 above 按职责分工负责 (or
// no word at all) above 配合/参与/落实. The strongest present lead; the others cooperate.
enum Strength { Cooperates = 0, Shares = 1, Answers = 2, Leads = 3 };

// Words that say what a unit does, not who it is. Longest first.
const QList<QPair<QString, Strength>> &roleSuffixes()
{
    static const QList<QPair<QString, Strength>> suffixes = {
        {u"牵头并按职责分工负责"_s, Leads},
        {u"按职责分工负责落实"_s, Shares},
        {u"按职能职责分工负责"_s, Shares},
        {u"按照职责分工负责"_s, Shares},
        {u"按职责分别牵头"_s, Leads},
        {u"按职责分工牵头"_s, Leads},
        {u"按职责分工负责"_s, Shares},
        {u"按职责分别负责"_s, Shares},
        {u"按职责分工落实"_s, Cooperates},
        {u"配合组织落实"_s, Cooperates},
        {u"按职责负责"_s, Shares},
        {u"按职责分工"_s, Shares},
        {u"牵头组织落实"_s, Leads},
        {u"负责组织落实"_s, Answers},
        {u"分别牵头"_s, Leads},
        {u"分别负责"_s, Answers},
        {u"共同负责"_s, Answers},
        {u"牵头负责"_s, Leads},
        {u"牵头并负责"_s, Leads},
        {u"牵头落实"_s, Leads},
        {u"配合落实"_s, Cooperates},
        {u"负责落实"_s, Cooperates}, // beside those who answer, the ones who carry it out

        {u"组织落实"_s, Cooperates},
        {u"为牵头单位"_s, Leads},
        {u"牵头"_s, Leads},
        {u"负责"_s, Answers},
        {u"配合"_s, Cooperates},
        {u"参与"_s, Cooperates},
        {u"协助"_s, Cooperates},
        {u"协同"_s, Cooperates},
        {u"落实"_s, Cooperates},
    };
    return suffixes;
}

// Cuts trailing role words off ("市财政局配合组织落实"); the strength of the first one cut, or -1
// when there was none.
int takeRoleSuffix(QString *clause)
{
    int strength = -1;
    bool again = true;
    while (again) {
        again = false;
        for (const auto &[suffix, suffixStrength] : roleSuffixes()) {
            if (clause->endsWith(suffix) && clause->size() > suffix.size()) {
                strength = std::max(strength, int(suffixStrength));
                clause->chop(suffix.size());
                again = true;
                break;
            }
        }
    }
    return strength;
}

bool isDeadlineClause(const QString &clause)
{
    static const QRegularExpression deadline(u"时限|时间节点|\\d+\\s*月|年底|年内|完成$|前完成"_s);
    return deadline.match(clause).hasMatch();
}

// "市公安局、人社局": the level prefix of one unit is meant for the bare department names after it.
QString levelPrefix(const QString &unit)
{
    static const QStringList levels = {u"自治区"_s, u"市"_s, u"省"_s, u"县"_s, u"区"_s, u"州"_s};
    for (const QString &level : levels) {
        if (unit.startsWith(level) && !unit.startsWith(u"市场"))
            return level;
    }
    return {};
}

bool isBareDepartment(const QString &unit)
{
    static const QRegularExpression departmentEnd(u"(局|委|委员会|办|办公室|厅|中心|处|部|院|联)$"_s);
    if (!departmentEnd.match(unit).hasMatch())
        return false;
    // Branches of central agencies carry their own place ("金昌银保监分局", "兴庆海关").
    static const QRegularExpression branch(u"(分局|支行|海关)$"_s);
    if (branch.match(unit).hasMatch())
        return false;
    QString withoutMarket = unit;
    withoutMarket.remove(u"市场"_s);
    withoutMarket.remove(u"市政"_s);
    static const QRegularExpression levelOrCollective(u"^(各|全|有关|国|中|本|人行|人民银行)|[省市县区州]"_s);
    // "甘肃银保监局" names its place without a level word: a province's short name.
    static const QRegularExpression province(u"^(北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|"
                                             u"江西|山东|河南|湖北|湖南|广东|广西|海南|"
                                             u"重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|兵团|宁东)"_s);
    return !levelOrCollective.match(withoutMarket).hasMatch() && !province.match(unit).hasMatch();
}

QString trimUnit(QString unit)
{
    unit = unit.trimmed();
    static const QStringList leading = {u"由"_s, u"以"_s};
    for (const QString &word : leading) {
        if (unit.startsWith(word) && unit.size() > word.size() + 1)
            unit.remove(0, word.size());
    }
    takeRoleSuffix(&unit);
    // "市人社局（按职责分工负责）": a role in brackets after the name is not part of it.
    static const QRegularExpression bracketedRole(
        u"[（(](?:按职责分工负责|按职责负责|负责|配合|参与|协助|落实|牵头)[）)]$"_s);
    unit.remove(bracketedRole);
    // "市商务局等有关部门（单位）": the named unit; the rest says "and others".
    static const QRegularExpression others(u"等(?:有关|相关)?(?:部门|单位)?(?:[（(]单位[）)])?$"_s);
    if (const auto m = others.match(unit); m.hasMatch() && m.capturedStart() >= 2)
        unit.truncate(m.capturedStart());
    static const QString punctuation = u"。．.：:、，,；; "_s;
    while (!unit.isEmpty() && punctuation.contains(unit.back()))
        unit.chop(1);
    while (!unit.isEmpty() && punctuation.contains(unit.front()))
        unit.remove(0, 1);
    return unit;
}

} // namespace

QStringList UnitListParser::splitNames(const QString &list)
{
    QStringList names;
    for (const QString &name : TextNormalizer::splitOutsideBrackets(TextNormalizer::clean(list), u"、，,；; "_s)) {
        if (const QString trimmed = name.trimmed(); !trimmed.isEmpty() && !names.contains(trimmed))
            names.append(trimmed);
    }
    return names;
}

QStringList UnitListParser::splitList(const QString &list, int options)
{
    QString prefix;
    return splitList(list, options, &prefix);
}

QStringList UnitListParser::splitList(const QString &list, int options, QString *carriedPrefix)
{
    QString text = TextNormalizer::stripTags(list);
    // 和/及/与 join two names only before a collective ("市财政局和各县区"); elsewhere they are
    // part of a name ("市金融服务和事业发展中心").
    static const QRegularExpression joinBeforeEach(u"[和及与](?=各)"_s);
    text.replace(joinBeforeEach, u"、"_s);
    QString separators = u"、，,；;/"_s;
    if (options & SplitOnSpaces) {
        text = TextNormalizer::foldSpaces(text);
        separators += u' ';
    } else {
        text = TextNormalizer::clean(text);
    }

    // "各市、县（区）市场监管局", "县、区政府", "市直有关部门、单位": one collective, not two units.
    QStringList pieces;
    for (const QString &piece : TextNormalizer::splitOutsideBrackets(text, separators)) {
        const QString trimmed = piece.trimmed();
        static const QRegularExpression levelOnly(u"^各?[省市州县区乡镇]$"_s);
        static const QRegularExpression genericOnly(u"^(单位|部门|机构|企业)$"_s);
        if (!pieces.isEmpty() && levelOnly.match(pieces.constLast()).hasMatch())
            pieces.last() += u'、' + trimmed;
        else if (!pieces.isEmpty() && genericOnly.match(trimmed).hasMatch())
            pieces.last() += u'、' + trimmed;
        else
            pieces.append(trimmed);
    }
    QStringList units;
    QString &prefix = *carriedPrefix;
    for (const QString &piece : std::as_const(pieces)) {
        QString unit = trimUnit(piece);
        if (unit.isEmpty())
            continue;
        const QString ownPrefix = levelPrefix(unit);
        if (!ownPrefix.isEmpty())
            prefix = isBareDepartment(unit.mid(ownPrefix.size())) ? ownPrefix : QString();
        else if (!prefix.isEmpty() && isBareDepartment(unit))
            unit.prepend(prefix);
        if (!units.contains(unit))
            units.append(unit);
    }
    return units;
}

UnitAssignment UnitListParser::parse(const QString &text, int options)
{
    // "市自然资源局（牵头）、市发改委": the marked unit leads its list, the others cooperate.
    static const QRegularExpression marked(u"[（(]\\s*牵头(?:单位|部门)?\\s*[）)]"_s);
    if (marked.match(text).hasMatch()) {
        QStringList leads;
        for (const QString &piece :
            TextNormalizer::splitOutsideBrackets(TextNormalizer::clean(text), u"、，,；;：:"_s)) {
            if (marked.match(piece).hasMatch())
                leads += splitList(QString(piece).remove(marked), options);
        }
        UnitAssignment result = parse(QString(text).remove(marked), options);
        const QStringList everyone = result.lead + result.co;
        result.lead.clear();
        result.co.clear();
        for (const QString &unit : everyone)
            (leads.contains(unit) ? result.lead : result.co).append(unit);
        if (result.lead.isEmpty()) // the marked name was not found again: keep what the list said
            return parse(QString(text).remove(marked), options);
        return result;
    }
    UnitAssignment result;
    QString cleaned = stripOuterBrackets(TextNormalizer::foldSpaces(TextNormalizer::stripTags(text)));

    static const QRegularExpression label(
        u"(牵头单位|牵头部门|主责单位|主责部门|主办单位|责任单位|责任部门|责任处室|责任主体|实施主体|配合单位|配合部门|"
        u"协办单位|协同单位|协同部门|协作单位|协作部门|支持单位|参与单位|参与部门)"
        u"\\s*(?:[（(][^）)：:]{1,6}[）)])?\\s*[:：]\\s*"_s);
    // "牵头单位：市发展改革委 责任单位：各区县人民政府，住建局": the level a clause names first holds
    // for the bare department names later in it.
    QString prefix;
    auto labels = label.globalMatch(cleaned);
    if (labels.hasNext()) {
        QList<QRegularExpressionMatch> matches;
        while (labels.hasNext())
            matches.append(labels.next());
        result.unlabelledPrefix = cleaned.left(matches.first().capturedStart()).trimmed();
        // Beside a 牵头单位, 责任单位 are those who carry the work out with it: cooperating units.
        bool namesLead = false;
        for (const QRegularExpressionMatch &m : std::as_const(matches))
            namesLead = namesLead || m.captured(1).startsWith(u"牵头") || m.captured(1).startsWith(u"主");
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const qsizetype from = matches[i].capturedEnd();
            const qsizetype to = i + 1 < matches.size() ? matches[i + 1].capturedStart() : cleaned.size();
            QString segment = cleaned.mid(from, to - from).trimmed();
            while (!segment.isEmpty() && u"；;。，,"_s.contains(segment.back()))
                segment.chop(1);
            const QString name = matches[i].captured(1);
            const bool co = name.startsWith(u"配合") || name.startsWith(u"协") || name.startsWith(u"参与")
                || name.startsWith(u"支持") || (namesLead && name.startsWith(u"责任"));
            QStringList &target = co ? result.co : result.lead;
            for (const QString &unit : splitList(segment, options, &prefix)) {
                if (!target.contains(unit))
                    target.append(unit);
            }
        }
        return result;
    }

    // Prose: clauses separated by ，；, each ending in a role word or handing its units on to the
    // next clause that has one ("A，B牵头" makes both lead).
    cleaned = stripOuterBrackets(TextNormalizer::clean(cleaned));
    struct Group {
        QStringList units;
        int strength;
    };
    QList<Group> groups;
    QStringList pending;
    for (QString clause : TextNormalizer::splitOutsideBrackets(cleaned, u"，,；;"_s)) {
        clause = clause.trimmed();
        if (clause.isEmpty() || isDeadlineClause(clause))
            continue;
        const int strength = takeRoleSuffix(&clause);
        pending += splitList(clause, options, &prefix);
        if (strength < 0)
            continue;
        groups.append({pending, strength});
        pending.clear();
    }
    // Units with no role word at all ("市公安局、市人社局") answer for the task.
    if (!pending.isEmpty())
        groups.append({pending, Shares});
    int strongest = Cooperates;
    for (const Group &group : std::as_const(groups))
        strongest = std::max(strongest, group.strength);
    for (const Group &group : std::as_const(groups))
        (group.strength == strongest ? result.lead : result.co) += group.units;
    result.lead.removeDuplicates();
    result.co.removeDuplicates();
    for (const QString &unit : std::as_const(result.lead))
        result.co.removeAll(unit);
    return result;
}

} // namespace Taizhang
