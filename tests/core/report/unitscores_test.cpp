// Unit scores (考核) for the first half of 2024, on a small ledger whose every point is worked out
// by hand below: tasks finished on time, early and late, one overdue, a reporting round one unit
// returned late and one missed, a supervision notice; then with two rules switched off.
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "report/reportrecords.h"
#include "report/unitscores.h"
#include "rounds/roundplanner.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
DraftTask taskDue(const QString &number, const QStringList &lead, const QStringList &co, const QDate &due)
{
    DraftTask t;
    t.section = -1;
    t.task.number = number;
    t.task.title = u"任务"_s + number;
    t.task.leadUnits = lead;
    t.task.coUnits = co;
    t.task.deadline.text = due.toString(u"M月d日"_s);
    t.task.deadline.kind = Deadline::Kind::Date;
    t.task.deadline.due = due;
    return t;
}

const UnitScores::Unit &unit(const UnitScores &scores, const QString &name)
{
    for (const UnitScores::Unit &u : scores.units) {
        if (u.name == name)
            return u;
    }
    static const UnitScores::Unit none;
    ADD_FAILURE() << "no unit " << name.toStdString();
    return none;
}
} // namespace

TEST(UnitScores, shouldScoreEachUnitAsWorkedOutByHand)
{
    TestData::ScratchDir dir;
    LedgerDocument document;
    auto clock = std::make_shared<FixedClock>(QDate(2024, 1, 10));
    document.setClock(clock);
    ASSERT_TRUE(document.open(dir.path(u"scores.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    DraftPlan plan;
    plan.plan.title = u"考核测试方案"_s;
    plan.plan.year = 2024;
    const QString a = u"甲局"_s, b = u"乙局"_s, c = u"丙局"_s, d = u"丁局"_s;
    plan.tasks = {taskDue(u"1"_s, {a}, {b}, QDate(2024, 3, 31)), taskDue(u"2"_s, {b}, {c}, QDate(2024, 4, 30)),
        taskDue(u"3"_s, {c}, {}, QDate(2024, 5, 31)), taskDue(u"4"_s, {a}, {d}, QDate(2024, 9, 30)),
        taskDue(u"5"_s, {a}, {c}, QDate(2024, 6, 30))};
    ImportDraft draft;
    draft.plans.append(plan);
    ASSERT_TRUE(document.importDraft(draft, u"import"_s));
    auto finish = [&](qint64 id, const QDate &day) {
        clock->setToday(day);
        ASSERT_TRUE(document.setTaskField(id, TaskField::Status, int(TaskStatus::Done)));
    };
    finish(1, QDate(2024, 3, 20)); // 11 days early
    finish(2, QDate(2024, 5, 10)); // 10 days late
    // A round due 5 June: 甲 returns on time, 丙 late, 丁 not at all.
    clock->setToday(QDate(2024, 5, 25));
    RoundPlanner::Request request;
    request.name = u"2024年5月"_s;
    request.due = QDate(2024, 6, 5);
    const qint64 roundId = document.rounds().openRound(RoundPlanner::plan(document, request));
    ASSERT_GT(roundId, 0);
    EXPECT_EQ(document.rounds().round(roundId)->units(), (QStringList {c, a, d}));
    CollectedReturn early, late;
    early.record = {0, roundId, a, QDate(2024, 6, 4), u"a.xlsx"_s, {4}};
    late.record = {0, roundId, c, QDate(2024, 6, 8), u"c.xlsx"_s, {3}};
    ASSERT_TRUE(document.rounds().collect({early, late}));
    ASSERT_FALSE(document.records()->issueNotices({3}, QDate(2024, 6, 10), QDate(2024, 6, 17)).isEmpty());
    finish(5, QDate(2024, 6, 30)); // on its day: on time, not early

    const QDate from(2024, 1, 1), to(2024, 6, 30), today(2024, 6, 30);
    const UnitScores scores = UnitScores::of(document.store(), ScoreScheme(), from, to, today);
    // 甲: 100 + 2 + 0.5 (task 1, early) + 2 (task 5) = 104.5; its round return was on time.
    EXPECT_DOUBLE_EQ(unit(scores, a).score, 104.5);
    EXPECT_DOUBLE_EQ(unit(scores, a).byRule[ScoreScheme::Early], 0.5);
    // 乙: 100 + 1 (cooperating on task 1) - 5 (task 2 finished late) = 96.
    EXPECT_DOUBLE_EQ(unit(scores, b).score, 96);
    // 丙: 100 - 2.5 (task 2) - 5 (task 3 overdue) + 1 (task 5) - 0.1 (late sheet) - 1 (notice) = 92.4.
    EXPECT_DOUBLE_EQ(unit(scores, c).score, 92.4);
    EXPECT_DOUBLE_EQ(unit(scores, c).byRule[ScoreScheme::LateReport], -0.1);
    EXPECT_DOUBLE_EQ(unit(scores, c).byRule[ScoreScheme::Notice], -1);
    // 丁: 100 - 0.5 (no sheet); task 4 is due after the period.
    EXPECT_DOUBLE_EQ(unit(scores, d).score, 99.5);
    ASSERT_EQ(scores.units.size(), 4);
    EXPECT_EQ(scores.units.at(0).name, a);
    EXPECT_EQ(scores.units.at(1).name, d);
    EXPECT_EQ(scores.units.at(2).name, b);
    EXPECT_EQ(scores.units.at(3).name, c);
    EXPECT_EQ(scores.units.at(3).rank, 4);
    EXPECT_EQ(unit(scores, c).points.size(), 5) << "one reason per point";

    // The office switches early finishes and notices off and softens overdue lead tasks, in the
    // ledger's settings.
    ScoreScheme scheme;
    scheme.enabled[ScoreScheme::Early] = false;
    scheme.enabled[ScoreScheme::Notice] = false;
    scheme.points[ScoreScheme::LeadOverdue] = -4;
    document.close();
    SqliteLedgerStore store;
    ASSERT_TRUE(store.open(dir.path(u"scores.taizhang"_s)));
    ASSERT_TRUE(store.setSettings(scheme.values()));
    const ScoreScheme loaded = ScoreScheme::load(store);
    EXPECT_FALSE(loaded.enabled[ScoreScheme::Early]);
    EXPECT_FALSE(loaded.enabled[ScoreScheme::Notice]);
    EXPECT_TRUE(loaded.enabled[ScoreScheme::LateReport]);
    EXPECT_DOUBLE_EQ(loaded.points[ScoreScheme::LeadOverdue], -4);
    const UnitScores changed = UnitScores::of(store, loaded, from, to, today);
    EXPECT_DOUBLE_EQ(unit(changed, a).score, 104); // 100 + 2 + 2
    EXPECT_DOUBLE_EQ(unit(changed, b).score, 97); // 100 + 1 - 4
    EXPECT_DOUBLE_EQ(unit(changed, c).score, 94.4); // 100 - 2.5 - 4 + 1 - 0.1
    EXPECT_DOUBLE_EQ(unit(changed, d).score, 99.5);
    // Kept within the scheme's bounds.
    ScoreScheme strict = loaded;
    strict.maximum = 100;
    EXPECT_DOUBLE_EQ(unit(UnitScores::of(store, strict, from, to, today), a).score, 100);
}
