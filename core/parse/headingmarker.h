#pragma once

#include <QString>

namespace Taizhang {

// The numbering that opens a heading or an item of a policy document: "一、", "（一）"/"(一)",
// "1."/"1．"/"1、", "（1）"/"(1)", "①". Documents nest them in this order, skipping levels at will.
struct HeadingMarker {
    enum class Level { None = 0, Part = 1, Theme = 2, Item = 3, SubItem = 4, Circled = 5 };

    Level level = Level::None;
    int number = 0;
    qsizetype length = 0; // characters the marker takes, spaces after it included

    bool isValid() const { return level != Level::None; }
    QString label() const; // as a ledger shows it: "一、", "（一）", "1.", "（1）", "①"

    // The marker at the start of a line (leading spaces skipped), or an invalid marker.
    static HeadingMarker read(const QString &line);
};

} // namespace Taizhang
