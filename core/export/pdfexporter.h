#pragma once

#include <QString>

namespace Taizhang {

class Report;

// A printed report as a PDF file (QPdfWriter, fonts embedded), written through ExportFile.
class PdfExporter {
public:
    // An empty string on success, else what went wrong. `pages`, when given, receives the count.
    static QString write(Report &report, const QString &path, int *pages = nullptr);
};

} // namespace Taizhang
