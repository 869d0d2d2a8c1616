#pragma once

#include "report/unitscores.h"

#include <QCoreApplication>

namespace Taizhang {

// Unit scores as an Excel workbook (libxlsxwriter): the ranking with a column per rule, and every
// point with its reason on a second sheet. Text through the one cell guard, numbers as numbers.
class ScoreWorkbook {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ScoreWorkbook)

public:
    // An empty string on success, else what failed (no partial file left).
    static QString write(const UnitScores &scores, const QString &path);
};

} // namespace Taizhang
