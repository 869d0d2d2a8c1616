#include "policydocumentimporter.h"

#include "compilationindex.h"
#include "documentheader.h"
#include "documentoutline.h"
#include "parse/deadlineparser.h"
#include "parse/responsibilityclause.h"
#include "parse/unitlistparser.h"
#include "planbuilder.h"
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

// Where an attachment's own text starts: "附件" or "附件1" alone on a line, after the first
// numbered item (a notice's "附件：……清单" names it and is not the start).
qsizetype attachmentStart(const QList<SourceLine> &lines)
{
    static const QRegularExpression marker(uR"(^\s*附\s*件\s*[0-9一二三四五六七八九十]{0,2}\s*$)"_s);
    bool numbered = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (marker.match(lines.at(i).text).hasMatch() && numbered)
            return i;
        numbered = numbered || HeadingMarker::read(lines.at(i).text).isValid();
    }
    return lines.size();
}

// "（排在第一位的为牵头单位）", "列第一位的为牵头单位", "排名第一的为牵头部门".
bool statesFirstListedLeads(const QList<SourceLine> &lines)
{
    QString joined;
    for (const SourceLine &line : lines)
        joined += line.text.trimmed();
    return ResponsibilityClause::statesFirstListedLeads(joined);
}

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
        // No year in the title: the first lines that name one ("2024年…工作要点") say which.
        static const QRegularExpression year(uR"((20\d\d)\s*年)"_s);
        for (const SourceLine &line : lines.mid(0, 10)) {
            if (const auto m = year.match(line.text); m.hasMatch()) {
                plan.plan.year = m.captured(1).toInt();
                break;
            }
        }
    }
    if (plan.plan.year <= 0) {
        plan.plan.year = (options.today.isValid() ? options.today : QDate::currentDate()).year();
        draft.issues.append({ImportIssue::Severity::Warning, firstLine, 0,
            tr("\"%1\" names no year; deadlines without one are read as %2.").arg(plan.plan.title).arg(plan.plan.year),
            {}});
    }

    // "附件" (or "附件1") on a line of its own starts an attachment after the plan's own text: a
    // task list the notice refers to, or a form, rules, a list of materials.
    const qsizetype attachment = attachmentStart(lines);
    const QList<SourceLine> body = lines.mid(0, attachment);
    const bool firstListedLeads = statesFirstListedLeads(lines);
    QStringList notes = readOutline(body, plan, firstListedLeads, draft.issues);
    if (attachment < lines.size())
        notes += readAttachment(lines.mid(attachment), plan, firstListedLeads, draft.issues);
    plan.plan.notes = notes.join(u'\n');
    if (!plan.tasks.isEmpty())
        draft.plans.append(plan);
    else
        draft.issues.append({ImportIssue::Severity::Warning, firstLine, 0,
            tr("\"%1\" lists no numbered tasks; it is not imported.").arg(plan.plan.title), {}});
}

QStringList PolicyDocumentImporter::readOutline(
    const QList<SourceLine> &lines, DraftPlan &plan, bool firstListedLeads, QList<ImportIssue> &issues) const
{
    const DocumentOutline outline = DocumentOutline::build(lines);
    for (const NumberingNote &note : outline.numbering) {
        const QString message = note.kind == NumberingNote::Kind::Repeat
            ? tr("Number %1 is printed twice in \"%2\"; both items are imported.").arg(note.found).arg(plan.plan.title)
            : note.found - note.expected == 1
            ? tr("\"%1\" skips number %2 (the next item is %3); check that nothing was lost.")
                  .arg(plan.plan.title)
                  .arg(note.expected)
                  .arg(note.found)
            : tr("\"%1\" skips numbers %2–%3 (the next item is %4); check that nothing was lost.")
                  .arg(plan.plan.title)
                  .arg(note.expected)
                  .arg(note.found - 1)
                  .arg(note.found);
        issues.append({ImportIssue::Severity::Warning, note.line, 0, message, {}});
    }
    if (!outline.unreadItems.isEmpty())
        issues.append({ImportIssue::Severity::Warning, outline.unreadItems.constFirst(), 0,
            tr("%n numbered line(s) of \"%1\", from line %2 on, follow no numbering of the plan and were not "
               "read as tasks; they are kept in the plan's notes. Check that none of them is a task.",
                nullptr, int(outline.unreadItems.size()))
                .arg(plan.plan.title)
                .arg(outline.unreadItems.constFirst()),
            {}});
    PlanBuilder builder(outline, plan, issues);
    builder.setFirstListedLeads(firstListedLeads);
    builder.build();

    QStringList notes = outline.preamble;
    notes += builder.notes();
    notes += outline.trailing;
    return notes;
}

QStringList PolicyDocumentImporter::readAttachment(
    const QList<SourceLine> &lines, DraftPlan &plan, bool firstListedLeads, QList<ImportIssue> &issues) const
{
    // Read on trial: the attachment's items are tasks only when most of them name units.
    DraftPlan attached;
    attached.plan = plan.plan;
    QList<ImportIssue> attachedIssues;
    const QStringList notes = readOutline(lines, attached, firstListedLeads, attachedIssues);
    int named = 0;
    for (const DraftTask &task : std::as_const(attached.tasks))
        named += task.task.leadUnits.isEmpty() ? 0 : 1;
    const int line = lines.constFirst().number;
    if (attached.tasks.isEmpty() || named * 2 < attached.tasks.size()) {
        if (!attached.tasks.isEmpty())
            issues.append({ImportIssue::Severity::Warning, line, 0,
                tr("The attachment at line %1 of \"%2\" lists items that name no units (a form, rules or a list of "
                   "materials); it is kept in the plan's notes, not read as tasks.")
                    .arg(line)
                    .arg(plan.plan.title),
                {}});
        QStringList text;
        for (const SourceLine &source : lines)
            text.append(source.text.trimmed());
        return {text.join(u'\n')};
    }
    // The task list the notice refers to ("分类扎实推进有关工作（见附件）"): when the notice's own
    // items name nobody, they are the notice's words, and the attachment holds the tasks.
    bool bodyNamesUnits = false;
    for (const DraftTask &task : std::as_const(plan.tasks))
        bodyNamesUnits = bodyNamesUnits || !task.task.leadUnits.isEmpty();
    QStringList bodyNotes;
    if (!bodyNamesUnits) {
        for (const DraftTask &task : std::as_const(plan.tasks))
            bodyNotes.append(task.sourceText);
        plan.tasks.clear();
        plan.sections.clear();
    }
    const int offset = int(plan.sections.size());
    for (DraftSection section : std::as_const(attached.sections)) {
        if (section.parent >= 0)
            section.parent += offset;
        plan.sections.append(section);
    }
    for (DraftTask task : std::as_const(attached.tasks)) {
        if (task.section >= 0)
            task.section += offset;
        plan.tasks.append(task);
    }
    issues += attachedIssues;
    return bodyNotes + notes;
}

} // namespace Taizhang
