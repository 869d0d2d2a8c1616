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

// Accepts a marker only where the numbering can continue: the next number of its level, 1 to
// start a new list, a number a little ahead (items removed before publication: "26." then "31."),
// or an item number printed twice. A line of wrapped prose that happens to begin "2." right after
// item 7 is not item 2.
class NumberingState {
public:
    static constexpr int maxGap = 15;

    // Accepts or refuses; a gap or repeat it accepts is reported through `note`.
    bool accept(const HeadingMarker &marker, int line, QList<NumberingNote> *notes)
    {
        const int level = int(marker.level);
        const int last = m_last[level];
        const bool next = marker.number == 1 || marker.number == last + 1;
        // A list starts at 1: "2." with no 1 before it is a wrapped line, not the list's start.
        const bool gap = last > 0 && marker.number > last + 1 && marker.number <= last + maxGap;
        const bool repeat = marker.level == HeadingMarker::Level::Item && marker.number == last && last > 0;
        if (!next && !gap && !repeat)
            return false;
        if (gap)
            notes->append({line, NumberingNote::Kind::Gap, last + 1, marker.number});
        else if (repeat)
            notes->append({line, NumberingNote::Kind::Repeat, marker.number, marker.number});
        m_last[level] = marker.number; // deeper levels keep counting: plans number tasks across sections
        return true;
    }

    int expected(HeadingMarker::Level level) const { return m_last[int(level)] + 1; }

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
    bool previousClosed = true; // the line before ended a sentence

    for (const SourceLine &line : lines) {
        if (isPageMarker(line.text))
            continue;
        const QString text = line.text.trimmed();
        if (text.isEmpty())
            continue;

        HeadingMarker marker = HeadingMarker::read(text);
        // "35.5 个地级市要…" is item 35 when 35 is due and the line before closed a sentence.
        if (!marker.isValid() && previousClosed) {
            const HeadingMarker item = HeadingMarker::readItemBeforeDigit(text);
            if (item.isValid() && item.number == numbering.expected(HeadingMarker::Level::Item))
                marker = item;
        }
        previousClosed = u"。；;：:！？”）)"_s.contains(text.back());
        if (marker.isValid() && numbering.accept(marker, line.number, &outline.numbering)) {
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
            const bool clauseEnds = ResponsibilityClause::findBracketed(sofar).isValid();
            if (clauseEnds && !ResponsibilityClause::isWholeClause(text))
                closed = true;
        }
        if (closed) {
            outline.trailing.append(text);
            static const QRegularExpression numbered(uR"(^(?:\d{1,9}\s*[.．、](?!\d)|[（(]\s*\d{1,9}\s*[）)]))"_s);
            if (marker.isValid() || numbered.match(text).hasMatch())
                outline.unreadItems.append(line.number);
        } else {
            node.lines.append(text);
        }
    }
    return outline;
}

} // namespace Taizhang
