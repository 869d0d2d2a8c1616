#pragma once

#include "returnedsheet.h"

#include <QCoreApplication>

namespace Taizhang {

// Reads a returned progress sheet, however it was saved again (Excel, WPS, LibreOffice, or copied
// into a fresh workbook): the sheet holding the header row, the stamp sheet if it is still there.
// A file too large for a sheet, not a workbook, encrypted, a zip bomb or damaged XML is refused
// with a sentence in ReturnedSheet::error.
class ReturnSheetReader {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ReturnSheetReader)

public:
    static ReturnedSheet read(const QString &path);
    // Files as given, a folder as the .xlsx files in it (by name; Excel's ~$ lock files left out).
    static QStringList expand(const QStringList &paths);

    // A unit's sheet is a few hundred kilobytes; nothing a unit returns comes near this.
    static constexpr qint64 maxFileSize = 32 * 1024 * 1024;
    static constexpr int maxRows = 20000;
};

} // namespace Taizhang
