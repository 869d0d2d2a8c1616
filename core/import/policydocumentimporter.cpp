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
        plan.plan.year = QDate::currentDate().year();
        draft.issues.append({ImportIssue::Severity::Warning, firstLine, 0,
            tr("\"%1\" names no year; deadlines without one are read as %2.").arg(plan.plan.title).arg(plan.plan.year),
            {}});
    }

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
        draft.issues.append({ImportIssue::Severity::Warning, note.line, 0, message, {}});
    }
    PlanBuilder builder(outline, plan, draft.issues);
    builder.setFirstListedLeads(statesFirstListedLeads(lines));
    builder.build();

    QStringList notes = outline.preamble;
    notes += builder.notes();
    notes += outline.trailing;
    plan.plan.notes = notes.join(u'\n');
    if (!plan.tasks.isEmpty())
        draft.plans.append(plan);
    else
        draft.issues.append({ImportIssue::Severity::Warning, firstLine, 0,
            tr("\"%1\" lists no numbered tasks; it is not imported.").arg(plan.plan.title), {}});
}

} // namespace Taizhang
