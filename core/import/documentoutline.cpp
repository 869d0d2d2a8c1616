#include "documentoutline.h"

#include "parse/responsibilityclause.h"
#include "parse/textnormalizer.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

constexpr int levelCount = 6;

// PDF text wraps at the page's width: most full lines end in the middle of a sentence.
bool looksHardWrapped(const QList<SourceLine> &lines)
{
    int long_ = 0;
    int open = 0;
    static const QString sentenceEnds = u"。；;：:！？!?”）)〕】》"_s;
    for (const SourceLine &line : lines) {
        if (DocumentOutline::isPageMarker(line.text))
            return true;
        const QString text = line.text.trimmed();
        if (text.size() < 12)
            continue;
        ++long_;
        if (!sentenceEnds.contains(text.back()))
            ++open;
    }
    return long_ >= 10 && open * 10 > long_ * 3;
}

// Accepts a marker only where the numbering expects it: the next number of its level, or 1 to
// start a new list under a new heading. A line of wrapped prose that happens to begin "2." is not the item 2.
class NumberingState {
public:
    bool accept(const HeadingMarker &marker)
    {
        const int level = int(marker.level);
        if (marker.number != 1 && marker.number != m_last[level] + 1)
            return false;
        m_last[level] = marker.number; // deeper levels keep counting: plans number tasks across sections
        return true;
    }

private:
    std::array<int, levelCount> m_last {};
};

} // namespace

QString OutlineNode::text() const
{
    QString joined;
    for (const QString &line : lines)
        joined += line.trimmed();
    return TextNormalizer::clean(joined);
}

QString OutlineNode::firstLine() const
{
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return TextNormalizer::clean(line);
    }
    return {};
}

bool DocumentOutline::isPageMarker(const QString &line)
{
    static const QRegularExpression page(uR"(^\s*#\s*Page\s*\d+\s*:?\s*$)"_s);
    return page.match(line).hasMatch();
}

bool DocumentOutline::isDateLine(const QString &line)
{
    static const QRegularExpression date(uR"(^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(印发)?\s*$)"_s);
    return date.match(line).hasMatch();
}

DocumentOutline DocumentOutline::build(const QList<SourceLine> &lines)
{
    DocumentOutline outline;
    outline.hardWrapped = looksHardWrapped(lines);
    NumberingState numbering;
    QList<int> open; // the chain of nodes the next one may nest in, outermost first
    int current = -1; // the node unnumbered text continues
    bool closed = false; // the current node has ended: what follows is not its text

    for (const SourceLine &line : lines) {
        if (isPageMarker(line.text))
            continue;
        const QString text = line.text.trimmed();
        if (text.isEmpty())
            continue;

        const HeadingMarker marker = HeadingMarker::read(text);
        if (marker.isValid() && numbering.accept(marker)) {
            while (!open.isEmpty() && outline.nodes.at(open.last()).marker.level >= marker.level)
                open.removeLast();
            OutlineNode node;
            node.marker = marker;
            node.line = line.number;
            node.lines.append(text.mid(marker.length));
            node.parent = open.isEmpty() ? -1 : open.last();
            current = int(outline.nodes.size());
            if (node.parent < 0)
                outline.roots.append(current);
            else
                outline.nodes[node.parent].children.append(current);
            outline.nodes.append(node);
            open.append(current);
            closed = false;
            continue;
        }

        if (current < 0) {
            outline.preamble.append(text);
            continue;
        }
        if (isDateLine(text)) {
            closed = true;
            outline.trailing.append(text);
            continue;
        }
        OutlineNode &node = outline.nodes[current];
        if (!closed) {
            // A task is closed by its units clause; in PDF text only where the clause ends a line.
            const QString sofar = node.lines.join(QString());
            const bool clauseEnds = ResponsibilityClause::findTrailing(sofar).isValid();
            if (clauseEnds && !ResponsibilityClause::isWholeClause(text))
                closed = true;
        }
        if (closed)
            outline.trailing.append(text);
        else
            node.lines.append(text);
    }
    return outline;
}

} // namespace Taizhang
