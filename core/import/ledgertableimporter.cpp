#include "ledgertableimporter.h"

#include "ledgertablelayout.h"
#include "parse/chinesenumber.h"
#include "parse/deadlineparser.h"
#include "parse/textnormalizer.h"
#include "parse/unitlistparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

using Col = LedgerTableLayout; // its columns: Col::Theme, Col::Units …

const QRegularExpression &keyWorkPattern()
{
    static const QRegularExpression pattern(
        u"^(\\d{1,3})\\s*[.．、]\\s*(.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

const QRegularExpression &themeNumberPattern()
{
    static const QRegularExpression pattern(u"^[(（]\\s*([一二三四五六七八九十百零]+)\\s*[)）]\\s*(.*)$"_s);
    return pattern;
}

struct Row {
    int line = 0; // 1-based
    QString cell[Col::ColumnCount];
    QString number; // a 序号 column's bare number
};

// A theme cell's reading: a number when it carries one, and its text without spaces.
struct ThemeFragment {
    int number = 0;
    QString text;
};

ThemeFragment readTheme(const QString &cell)
{
    ThemeFragment fragment;
    QString text = TextNormalizer::clean(cell);
    text.remove(u' ');
    const auto m = themeNumberPattern().match(text);
    if (m.hasMatch()) {
        fragment.number = ChineseNumber::parse(m.captured(1));
        text = m.captured(2);
    }
    fragment.text = text;
    return fragment;
}

// Theme names survive page breaks in pieces. The full name of a section is its longest numbered
// fragment; a fragment seen only once may still be missing its tail, which the next numberless
// fragment supplies ("(三) 优化获得" … "电力流程").
class SectionNames {
public:
    void addNumbered(int number, const QString &text)
    {
        m_seen[number].append(text);
        if (text.size() > m_names[number].size())
            m_names[number] = text;
    }

    // Which section a numberless fragment belongs to: the current one when it ends that name, a
    // section whose name it is (its number lost), or the current one as a continuation.
    int resolve(const QString &fragment, int current) const
    {
        if (current > 0 && m_names.value(current).endsWith(fragment))
            return current;
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
            if (it.key() != current && it.value().endsWith(fragment) && fragment.size() >= 2)
                return it.key();
        }
        return current;
    }

    void addContinuation(int number, const QString &head, const QString &tail)
    {
        const QString &name = m_names[number];
        if (head == name && m_seen[number].count(name) == 1 && !name.endsWith(tail))
            m_names[number] = head + tail;
    }

    QMap<int, QString> names() const { return m_names; }

private:
    QMap<int, QString> m_names;
    QHash<int, QStringList> m_seen;
};

QString keyWorkTitle(QString text)
{
    text = text.trimmed();
    static const QString trailing = u"。；;，,"_s;
    while (!text.isEmpty() && trailing.contains(text.back()))
        text.chop(1);
    return text;
}

int yearIn(const QString &text)
{
    static const QRegularExpression year(u"(20\\d{2})\\s*年"_s);
    const auto m = year.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

QString LedgerTableImporter::formatId() const
{
    return u"ledger-table"_s;
}

QString LedgerTableImporter::displayName() const
{
    return LedgerTableImporter::tr("Ledger table (tab-separated text)");
}

int LedgerTableImporter::confidence(const SourceText &source) const
{
    // Only the first few KB matter: a ledger's header stands near the top.
    const QStringList lines = LedgerTableLayout::unfoldCellPerLine(source.text.left(16 * 1024).split(u'\n'));
    return LedgerTableLayout::find(lines) ? 90 : 0;
}

ImportDraft LedgerTableImporter::read(const SourceText &source, const ImportOptions &options) const
{
    ImportDraft draft;
    auto issue = [&draft](ImportIssue::Severity severity, int line, int column, const QString &message) {
        draft.issues.append({severity, line, column, message, {}});
    };

    QString text = source.text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    const QStringList lines = LedgerTableLayout::unfoldCellPerLine(text.split(u'\n'));
    const std::optional<LedgerTableLayout> header = LedgerTableLayout::find(lines);
    if (!header) {
        issue(ImportIssue::Severity::Error, 0, 0,
            LedgerTableImporter::tr(
                "No ledger header row found in %1: expected columns such as 重点工作, 具体要求, 责任单位, 完成时限.")
                .arg(source.fileName));
        return draft;
    }

    DraftPlan plan;
    for (int i = header->line - 1; i >= 0 && plan.plan.title.isEmpty(); --i) {
        const QString candidate = TextNormalizer::clean(lines[i]);
        if (!candidate.isEmpty() && !candidate.contains(u'\t') && candidate != u"附件")
            plan.plan.title = candidate;
    }
    plan.plan.source = source.fileName;
    plan.plan.year = options.year > 0 ? options.year : yearIn(plan.plan.title);
    if (plan.plan.year == 0)
        plan.plan.year = yearIn(text.left(4096));
    if (plan.plan.year == 0)
        issue(ImportIssue::Severity::Warning, 0, 0,
            LedgerTableImporter::tr(
                "The ledger names no year; deadlines without a year stay undated. Give the year to import with."));

    // Pass 1: rows, with the first cell put back where a page break dropped it.
    QList<Row> rows;
    const int *col = header->column;
    for (int i = header->line + 1; i < lines.size(); ++i) {
        if (!lines[i].contains(u'\t'))
            continue;
        QStringList cells = lines[i].split(u'\t');
        const int theme = col[Col::Theme], keyWork = col[Col::KeyWork];
        if (theme >= 0 && keyWork == theme + 1 && theme < cells.size()) {
            const QString first = TextNormalizer::clean(cells[theme]);
            const QString second = keyWork < cells.size() ? TextNormalizer::clean(cells[keyWork]) : QString();
            if (keyWorkPattern().match(first).hasMatch() && !keyWorkPattern().match(second).hasMatch())
                cells.insert(theme, QString());
        }
        Row row;
        row.line = i + 1;
        bool any = false;
        for (int c = 0; c < Col::ColumnCount; ++c) {
            if (col[c] < 0 || col[c] >= cells.size())
                continue;
            row.cell[c] = c == Col::Units || c == Col::CoUnits
                ? TextNormalizer::foldSpaces(TextNormalizer::stripTags(cells[col[c]]))
                : TextNormalizer::clean(cells[col[c]]);
            any = any || !row.cell[c].isEmpty();
        }
        // "序号": a row's number ("3", "3-2" for the second requirement row of key work 3).
        static const QRegularExpression rowNumber(u"^(\\d{1,4})(?:\\s*[-－]\\s*\\d{1,3})?\\s*[.．、]?$"_s);
        const auto numbered = rowNumber.match(row.cell[Col::Number]);
        if (numbered.hasMatch())
            row.number = numbered.captured(1);
        if (const auto bare = rowNumber.match(row.cell[Col::Theme]); bare.hasMatch() && row.number.isEmpty()) {
            row.number = bare.captured(1); // a number in the theme column numbers the row
            row.cell[Col::Theme].clear();
        }
        if (!row.number.isEmpty()) {
            if (col[Col::KeyWork] < 0 && !row.cell[Col::Requirement].isEmpty()) {
                // No key-work column: the requirement's lead phrase names the task.
                const qsizetype stop = row.cell[Col::Requirement].indexOf(u'。');
                row.cell[Col::KeyWork] = stop > 0 ? row.cell[Col::Requirement].left(stop) : row.cell[Col::Requirement];
            }
        }
        if (any)
            rows.append(row);
    }

    // Pass 2: the sections' names, from every fragment of every theme cell.
    SectionNames names;
    for (const Row &row : std::as_const(rows)) {
        const ThemeFragment fragment = readTheme(row.cell[Col::Theme]);
        if (fragment.number > 0)
            names.addNumbered(fragment.number, fragment.text);
    }
    {
        int current = 0;
        QString head;
        for (const Row &row : std::as_const(rows)) {
            const ThemeFragment fragment = readTheme(row.cell[Col::Theme]);
            if (fragment.number > 0) {
                current = fragment.number;
                head = fragment.text;
            } else if (!fragment.text.isEmpty()) {
                if (names.resolve(fragment.text, current) == current && current > 0)
                    names.addContinuation(current, head, fragment.text);
                head.clear();
            }
        }
    }
    QHash<int, int> sectionIndex; // section number -> index in plan.sections
    const QMap<int, QString> sectionNames = names.names();
    for (auto it = sectionNames.cbegin(); it != sectionNames.cend(); ++it) {
        sectionIndex.insert(it.key(), int(plan.sections.size()));
        plan.sections.append({-1, u"（%1）"_s.arg(ChineseNumber::toChinese(it.key())), it.value()});
    }

    // Pass 3: tasks.
    const DeadlineParser deadlines(plan.plan.year);
    int currentSection = 0;
    QString unitsText; // the raw units cell of the last task, which a spill may extend
    struct CurrentKeyWork {
        QString number;
        QString title;
        int section = -1;
    };
    std::optional<CurrentKeyWork> keyWork;
    auto applyUnits = [](Task &task, const UnitAssignment &units) {
        task.leadUnits = units.lead;
        task.coUnits = units.co;
    };

    for (const Row &row : std::as_const(rows)) {
        const ThemeFragment theme = readTheme(row.cell[Col::Theme]);
        if (theme.number > 0)
            currentSection = theme.number;
        else if (!theme.text.isEmpty())
            currentSection = names.resolve(theme.text, currentSection);

        DraftTask *previous = plan.tasks.isEmpty() ? nullptr : &plan.tasks.last();
        UnitAssignment units = UnitListParser::parse(row.cell[Col::Units], UnitListParser::SplitOnSpaces);
        if (!row.cell[Col::CoUnits].isEmpty())
            units.co += UnitListParser::splitList(row.cell[Col::CoUnits], UnitListParser::SplitOnSpaces);
        if (!units.unlabelledPrefix.isEmpty() && previous) {
            // The tail of the units cell above, carried over a page break.
            unitsText += units.unlabelledPrefix;
            applyUnits(previous->task, UnitListParser::parse(unitsText, UnitListParser::SplitOnSpaces));
            units.unlabelledPrefix.clear();
        }

        const bool noKeyWork = row.cell[Col::KeyWork].isEmpty();
        if (noKeyWork && row.cell[Col::Units].isEmpty() && row.cell[Col::DeadlineCol].isEmpty() && previous
            && !row.cell[Col::Requirement].isEmpty()) {
            // The rest of the requirement above, carried over a page break.
            previous->task.requirement += row.cell[Col::Requirement];
            continue;
        }

        DraftTask draftTask;
        draftTask.sourceLine = row.line;
        Task &task = draftTask.task;
        // A table that repeats the key work on each of its rows (as Taizhang's own copies do):
        // the same number and words again are its next requirement row.
        const bool repeatsKeyWork = !noKeyWork && keyWork && !row.number.isEmpty() && row.number == keyWork->number
            && keyWorkTitle(row.cell[Col::KeyWork]) == keyWork->title;
        if (repeatsKeyWork) {
            task.part = previous->task.part + 1;
        } else if (!noKeyWork) {
            const auto m = keyWorkPattern().match(row.cell[Col::KeyWork]);
            CurrentKeyWork next;
            if (m.hasMatch()) {
                next.number = m.captured(1);
                next.title = keyWorkTitle(m.captured(2));
            } else if (!row.number.isEmpty()) {
                next.number = row.number;
                next.title = keyWorkTitle(row.cell[Col::KeyWork]);
            } else {
                next.title = keyWorkTitle(row.cell[Col::KeyWork]);
                issue(ImportIssue::Severity::Warning, row.line, col[Col::KeyWork] + 1,
                    LedgerTableImporter::tr("Key work \"%1\" has no number.").arg(next.title));
            }
            next.section = sectionIndex.value(currentSection, -1);
            keyWork = next;
            task.part = 1;
        } else if (!keyWork) {
            issue(ImportIssue::Severity::Warning, row.line, col[Col::Requirement] + 1,
                LedgerTableImporter::tr("A requirement row before the first key work was skipped."));
            continue;
        } else {
            task.part = previous->task.part + 1;
        }
        task.number = keyWork->number;
        task.title = keyWork->title;
        draftTask.section = keyWork->section;
        task.requirement = row.cell[Col::Requirement];

        if (units.isEmpty() && noKeyWork && previous) {
            // A requirement row with empty unit cells answers to the units of the row above.
            task.leadUnits = previous->task.leadUnits;
            task.coUnits = previous->task.coUnits;
        } else {
            applyUnits(task, units);
            unitsText = row.cell[Col::Units];
        }
        task.deadline = deadlines.parse(row.cell[Col::DeadlineCol]);
        if (!row.cell[Col::Progress].isEmpty())
            task.progress.append({0, QDate(), task.leadUnits.value(0), -1, row.cell[Col::Progress], QString()});
        task.problems = row.cell[Col::Problems];
        task.remarks = row.cell[Col::Remarks];
        task.leaders = UnitListParser::splitNames(row.cell[Col::Leaders]);
        if (!task.progress.isEmpty())
            task.status = TaskStatus::InProgress;
        plan.tasks.append(draftTask);
    }

    // Last: what can only be judged once every spill has been put back.
    int lastNumber = 0;
    for (DraftTask &draftTask : plan.tasks) {
        Task &task = draftTask.task;
        task.milestones = deadlines.milestones(task.requirement);
        const QString name = task.part > 1 ? u"%1(%2)"_s.arg(task.number).arg(task.part) : task.number;
        if (task.leadUnits.isEmpty())
            issue(ImportIssue::Severity::Warning, draftTask.sourceLine, col[Col::Units] + 1,
                LedgerTableImporter::tr("Task %1 names no lead unit.").arg(name));
        if (task.deadline.kind == Deadline::Kind::None)
            issue(ImportIssue::Severity::Warning, draftTask.sourceLine, col[Col::DeadlineCol] + 1,
                LedgerTableImporter::tr("Task %1 has no deadline.").arg(name));
        else if (task.deadline.isUnparsed())
            issue(ImportIssue::Severity::Warning, draftTask.sourceLine, col[Col::DeadlineCol] + 1,
                LedgerTableImporter::tr(
                    "Task %1: deadline \"%2\" names no date Taizhang understands; it is kept as written.")
                    .arg(name, task.deadline.text));
        const int number = task.number.toInt();
        if (task.part == 1 && number > lastNumber + 1 && lastNumber > 0)
            issue(ImportIssue::Severity::Warning, draftTask.sourceLine, col[Col::KeyWork] + 1,
                number == lastNumber + 2
                    ? LedgerTableImporter::tr("Key work %1 is missing from the source.").arg(lastNumber + 1)
                    : LedgerTableImporter::tr("Key works %1–%2 are missing from the source.")
                          .arg(lastNumber + 1)
                          .arg(number - 1));
        if (task.part == 1 && number > 0)
            lastNumber = number;
    }

    if (plan.tasks.isEmpty()) {
        issue(ImportIssue::Severity::Error, header->line + 1, 0,
            LedgerTableImporter::tr("The ledger table in %1 has a header but no task rows.").arg(source.fileName));
        return draft;
    }
    draft.plans.append(plan);
    return draft;
}

} // namespace Taizhang
