#pragma once

#include "parse/headingmarker.h"

#include <QList>
#include <QStringList>

namespace Taizhang {

// One line of a source, numbered as an editor numbers it.
struct SourceLine {
    int number = 0;
    QString text;
};

// A numbered heading or item and everything written under it up to the next one.
struct OutlineNode {
    HeadingMarker marker;
    int line = 0; // where the marker stands
    QStringList lines; // its text as laid out in the source, the marker removed
    int parent = -1;
    QList<int> children;

    QString text() const; // the lines joined back into one paragraph
    QString firstLine() const; // the first line with text: a heading's own words
};

// Where a document's numbering is not the plain 1, 2, 3: items removed before publication
// ("26." then "31.") or a number printed twice.
struct NumberingNote {
    enum class Kind { Gap, Repeat };
    int line = 0;
    Kind kind = Kind::Gap;
    int expected = 0; // the number due
    int found = 0; // the number printed
};

// The numbered structure of one policy document, with the unnumbered text around it. Text exported
// from PDF breaks lines mid-sentence and marks pages ("# Page 12:"); the outline joins such lines
// back, so a task is one paragraph whatever the layout was.
class DocumentOutline {
public:
    static DocumentOutline build(const QList<SourceLine> &lines);

    QList<OutlineNode> nodes;
    QList<int> roots;
    QStringList preamble; // before the first numbered heading
    QStringList trailing; // unnumbered text after an item closed by its units clause or a date line
    QList<int> unreadItems; // lines that look numbered but fell out of the numbering into `trailing`
    QList<NumberingNote> numbering;
    bool hardWrapped = false;

    static bool isPageMarker(const QString &line);
    // "2019年1月15日", "2023 年6 月3 日": the date a document is signed with, on its own line.
    static bool isDateLine(const QString &line);
};

} // namespace Taizhang
