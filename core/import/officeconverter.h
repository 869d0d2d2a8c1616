#pragma once

#include "sourcetext.h"

namespace Taizhang {

// Old and WPS office formats (.doc, .wps, .xls, .et, .rtf, .odt, .ods) read through LibreOffice:
// `soffice --headless --convert-to docx|xlsx` into a temporary folder, with a fresh user profile
// there (so a running LibreOffice is neither used nor disturbed, and nothing is left behind) and a
// time limit; the converted file is then read like any .docx or .xlsx. Without LibreOffice the
// user is told what to install, or to save the file as .docx/.xlsx.
class OfficeConverter {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::OfficeConverter)

public:
    // True when the file is one of those formats, by its header (OLE compound file) or its name.
    static bool handles(const QString &path, const QByteArray &head);
    static SourceText read(const QString &path);

    // The LibreOffice program: TAIZHANG_SOFFICE when set, else soffice or libreoffice on PATH.
    static QString program();
    static constexpr int timeoutMs = 120 * 1000; // a first start builds its profile: seconds, not minutes
};

} // namespace Taizhang
