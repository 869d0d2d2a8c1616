#pragma once

#include "returnsheet.h"

#include <QCoreApplication>

namespace Taizhang {

// Writes a unit's progress sheet as .xlsx (libxlsxwriter): reference columns locked, input cells
// open and validated (completion 0–100, status from a list), the sheet protected without a
// password so only the input cells take typing, A4 landscape with the header repeated, and a
// hidden, protected stamp sheet. Every cell is written as text or a number, never a formula.
class ReturnSheetWriter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ReturnSheetWriter)

public:
    // An empty string on success, else what failed (the partial file removed).
    static QString write(const ReturnSheet &sheet, const QString &path);
};

} // namespace Taizhang
