#pragma once

#include <QString>

namespace Taizhang {

// A heading of the plan ("一、…", "（一）…"). Sections form a tree through parentId.
struct Section {
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    qint64 planId = 0;
    int position = 0; // among the plan's sections: the order they are printed in
    QString label; // "（一）", as normalised from the source
    QString title; // "提升企业开办注销便利度"
    QString displayName() const { return label + title; }
};

} // namespace Taizhang
