#include "policydocumentimporter.h"

#include "compilationindex.h"
#include "documentheader.h"
#include "documentoutline.h"
#include "parse/deadlineparser.h"
#include "parse/unitlistparser.h"
#include "taskparagraph.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

QList<SourceLine> splitLines(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    QList<SourceLine> lines;
    int number = 0;
    for (const QString &line : normalized.split(u'\n'))
        lines.append({++number, line});
    return lines;
}

// Sections that state goals or closing requirements: they hold no tasks unless units answer for them.
bool isFramingHeading(const QString &title)
{
    static const QRegularExpression framing(
        u"^(?:[一二三四五六七八九十]+、)?(?:总体要求|指导思想|基本原则|工作目标|主要目标|发展目标|目标任务|工作要求)$"
        u"|保障措施|组织实施|实施保障|组织保障|工作保障|保障机制|组织领导|工作要求"_s);
    return title.size() <= 30 && framing.match(title).hasMatch();
}

// One document's outline turned into sections and tasks.
class PlanBuilder {
public:
    PlanBuilder(const DocumentOutline &outline, DraftPlan &plan, QList<ImportIssue> &issues)
        : m_outline(outline)
        , m_plan(plan)
        , m_issues(issues)
        , m_deadlines(plan.plan.year)
    {
    }

    QStringList notes;

    void build()
    {
        for (int root : m_outline.roots)
            visit(root, -1, {});
    }

private:
    const OutlineNode &node(int index) const { return m_outline.nodes.at(index); }

    QString headingOf(const OutlineNode &n) const
    {
        const QString text = n.text();
        const qsizetype stop = text.indexOf(u'。');
        return TaskParagraph::headingTitle(stop >= 0 ? text.left(stop) : text);
    }

    // A bare heading: a few words, perhaps a units clause, no sentences of its own.
    bool isHeadingLike(const OutlineNode &n) const
    {
        const QString title = TaskParagraph::headingTitle(n.text());
        return title.size() <= 40 && !title.contains(u'。') && !title.contains(u'；');
    }

    bool subtreeNamesUnits(int index) const
    {
        if (ResponsibilityClause::findTrailing(node(index).text()).isValid())
            return true;
        for (int child : node(index).children) {
            if (subtreeNamesUnits(child))
                return true;
        }
        return false;
    }

    QString subtreeText(int index) const
    {
        const OutlineNode &n = node(index);
        QString text = n.marker.label() + n.text();
        for (int child : n.children)
            text += subtreeText(child);
        return text;
    }

    void visit(int index, int section, const UnitAssignment &inherited)
    {
        const OutlineNode &n = node(index);
        // PDF text keeps a heading on its own line; the joined paragraph runs on into the body.
        const bool framing
            = isFramingHeading(headingOf(n)) || isFramingHeading(TaskParagraph::headingTitle(n.firstLine()));
        if (framing && !subtreeNamesUnits(index)) {
            notes.append(subtreeText(index));
            return;
        }
        bool structural = false;
        for (int child : n.children)
            structural = structural || node(child).marker.level <= HeadingMarker::Level::Item;
        if (!n.children.isEmpty() && (structural || isHeadingLike(n))) {
            addSection(index, section, inherited);
            return;
        }
        addTask(index, section, inherited);
    }

    void addSection(int index, int parentSection, UnitAssignment inherited)
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
            const UnitAssignment units = UnitListParser::parse(clause.unitsText);
            if (!units.isEmpty())
                inherited = units;
        }
        for (int child : n.children)
            visit(child, sectionIndex, inherited);
    }

    void addTask(int index, int section, const UnitAssignment &inherited)
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
        task.number
            = n.marker.level == HeadingMarker::Level::Item ? QString::number(n.marker.number) : n.marker.label();
        task.title = paragraph.title;
        task.requirement = paragraph.requirement;

        UnitAssignment units;
        if (paragraph.clause.isValid()) {
            units = UnitListParser::parse(paragraph.clause.unitsText);
            draft.unitsSpan = {paragraph.clause.start, paragraph.clause.length};
        }
        if (units.lead.isEmpty() && units.co.isEmpty())
            units = inherited;
        task.leadUnits = units.lead;
        task.coUnits = units.co;
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

        if (task.leadUnits.isEmpty())
            warn(n.line, PolicyDocumentImporter::tr("Task %1 names no lead unit.").arg(task.number));
        static const QRegularExpression vague(
            uR"([一二三四五六七八九十两\d]+个?年内|\d{4}\s*年\s*\d{1,2}\s*月\s*(?:开始|起))"_s);
        if (const auto m = vague.match(task.requirement); m.hasMatch() && task.deadline.kind != Deadline::Kind::Date)
            warn(n.line,
                PolicyDocumentImporter::tr(
                    "Task %1: \"%2\" names no date Taizhang understands; set the deadline by hand.")
                    .arg(task.number, m.captured()));
        else if (task.deadline.kind == Deadline::Kind::None)
            warn(n.line, PolicyDocumentImporter::tr("Task %1 gives no deadline.").arg(task.number));
        m_plan.tasks.append(draft);
    }

    void warn(int line, const QString &message)
    {
        m_issues.append({ImportIssue::Severity::Warning, line, 0, message, {}});
    }

    const DocumentOutline &m_outline;
    DraftPlan &m_plan;
    QList<ImportIssue> &m_issues;
    DeadlineParser m_deadlines;
    QHash<QString, int> m_sectionByKey;
    QHash<QString, QString> m_seen; // requirement -> task number
};

} // namespace

QString PolicyDocumentImporter::formatId() const
{
    return u"policy-document"_s;
}

QString PolicyDocumentImporter::displayName() const
{
    return tr("Policy document (plan, opinions, compilation)");
}

int PolicyDocumentImporter::confidence(const SourceText &source) const
{
    const DocumentOutline outline = DocumentOutline::build(splitLines(source.text.left(64 * 1024)));
    if (outline.nodes.size() >= 3)
        return 60;
    // Still offered, so a document without numbered items is told so rather than "unknown format".
    return source.text.trimmed().isEmpty() ? 0 : 1;
}

ImportDraft PolicyDocumentImporter::read(const SourceText &source, const ImportOptions &options) const
{
    ImportDraft draft;
    const QList<SourceLine> lines = splitLines(source.text);
    const QList<CompilationEntry> entries = CompilationIndex::find(lines);
    if (entries.isEmpty()) {
        const DocumentOutline outline = DocumentOutline::build(lines);
        const int firstHeading = outline.nodes.isEmpty() ? 0 : outline.nodes.constFirst().line;
        readDocument(lines, DocumentHeader::read(lines, firstHeading), source, options, draft);
    } else {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const int end = i + 1 < entries.size() ? entries.at(i + 1).firstIndex : int(lines.size());
            const QList<SourceLine> body = lines.mid(entries.at(i).bodyIndex, end - entries.at(i).bodyIndex);
            DocumentHeader header = DocumentHeader::fromEntryTitle(entries.at(i).title);
            header.docNumber = DocumentHeader::read(body.mid(0, 6), 0).docNumber;
            header.inferYear();
            readDocument(body, header, source, options, draft);
        }
    }
    if (draft.taskCount() == 0) {
        draft.plans.clear();
        draft.issues.prepend({ImportIssue::Severity::Error, 0, 0,
            tr("No numbered tasks found in %1: a plan lists its tasks as \"1.\", \"（一）\" or \"一、\" items.")
                .arg(source.fileName),
            {}});
    }
    return draft;
}

void PolicyDocumentImporter::readDocument(const QList<SourceLine> &lines, DocumentHeader header,
    const SourceText &source, const ImportOptions &options, ImportDraft &draft) const
{
    for (const DraftPlan &earlier : std::as_const(draft.plans)) {
        if (earlier.plan.title == header.title && earlier.plan.docNumber == header.docNumber) {
            draft.issues.append({ImportIssue::Severity::Warning, lines.isEmpty() ? 0 : lines.constFirst().number, 0,
                tr("\"%1\" appears twice in %2; it is imported once.").arg(header.title, source.fileName), {}});
            return;
        }
    }

    DraftPlan plan;
    plan.plan.title = header.title.isEmpty() ? source.fileName : header.title;
    plan.plan.docNumber = header.docNumber;
    plan.plan.issuer = header.issuer;
    plan.plan.issued = header.issued;
    plan.plan.source = source.fileName;
    plan.plan.year = options.year > 0 ? options.year : header.year;
    const int firstLine = lines.isEmpty() ? 0 : lines.constFirst().number;
    if (plan.plan.year <= 0) {
        plan.plan.year = QDate::currentDate().year();
        draft.issues.append({ImportIssue::Severity::Warning, firstLine, 0,
            tr("\"%1\" names no year; deadlines without one are read as %2.").arg(plan.plan.title).arg(plan.plan.year),
            {}});
    }

    const DocumentOutline outline = DocumentOutline::build(lines);
    PlanBuilder builder(outline, plan, draft.issues);
    builder.build();

    QStringList notes = outline.preamble;
    notes += builder.notes;
    notes += outline.trailing;
    plan.plan.notes = notes.join(u'\n');
    if (!plan.tasks.isEmpty())
        draft.plans.append(plan);
    else
        draft.issues.append({ImportIssue::Severity::Warning, firstLine, 0,
            tr("\"%1\" lists no numbered tasks; it is not imported.").arg(plan.plan.title), {}});
}

} // namespace Taizhang
