#include "import/importerregistry.h"
#include "import/ledgertableimporter.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

class LhasaLedger : public testing::Test {
protected:
    static void SetUpTestSuite() { s_draft = new ImportDraft(TestData::lhasaDraft()); }
    static void TearDownTestSuite() { delete s_draft; }

    const DraftPlan &plan() const { return s_draft->plans.constFirst(); }

    // The requirement row `part` of key work `number`.
    const DraftTask &row(const QString &number, int part = 1) const
    {
        for (const DraftTask &task : plan().tasks) {
            if (task.task.number == number && task.task.part == part)
                return task;
        }
        ADD_FAILURE() << "no task " << number.toStdString() << " part " << part;
        return plan().tasks.constFirst();
    }
    QString sectionOf(const DraftTask &task) const
    {
        const DraftSection &section = plan().sections.at(task.section);
        return section.label + section.title;
    }

    static ImportDraft *s_draft;
};

ImportDraft *LhasaLedger::s_draft = nullptr;

} // namespace

TEST_F(LhasaLedger, shouldReadOnePlanWithTitleAndYear)
{
    ASSERT_FALSE(s_draft->hasErrors());
    ASSERT_EQ(s_draft->plans.size(), 1);
    EXPECT_EQ(plan().plan.title, u"拉萨市2021年优化营商环境重点工作任务落实台账"_s);
    EXPECT_EQ(plan().plan.year, 2021);
    EXPECT_EQ(plan().plan.source, u"ledger-lhasa-2021.txt"_s);
}

// The table has 104 rows below its header; one of them (line 80) is the page-break spill of item
// 52's requirement and is merged into it, which leaves 103 requirement rows: 89 key works and the
// 14 rows that continue one (items 1, 21, 33, 48, 62, 71, 73, 74, 79 ×2, 80, 89 ×2, 95).
TEST_F(LhasaLedger, shouldFind89KeyWorksIn103RequirementRows)
{
    QSet<QString> keyWorks;
    for (const DraftTask &task : plan().tasks)
        keyWorks.insert(task.task.number);
    EXPECT_EQ(keyWorks.size(), 89);
    EXPECT_EQ(plan().tasks.size(), 103);
    for (int missing = 56; missing <= 61; ++missing)
        EXPECT_FALSE(keyWorks.contains(QString::number(missing))) << missing;
}

TEST_F(LhasaLedger, shouldWarnAboutTheMissingKeyWorks)
{
    bool warned = false;
    for (const ImportIssue &issue : s_draft->issues)
        warned = warned || (issue.message.contains(u"56"_s) && issue.message.contains(u"61"_s));
    EXPECT_TRUE(warned);
}

TEST_F(LhasaLedger, shouldMergeThePageBreakSpillOfItem52)
{
    const Task &task = row(u"52"_s).task;
    EXPECT_TRUE(task.requirement.contains(u"全面提升医保经办信息化水平，8月底前，除医疗费手工报销"_s))
        << task.requirement.toStdString();
    EXPECT_TRUE(task.requirement.endsWith(u"信息化办理率不低于80%。"_s)) << task.requirement.toStdString();
    for (const DraftTask &other : plan().tasks)
        EXPECT_FALSE(other.task.requirement.startsWith(u"月底前"_s));
    EXPECT_EQ(task.milestones.size(), 1);
    EXPECT_EQ(task.milestones.value(0).due, QDate(2021, 8, 31));
}

TEST_F(LhasaLedger, shouldGiveUnitlessRequirementRowsTheUnitsAbove)
{
    const Task &first = row(u"62"_s, 1).task;
    const Task &second = row(u"62"_s, 2).task;
    EXPECT_EQ(first.leadUnits, QStringList {u"市行政审批局"_s});
    EXPECT_EQ(second.leadUnits, first.leadUnits);
    EXPECT_EQ(second.coUnits, QStringList {u"市住建局"_s});
    EXPECT_EQ(second.deadline.due, QDate(2021, 12, 31));
    EXPECT_EQ(row(u"74"_s, 2).task.leadUnits, QStringList {u"市司法局"_s});
    EXPECT_EQ(row(u"73"_s, 2).task.leadUnits, (QStringList {u"市大数据局"_s, u"市行政审批局"_s}));
}

TEST_F(LhasaLedger, shouldReadTheShiftedRowOfItem34)
{
    const DraftTask &draft = row(u"34"_s);
    EXPECT_EQ(draft.task.title, u"加大小微企业信贷投放规模"_s);
    EXPECT_TRUE(draft.task.requirement.startsWith(u"商业银行单列小微企业信贷计划"_s));
    EXPECT_EQ(draft.task.leadUnits, QStringList {u"人行拉萨中心支行"_s});
    EXPECT_EQ(draft.task.deadline.due, QDate(2021, 9, 30));
    EXPECT_EQ(sectionOf(draft), u"（八）强化企业贷款支持"_s);
}

TEST_F(LhasaLedger, shouldPutTheUnitsCellSpillingOverItems89And90BackTogether)
{
    const Task &third = row(u"89"_s, 3).task;
    EXPECT_EQ(third.leadUnits, QStringList {u"市工商联"_s});
    EXPECT_EQ(third.coUnits, (QStringList {u"市金融服务和事业发展中心"_s, u"人行拉萨中心支行"_s}));
    const DraftTask &next = row(u"90"_s);
    EXPECT_EQ(next.task.leadUnits, QStringList {u"市司法局"_s});
    EXPECT_TRUE(next.task.coUnits.isEmpty());
    EXPECT_EQ(sectionOf(next), u"（十八）增强政策稳定性和预期性"_s);
}

TEST_F(LhasaLedger, shouldCleanTagsAndWordSplittingSpaces)
{
    for (const DraftSection &section : plan().sections) {
        EXPECT_FALSE(section.title.contains(u'<')) << section.title.toStdString();
        EXPECT_FALSE(section.title.contains(u' ')) << section.title.toStdString();
    }
    EXPECT_EQ(row(u"41"_s).task.title, u"畅通网上诉讼服务"_s);
    EXPECT_EQ(sectionOf(row(u"41"_s)), u"（十）有效化解合同纠纷"_s);
    EXPECT_EQ(row(u"8"_s).task.title, u"删减办电环节"_s);
    EXPECT_EQ(sectionOf(row(u"4"_s)), u"（二）提速工程建设项目审批"_s);
}

TEST_F(LhasaLedger, shouldJoinThemeNamesSplitOverPages)
{
    EXPECT_EQ(plan().sections.size(), 20);
    EXPECT_EQ(sectionOf(row(u"12"_s)), u"（三）优化获得电力流程"_s);
    EXPECT_EQ(sectionOf(row(u"31"_s)), u"（七）加快办理破产"_s);
    EXPECT_EQ(sectionOf(row(u"83"_s)), u"（十六）提升监管服务效能"_s);
    EXPECT_EQ(sectionOf(row(u"47"_s)), u"（十）有效化解合同纠纷"_s);
    // A theme cell that lost its number at a page break names the section it belongs to.
    EXPECT_EQ(sectionOf(row(u"62"_s)), u"（十三）规范招标投标和政府采购行为"_s);
    EXPECT_EQ(sectionOf(row(u"55"_s)), u"（十二）优化劳动力市场服务"_s);
}

TEST_F(LhasaLedger, shouldKeepSeveralRequirementRowsUnderOneKeyWork)
{
    EXPECT_EQ(row(u"21"_s, 2).task.title, u"提高登记财产便利度"_s);
    EXPECT_EQ(row(u"21"_s, 2).task.deadline.due, QDate(2021, 10, 31));
    EXPECT_EQ(row(u"79"_s, 3).task.leadUnits, QStringList {u"市司法局"_s});
    EXPECT_EQ(row(u"95"_s, 2).task.leadUnits, (QStringList {u"市经信局"_s, u"市财政局"_s}));
}

TEST_F(LhasaLedger, shouldReadUnitsAndDeadlines)
{
    const Task &first = row(u"1"_s).task;
    EXPECT_EQ(first.title, u"简化企业开办流程"_s);
    EXPECT_EQ(first.leadUnits, QStringList {u"市市场监管局"_s});
    EXPECT_EQ(first.coUnits, (QStringList {u"市行政审批局"_s, u"市公安局"_s, u"市税务局"_s}));
    EXPECT_EQ(first.deadline.text, u"6月底"_s);
    EXPECT_EQ(first.deadline.due, QDate(2021, 6, 30));
    EXPECT_EQ(row(u"9"_s).task.deadline.kind, Deadline::Kind::Ongoing);
    EXPECT_EQ(row(u"9"_s).task.deadline.text, u"常态实施"_s);
    EXPECT_EQ(row(u"32"_s).task.deadline.due, QDate(2021, 12, 31));
    for (const DraftTask &task : plan().tasks) {
        EXPECT_FALSE(task.task.leadUnits.isEmpty()) << task.task.number.toStdString();
        EXPECT_NE(task.task.deadline.kind, Deadline::Kind::Unparsed) << task.task.number.toStdString();
        EXPECT_NE(task.task.deadline.kind, Deadline::Kind::None) << task.task.number.toStdString();
    }
}

TEST_F(LhasaLedger, shouldTurnDatesInsideRequirementsIntoMilestones)
{
    const Task &task = row(u"16"_s).task;
    ASSERT_FALSE(task.milestones.isEmpty());
    EXPECT_EQ(task.milestones.constFirst().due, QDate(2021, 6, 30));
    EXPECT_TRUE(task.milestones.constFirst().text.startsWith(u"6月底前实现线上申请"_s));
}

TEST(LedgerTableImporter, shouldBeDetectedForALedgerTableAndProseLeftToThePlanReader)
{
    const ImporterRegistry registry;
    const SourceText ledger = SourceText::fromFile(TestData::dataPath(u"ledger-lhasa-2021.txt"_s));
    ASSERT_NE(registry.detect(ledger), nullptr);
    EXPECT_EQ(registry.detect(ledger)->formatId(), u"ledger-table"_s);
    const SourceText prose = SourceText::fromBytes("一、总体要求\n（一）深化改革。\n"_ba, u"plan.txt"_s);
    ASSERT_NE(registry.detect(prose), nullptr);
    EXPECT_EQ(registry.detect(prose)->formatId(), u"policy-document"_s);
}

TEST(LedgerTableImporter, shouldRefuseATableWithoutHeader)
{
    const SourceText source = SourceText::fromBytes("a\tb\tc\n1\t2\t3\n"_ba, u"numbers.txt"_s);
    const ImportDraft draft = LedgerTableImporter().read(source, {});
    EXPECT_TRUE(draft.hasErrors());
    EXPECT_TRUE(draft.plans.isEmpty());
}

TEST(LedgerTableImporter, shouldUseTheYearGivenByTheUser)
{
    ImportOptions options;
    options.year = 2022;
    const ImportDraft draft
        = LedgerTableImporter().read(SourceText::fromFile(TestData::dataPath(u"ledger-lhasa-2021.txt"_s)), options);
    EXPECT_EQ(draft.plans.constFirst().tasks.constFirst().task.deadline.due, QDate(2022, 6, 30));
}

TEST(ImporterRegistry, shouldReadSeveralSourcesAndNameTheFileOfEachIssue)
{
    TestData::ScratchDir dir;
    const QString bad = dir.path(u"bad.txt"_s);
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("no table here\n");
    file.close();
    const ImportDraft draft
        = ImporterRegistry().importFiles({bad, TestData::dataPath(u"ledger-lhasa-2021.txt"_s)}, u"auto"_s, {});
    EXPECT_TRUE(draft.hasErrors());
    EXPECT_EQ(draft.plans.size(), 1); // the readable source is still read, for the message
    ASSERT_FALSE(draft.issues.isEmpty());
    EXPECT_EQ(draft.issues.constFirst().file, u"bad.txt"_s);
    EXPECT_EQ(draft.issues.constFirst().severity, ImportIssue::Severity::Error);
    EXPECT_TRUE(draft.issues.constLast().position().startsWith(u"ledger-lhasa-2021.txt:"_s))
        << draft.issues.constLast().position().toStdString();
}
