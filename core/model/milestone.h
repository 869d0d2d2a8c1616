#pragma once

#include <QDate>
#include <QString>

namespace Taizhang {

// A stage inside a requirement ("8月底前…；9月底前全面推开").
struct Milestone {
    QDate due;
    QString text;
    bool operator==(const Milestone &) const = default;
};

} // namespace Taizhang
