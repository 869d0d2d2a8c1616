#pragma once

#include "sourcetext.h"

namespace Taizhang {

// A PDF's text through poppler, each page after a "# Page N:" line: the layout the prose reader
// already mends (hard line breaks mid-sentence, headings split over pages).
class PdfReader {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::PdfReader)

public:
    static SourceText read(const QByteArray &bytes);
};

} // namespace Taizhang
