#pragma once

#include <QDate>
#include <QString>

namespace Taizhang {

// A deadline as the plan wrote it ("6月底", "常态实施") and what it means.
struct Deadline {
    enum class Kind {
        None, // nothing written
        Date, // a due date could be derived
        Ongoing, // 常态实施 / 长期坚持 / 持续推进 ...: no due date, still reported on
        Unparsed, // text that names no date we understand: kept and flagged, never guessed
    };

    QString text;
    Kind kind = Kind::None;
    QDate due;

    bool isOngoing() const { return kind == Kind::Ongoing; }
    bool isUnparsed() const { return kind == Kind::Unparsed; }
    // "6月底前并长期坚持": due that day, then kept up. Read from the text, so it needs no storage.
    bool isContinuing() const;
    bool operator==(const Deadline &) const = default;
};

} // namespace Taizhang
