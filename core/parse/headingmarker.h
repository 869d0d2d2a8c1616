#pragma once

#include <QString>

namespace Taizhang {

// The numbering that opens a heading or an item of a policy document: "一、", "（一）"/"(一)",
// "1."/"1．"/"1、"/"1。", "（1）"/"(1)", "①", and the articles of rules: "第一章", "第一条".
// Documents nest them in this order, skipping levels at will.
struct HeadingMarker {
    enum class Level { None = 0, Part = 1, Theme = 2, Item = 3, SubItem = 4, Circled = 5 };
    // How a level is written where it has two forms: "第一章" for a part, "第一条" for an item.
    enum class Style { Plain, Chapter, Article };

    Level level = Level::None;
    int number = 0;
    Style style = Style::Plain;
    qsizetype length = 0; // characters the marker takes, spaces after it included

    bool isValid() const { return level != Level::None; }
    QString label() const; // as a ledger shows it: "一、", "（一）", "1.", "（1）", "①"

    // The marker at the start of a line (leading spaces skipped), or an invalid marker.
    static HeadingMarker read(const QString &line);
    // "35.5 个地级市…": an item whose text starts with a digit, which read() refuses as a decimal
    // number. Only the outline, knowing item 35 is due, may take it.
    static HeadingMarker readItemBeforeDigit(const QString &line);
};

} // namespace Taizhang
