#include "planbuilder.h"

#include "policydocumentimporter.h"
#include "taskparagraph.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

// Sections that state goals or closing requirements: they hold no tasks unless units answer for them.
bool isFramingHeading(const QString &title)
{
    // Judged on the heading's first clause: "五、进一步强化组织保障，统筹推动各项改革任务落地落实".
    QString first = title;
    if (const qsizetype stop = first.indexOf(QRegularExpression(u"[，,。；;：:]"_s)); stop > 0)
        first.truncate(stop);
    static const QRegularExpression framing(
        u"^(?:[一二三四五六七八九十]+、)?(?:总体要求|指导思想|基本原则|工作原则|工作目标|主要目标|发展目标|目标任务|总体目标)"_s);
    // "四、保障措施", "（一）加强组织领导", "四、实施步骤"; but "完善公开标准化规范化和管理保障机制" is work to do.
    static const QRegularExpression closing(
        u"保障措施|组织实施|实施保障|组织保障|工作保障|保障机制|组织领导|工作要求|实施步骤|工作步骤|进度安排|方法步骤|步骤安排|时间安排"_s);
    return framing.match(first).hasMatch() || (first.size() <= 12 && closing.match(first).hasMatch());
}

// "（排在第一位的为牵头单位）", "列第一位的为牵头单位": the document's own rule for its unit lists.
bool firstListedLeads(const UnitAssignment &units, const ResponsibilityClause &clause)
{
    return units.co.isEmpty() && units.lead.size() > 1 && !clause.unitsText.contains(u"牵头"_s);
}

} // namespace

PlanBuilder::PlanBuilder(const DocumentOutline &outline, DraftPlan &plan, QList<ImportIssue> &issues)
    : m_outline(outline)
    , m_plan(plan)
    , m_issues(issues)
    , m_deadlines(plan.plan.year)
{
}

void PlanBuilder::build()
{
    for (int root : m_outline.roots) {
        m_standing.clear(); // a "以下…不再一一列出" note holds for the rest of its part
        visit(root, -1, {});
    }
    warnMissingUnits();
}

void PlanBuilder::warnMissingUnits()
{
    // A notice that lists measures without owners is told once, not once per task.
    QList<const DraftTask *> without;
    for (const DraftTask &task : std::as_const(m_plan.tasks)) {
        if (task.task.leadUnits.isEmpty())
            without.append(&task);
    }
    if (without.isEmpty())
        return;
    if (without.size() == m_plan.tasks.size()) {
        warn(without.constFirst()->sourceLine,
            PolicyDocumentImporter::tr("\"%1\" names no responsible units for any of its %n task(s); "
                                       "they are imported without units, to be assigned by hand.",
                nullptr, int(without.size()))
                .arg(m_plan.plan.title));
        return;
    }
    for (const DraftTask *task : std::as_const(without))
        warn(task->sourceLine, PolicyDocumentImporter::tr("Task %1 names no lead unit.").arg(task->task.number));
}

void PlanBuilder::takeStanding(const ResponsibilityClause &clause)
{
    if (clause.standingUnitsText.isEmpty())
        return;
    const UnitAssignment standing = UnitListParser::parse(clause.standingUnitsText);
    m_standing = standing.lead + standing.co;
}

QString PlanBuilder::headingOf(const OutlineNode &n) const
{
    const QString text = n.text();
    const qsizetype stop = text.indexOf(u'。');
    return TaskParagraph::headingTitle(stop >= 0 ? text.left(stop) : text);
}

bool PlanBuilder::isHeadingLike(const OutlineNode &n) const
{
    const QString title = TaskParagraph::headingTitle(n.text());
    return title.size() <= 40 && !title.contains(u'。') && !title.contains(u'；');
}

bool PlanBuilder::subtreeNamesUnits(int index) const
{
    // Most of its items, not one: "工作要求" with a unit named in passing is still the closing text.
    int items = 0;
    int named = 0;
    countNamedItems(index, items, named);
    return named * 2 >= items && named > 0;
}

void PlanBuilder::countNamedItems(int index, int &items, int &named) const
{
    if (node(index).children.isEmpty()) {
        ++items;
        named += ResponsibilityClause::findTrailing(node(index).text()).isValid() ? 1 : 0;
        return;
    }
    if (ResponsibilityClause::findTrailing(node(index).text()).isValid()) {
        ++items;
        ++named;
    }
    for (int child : node(index).children)
        countNamedItems(child, items, named);
}

QString PlanBuilder::subtreeText(int index) const
{
    const OutlineNode &n = node(index);
    QString text = n.marker.label() + n.text();
    for (int child : n.children)
        text += subtreeText(child);
    return text;
}

void PlanBuilder::visit(int index, int section, const UnitAssignment &inherited)
{
    const OutlineNode &n = node(index);
    // PDF text keeps a heading on its own line; the joined paragraph runs on into the body.
    const bool framing = isFramingHeading(headingOf(n)) || isFramingHeading(TaskParagraph::headingTitle(n.firstLine()));
    if (framing && !subtreeNamesUnits(index)) {
        m_notes.append(subtreeText(index));
        return;
    }
    // "（一）规范采购。……。1.……；2.……；3.……。牵头单位：A": one clause after the last sub-item
    // answers for them all. Under an item with sentences of its own, the sub-items are its parts;
    // under a bare heading, they are tasks the clause's units apply to.
    const bool closedByLastChild = unitsCloseOnlyTheLastChild(index);
    if (closedByLastChild && !isHeadingLike(n)) {
        addTask(index, section, inherited);
        return;
    }
    bool structural = false;
    for (int child : n.children)
        structural = structural || node(child).marker.level <= HeadingMarker::Level::Item;
    if (!n.children.isEmpty() && (structural || isHeadingLike(n))) {
        UnitAssignment units = inherited;
        if (closedByLastChild) {
            const ResponsibilityClause clause = ResponsibilityClause::findTrailing(subtreeText(n.children.constLast()));
            if (UnitAssignment closing = UnitListParser::parse(clause.unitsText); !closing.isEmpty())
                units = closing;
        }
        addSection(index, section, units);
        return;
    }
    addTask(index, section, inherited);
}

bool PlanBuilder::unitsCloseOnlyTheLastChild(int index) const
{
    const OutlineNode &n = node(index);
    if (n.children.size() < 2 || ResponsibilityClause::findTrailing(n.text()).isValid())
        return false;
    for (qsizetype i = 0; i < n.children.size(); ++i) {
        const bool named = ResponsibilityClause::findTrailing(subtreeText(n.children.at(i))).isValid();
        if (named != (i == n.children.size() - 1))
            return false;
    }
    return true;
}

void PlanBuilder::addSection(int index, int parentSection, UnitAssignment inherited)
{
    const OutlineNode &n = node(index);
    const DraftSection section {parentSection, n.marker.label(), headingOf(n)};
    const QString key = u"%1|%2|%3"_s.arg(parentSection).arg(section.label, section.title);
    int sectionIndex = m_sectionByKey.value(key, -1);
    if (sectionIndex < 0) {
        sectionIndex = int(m_plan.sections.size());
        m_sectionByKey.insert(key, sectionIndex); // a document pasted twice reuses its sections
        m_plan.sections.append(section);
    }
    const ResponsibilityClause clause = ResponsibilityClause::findTrailing(n.text());
    if (clause.isValid()) {
        UnitAssignment units = UnitListParser::parse(clause.unitsText);
        if (m_firstListedLeads && firstListedLeads(units, clause))
            units.co = units.lead.mid(1), units.lead = units.lead.mid(0, 1);
        units.leaders = clause.leaders;
        if (!units.isEmpty() || !units.leaders.isEmpty())
            inherited = units;
        takeStanding(clause);
    }
    for (int child : n.children)
        visit(child, sectionIndex, inherited);
}

void PlanBuilder::addTask(int index, int section, const UnitAssignment &inherited)
{
    const OutlineNode &n = node(index);
    QString subItems;
    for (int child : n.children)
        subItems += subtreeText(child);
    TaskParagraph paragraph = TaskParagraph::read(n.text(), subItems);

    DraftTask draft;
    draft.section = section;
    draft.sourceLine = n.line;
    draft.sourceText = paragraph.text;
    draft.titleSpan = paragraph.titleSpan;
    Task &task = draft.task;
    task.number = n.marker.level == HeadingMarker::Level::Item ? QString::number(n.marker.number) : n.marker.label();
    task.title = paragraph.title;
    task.requirement = paragraph.requirement;

    UnitAssignment units;
    if (paragraph.clause.isValid()) {
        units = UnitListParser::parse(paragraph.clause.unitsText);
        if (m_firstListedLeads && firstListedLeads(units, paragraph.clause))
            units.co = units.lead.mid(1), units.lead = units.lead.mid(0, 1);
        units.leaders = paragraph.clause.leaders;
        draft.unitsSpan = {paragraph.clause.start, paragraph.clause.length};
    }
    if (units.lead.isEmpty() && units.co.isEmpty()) {
        const QStringList leaders = units.leaders;
        units = inherited;
        if (!leaders.isEmpty())
            units.leaders = leaders;
    }
    // The units of a standing note join as cooperating units from the task after the note on.
    const QStringList standing = m_standing;
    takeStanding(paragraph.clause);
    for (const QString &unit : standing) {
        if (!units.lead.contains(unit) && !units.co.contains(unit))
            units.co.append(unit);
    }
    task.leadUnits = units.lead;
    task.coUnits = units.co;
    task.leaders = units.leaders;
    task.deadline = paragraph.deadline(m_deadlines);
    draft.deadlineSpan = paragraph.deadlineSpan;
    task.milestones = m_deadlines.milestones(task.requirement);

    if (const auto earlier = m_seen.constFind(task.requirement); earlier != m_seen.cend()) {
        warn(n.line,
            PolicyDocumentImporter::tr(
                "Task %1 repeats task %2 word for word (the document was pasted twice?); it is imported once.")
                .arg(task.number, earlier.value()));
        return;
    }
    m_seen.insert(task.requirement, task.number);

    static const QRegularExpression vague(
        uR"([一二三四五六七八九十两\d]+个?年内|\d{4}\s*年\s*\d{1,2}\s*月\s*(?:开始|起))"_s);
    if (const auto m = vague.match(task.requirement); m.hasMatch() && task.deadline.kind != Deadline::Kind::Date)
        warn(n.line,
            PolicyDocumentImporter::tr("Task %1: \"%2\" names no date Taizhang understands; set the deadline by hand.")
                .arg(task.number, m.captured()));
    else if (task.deadline.kind == Deadline::Kind::None)
        warn(n.line, PolicyDocumentImporter::tr("Task %1 gives no deadline.").arg(task.number));
    m_plan.tasks.append(draft);
}

void PlanBuilder::warn(int line, const QString &message)
{
    m_issues.append({ImportIssue::Severity::Warning, line, 0, message, {}});
}

} // namespace Taizhang
