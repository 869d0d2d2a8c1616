#pragma once

#include <QByteArray>
#include <QHash>

namespace Taizhang {

// Makes the Chinese of a PDF written by Qt read back as what was printed. Qt 6.4 gives each glyph
// the text of the lowest code point the font maps to it, and Noto Sans CJK draws the Kangxi
// radicals (U+2F00–2FDF) and radical supplements (U+2E80–2EFF) with the ideographs' own glyphs,
// so 市行政审批局 would be copied, searched and read aloud as 市⾏政审批局. The repair rewrites
// those entries of the PDF's ToUnicode maps in place, at the same length, so every byte offset the
// file records stays right.
class PdfTextRepair {
public:
    // Radical code point -> the ideograph the CJK font draws with the same glyph.
    static const QHash<ushort, ushort> &radicalsToIdeographs();

    // Returns how many entries were rewritten.
    static int repair(QByteArray &pdf);
};

} // namespace Taizhang
