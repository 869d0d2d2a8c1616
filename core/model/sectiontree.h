#pragma once

#include "section.h"

#include <QHash>
#include <QList>

namespace Taizhang {

// A plan's sections as the tree their parent ids make, read defensively: a damaged or hostile
// ledger may hold a section that is its own parent, or a longer cycle (integrity_check passes on
// such a file), so every walk up stops at a section already seen or at maxDepth.
class SectionTree {
public:
    static constexpr int maxDepth = 64; // no plan nests headings this deep

    explicit SectionTree(const QList<Section> &sections);

    const Section *find(qint64 id) const;
    // The section and its ancestors, root first; empty for an unknown id.
    QList<const Section *> path(qint64 id) const;

private:
    QHash<qint64, Section> m_byId;
};

} // namespace Taizhang
