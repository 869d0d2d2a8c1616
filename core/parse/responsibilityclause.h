#pragma once

#include <QString>

namespace Taizhang {

// The bracketed clause a policy document closes a task or heading with, naming who answers for
// it and sometimes by when: "〔A、B牵头，C按职责分工负责〕", "(A负责)", "（牵头单位：A）",
// "(责任单位:A;配合单位:B)", "（X处负责，完成时限：2023 年底前）", "（A负责，8 月底前完成）",
// and the contact form "（办公室，宁静，63916882）".
struct ResponsibilityClause {
    qsizetype start = -1; // where the clause, brackets included, stands in the text
    qsizetype length = 0;
    QString unitsText; // for UnitListParser
    QString deadlineText; // "2023 年底前"; empty when the clause names no date

    bool isValid() const { return start >= 0; }

    // The clause that ends the text (only punctuation and spaces may follow it), or an invalid one.
    static ResponsibilityClause findTrailing(const QString &text);
    // True when the whole text is such a clause: a units line standing after its task.
    static bool isWholeClause(const QString &text);
};

} // namespace Taizhang
