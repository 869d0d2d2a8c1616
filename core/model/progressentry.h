#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Taizhang {

// One progress report. A cooperating unit reports its own part, the lead unit the whole task.
struct ProgressEntry {
    qint64 id = 0;
    QDate date;
    QString unit;
    int percent = -1; // -1: not given
    QString text;
    QString author;
    bool operator==(const ProgressEntry &) const = default;
};

} // namespace Taizhang
