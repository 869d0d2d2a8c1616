// The escalation ladder across 60 days with a frozen clock: which notice on which day for a task
// nobody answers, and for one answered after its urging notice; numbering per level and year;
// today's batch printed and recorded.
#include "document/ledgerdocument.h"
#include "export/pdfexporter.h"
#include "report/escalationladder.h"
#include "report/escalationnotice.h"
#include "report/reportrecords.h"
#include "testsupport.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
DraftTask taskDue(const QString &number, const QString &lead, const QDate &due)
{
    DraftTask t;
    t.task.number = number;
    t.task.title = u"任务"_s + number;
    t.task.leadUnits = {lead};
    t.task.deadline = {due.toString(u"M月d日"_s), Deadline::Kind::Date, due};
    return t;
}
} // namespace

TEST(EscalationLadder, shouldClimbForAnUnansweredTaskAndStopForAnAnsweredOne)
{
    TestData::ScratchDir dir;
    LedgerDocument document;
    auto clock = std::make_shared<FixedClock>(QDate(2024, 2, 1));
    document.setClock(clock);
    ASSERT_TRUE(document.open(dir.path(u"ladder.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    const QDate due(2024, 3, 1);
    DraftPlan plan;
    plan.plan.title = u"督办测试"_s;
    plan.plan.year = 2024;
    plan.tasks = {taskDue(u"1"_s, u"甲局"_s, due), taskDue(u"2"_s, u"乙局"_s, due)};
    ImportDraft draft;
    draft.plans.append(plan);
    ASSERT_TRUE(document.importDraft(draft, u"import"_s));

    const EscalationRules rules = EscalationRules::load(document.store()); // the defaults
    QStringList ladder; // "task level +days"
    for (QDate day = due.addDays(-10); day <= due.addDays(60); day = day.addDays(1)) {
        clock->setToday(day);
        if (day == due.addDays(3)) { // 乙局 answers the urging notice
            ASSERT_TRUE(document.addProgress(2, {0, day, u"乙局"_s, 40, u"已整改"_s, {}}));
        }
        const QList<DueEscalation> today = EscalationLadder::due(document.store(), rules, day);
        QList<LedgerStore::EscalationToIssue> issue;
        for (const DueEscalation &d : today) {
            ladder.append(u"%1 %2 %3"_s.arg(d.task.number, EscalationLevels::id(d.level)).arg(due.daysTo(day)));
            issue.append({d.task.id, d.level});
        }
        if (!issue.isEmpty()) {
            ASSERT_EQ(document.records()->issueEscalations(issue, day, day.addDays(7)).size(), issue.size());
        }
    }
    EXPECT_EQ(ladder,
        (QStringList {u"1 reminder -7"_s, u"2 reminder -7"_s, u"1 urge 1"_s, u"2 urge 1"_s, u"1 supervise 9"_s,
            u"1 supervise 17"_s, u"1 interview 25"_s, u"1 bulletin 30"_s}))
        << ladder.join(u" | "_s).toStdString();

    // Numbered per level and year: the two urging notices are 1 and 2, the supervision notices too.
    QStringList numbers;
    for (const Escalation &e : document.store().escalations())
        numbers.append(u"%1:%2"_s.arg(EscalationLevels::id(e.level)).arg(e.serial));
    EXPECT_EQ(numbers, (QStringList {u"reminder:1"_s, u"reminder:2"_s, u"urge:1"_s, u"urge:2"_s, u"supervise:1"_s,
                           u"supervise:2"_s, u"interview:1"_s, u"bulletin:1"_s}));
    const Escalation urge = document.store().escalations().at(2);
    EXPECT_EQ(EscalationRules::number(urge), u"Urge [2024] No. 1"_s);
    EXPECT_EQ(urge.replyBy, due.addDays(1 + 7));
}

TEST(EscalationLadder, shouldPrintAndRecordTodaysBatch)
{
    TestData::ScratchDir dir;
    LedgerDocument document;
    auto clock = std::make_shared<FixedClock>(QDate(2024, 3, 20));
    document.setClock(clock);
    ASSERT_TRUE(document.open(dir.path(u"batch.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    DraftPlan plan;
    plan.plan.title = u"督办测试"_s;
    plan.plan.year = 2024;
    plan.tasks = {taskDue(u"7"_s, u"丙局"_s, QDate(2024, 3, 1)), taskDue(u"8"_s, u"丁局"_s, QDate(2024, 3, 25))};
    ImportDraft draft;
    draft.plans.append(plan);
    ASSERT_TRUE(document.importDraft(draft, u"import"_s));

    const EscalationRules rules = EscalationRules::load(document.store());
    const QList<DueEscalation> due = EscalationLadder::due(document.store(), rules, clock->today());
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due.at(0).level, EscalationLevel::Supervise) << "19 days overdue, never urged: past 15 days";
    EXPECT_EQ(due.at(1).level, EscalationLevel::Reminder);
    TaskSelection selection;
    selection.today = clock->today();
    EscalationNotice batch(ReportContext::fromStore(document.store(), selection, document.records()), due, rules);
    const QString pdf = dir.path(u"today.pdf"_s);
    int pages = 0;
    ASSERT_EQ(PdfExporter::write(batch, pdf, &pages), QString());
    EXPECT_EQ(pages, 2);
    EXPECT_EQ(document.store().escalations().size(), 2) << "printing issued them";
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(printed.contains(u"Supervise [2024] No. 1"_s)) << printed.toStdString();
    EXPECT_TRUE(printed.contains(u"Reminder [2024] No. 1"_s));
    EXPECT_TRUE(printed.contains(u"丙局"_s));
    // Nothing more is due the same day.
    EXPECT_TRUE(EscalationLadder::due(document.store(), rules, clock->today()).isEmpty());
}
