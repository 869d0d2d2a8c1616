#include "sectiontree.h"

#include <QSet>

namespace Taizhang {

SectionTree::SectionTree(const QList<Section> &sections)
{
    m_byId.reserve(sections.size());
    for (const Section &section : sections)
        m_byId.insert(section.id, section);
}

const Section *SectionTree::find(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &*it;
}

QList<const Section *> SectionTree::path(qint64 id) const
{
    QList<const Section *> chain;
    QSet<qint64> seen;
    for (const Section *s = find(id); s && !seen.contains(s->id) && chain.size() < maxDepth; s = find(s->parentId)) {
        seen.insert(s->id);
        chain.prepend(s);
    }
    return chain;
}

} // namespace Taizhang
