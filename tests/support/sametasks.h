#pragma once

#include "model/importdraft.h"
#include "testsupport.h"

#include <gtest/gtest.h>

namespace Taizhang::TestData {

// Two imports of one plan (its text and another file kind, or another encoding) read alike.
inline void expectSameTasks(const ImportDraft &a, const ImportDraft &b)
{
    ASSERT_EQ(a.plans.size(), b.plans.size());
    ASSERT_FALSE(a.plans.isEmpty());
    ASSERT_EQ(a.plans.constFirst().tasks.size(), b.plans.constFirst().tasks.size());
    for (qsizetype i = 0; i < a.plans.constFirst().tasks.size(); ++i) {
        const Task &x = a.plans.constFirst().tasks.at(i).task;
        const Task &y = b.plans.constFirst().tasks.at(i).task;
        EXPECT_EQ(x.number, y.number);
        EXPECT_EQ(x.title, y.title);
        EXPECT_EQ(x.requirement, y.requirement);
        EXPECT_EQ(x.leadUnits, y.leadUnits);
        EXPECT_EQ(x.coUnits, y.coUnits);
        EXPECT_EQ(x.leaders, y.leaders);
        EXPECT_EQ(x.deadline, y.deadline);
    }
}

} // namespace Taizhang::TestData
