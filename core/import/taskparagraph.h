#pragma once

#include "model/importdraft.h"
#include "parse/responsibilityclause.h"

namespace Taizhang {

class DeadlineParser;

// The fields of one numbered task of a policy document, with where each stands in its paragraph:
// title is the lead phrase (up to the first 。), requirement the whole text but the units clause,
// units and deadline from the clause, else the deadline from the dates the text names.
struct TaskParagraph {
    QString text; // the paragraph, numbering removed
    QString title;
    QString requirement;
    ResponsibilityClause clause;
    SourceSpan titleSpan;
    SourceSpan deadlineSpan;

    // `continuation`: the sub-items ("（1）…（2）…") folded into the task, after its own text; the units
    // clause may close either.
    static TaskParagraph read(const QString &text, const QString &continuation = {});
    // The title a heading shows: its words without the units clause and closing 。.
    static QString headingTitle(const QString &text);

    // The due date: the clause's 完成时限, else the latest date the text names, else "ongoing" for
    // 常态实施/长期坚持/持续推进…, else none.
    Deadline deadline(const DeadlineParser &parser);
};

} // namespace Taizhang
