#pragma once

#include "sourcetext.h"

namespace Taizhang {

// A web page saved from a government site, or HTML from the clipboard, as text: block elements
// (paragraphs, headings, list items, <br>) become lines, each table row a line of tab-separated
// cells, with the cells a rowspan or colspan covers left empty, as a merged Word cell is. Parsed by
// libxml2's HTML parser, never by patterns; scripts, styles and the page's head are skipped.
class HtmlReader {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::HtmlReader)

public:
    // True when the bytes open like an HTML page (after a BOM and white space).
    static bool looksLikeHtml(const QByteArray &bytes);
    // The page's bytes: the charset is the BOM's, else the <meta> tag's (GB2312 and GBK read as
    // GB18030), else UTF-8 when valid, else what SourceText would guess; `encoding` overrides it.
    static SourceText read(const QByteArray &bytes, const QString &fileName, const QString &encoding = {});
    // HTML already decoded (QMimeData::html()).
    static SourceText fromHtml(const QString &html, const QString &fileName);

    static constexpr int maxDepth = 256; // deeper nesting is read as flat text
    static constexpr int maxSpan = 64; // a rowspan or colspan beyond this is taken as this
    static constexpr int maxColumns = 256; // cells beyond are dropped: no ledger is that wide
};

} // namespace Taizhang
