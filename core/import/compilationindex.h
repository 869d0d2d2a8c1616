#pragma once

#include "documentoutline.h"

namespace Taizhang {

// A compilation (汇编) strings documents together, each under an entry of its own numbering:
// "3. 陕西省知识产权局关于印发《…》的通知（2023 年4 月26 日）", the title wrapped over lines
// and closed by the date in brackets. Finding those entries splits the compilation into documents.
struct CompilationEntry {
    int firstIndex = 0; // index of the entry's first line in the source's lines
    int bodyIndex = 0; // index of the first line after the entry
    QString title; // the entry's words, date included
};

class CompilationIndex {
public:
    // The entries in source order; none when the source is not a compilation (a single entry only
    // when its title opens the source: a document cut from a compilation).
    static QList<CompilationEntry> find(const QList<SourceLine> &lines);
};

} // namespace Taizhang
