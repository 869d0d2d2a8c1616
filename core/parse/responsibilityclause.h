#pragma once

#include <QString>
#include <QStringList>

namespace Taizhang {

// The clause a policy document closes a task or heading with, naming who answers for it and
// sometimes by when. Three shapes:
//  - bracketed: "〔A、B牵头，C按职责分工负责〕", "(A负责)", "（牵头单位：A；责任单位：B）",
//    "（X处负责，完成时限：2023 年底前）", "（责任领导：张明；牵头单位：A）", the contact form
//    "（办公室，宁静，63916882）";
//  - labelled lines after the task: "牵头单位：A" / "责任单位：B" / "完成时限：2023 年12 月30 日";
//  - a closing sentence of units alone: "由A牵头，B、C配合。", "部门分工：A牵头，B配合。".
// A note inside it ("以下措施均需各县区政府落实，不再一一列出") names units for every later task.
struct ResponsibilityClause {
    qsizetype start = -1; // where the clause, brackets included, stands in the text
    qsizetype length = 0;
    QString unitsText; // for UnitListParser
    QString deadlineText; // "2023 年底前"; empty when the clause names no date
    QStringList leaders; // people named as responsible (责任领导, 分管市领导): never units
    QString standingUnitsText; // units a "以下…均需…落实" note hands to every later task

    bool isValid() const { return start >= 0; }

    // The clause that ends the text (only punctuation and spaces may follow it), or an invalid one.
    static ResponsibilityClause findTrailing(const QString &text);
    // Only the bracketed shape: what closes a paragraph in the outline, as labelled lines continue it.
    static ResponsibilityClause findBracketed(const QString &text);
    // True when the whole text is a bracketed clause: a units line standing after its task.
    static bool isWholeClause(const QString &text);
    // True when the text begins with a field label ("牵头单位：", "完成时限:", "责任领导："…).
    static bool startsWithLabel(const QString &text);
    // "（排在第一位的为牵头单位）", "列第一位的为牵头单位": a document's rule for its unit lists.
    static bool statesFirstListedLeads(const QString &text);
};

} // namespace Taizhang
