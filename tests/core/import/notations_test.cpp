// Made-up documents, one per notation the importer reads (tests/data/notations), each written in
// variations the samples do not show, so the importer is held to the notation, not to one file.
#include "import/importerregistry.h"
#include "sametasks.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

QString notation(const QString &name)
{
    return TestData::dataPath(u"notations/"_s + name);
}

ImportDraft importNotation(const QString &name, int year = 0)
{
    ImportOptions options;
    options.year = year;
    return ImporterRegistry().importFile(notation(name), u"auto"_s, options);
}

struct Expected {
    QString number;
    QString title;
    QStringList lead;
    QStringList co;
    QString deadline;
};

void expectTasks(const ImportDraft &draft, const QList<Expected> &expected)
{
    ASSERT_EQ(draft.plans.size(), 1);
    const QList<DraftTask> &tasks = draft.plans.constFirst().tasks;
    ASSERT_EQ(tasks.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Task &task = tasks.at(i).task;
        SCOPED_TRACE(expected.at(i).title.toStdString());
        EXPECT_EQ(task.number, expected.at(i).number);
        EXPECT_EQ(task.title, expected.at(i).title);
        EXPECT_EQ(task.leadUnits, expected.at(i).lead);
        EXPECT_EQ(task.coUnits, expected.at(i).co);
        EXPECT_EQ(task.deadline.text, expected.at(i).deadline);
    }
}

bool hasWarning(const ImportDraft &draft, const QString &part)
{
    for (const ImportIssue &issue : draft.issues) {
        if (issue.message.contains(part))
            return true;
    }
    return false;
}

} // namespace

TEST(Notations, shouldReadUnitsOnLabelledLinesBrokenOverLinesAndPages)
{
    const ImportDraft draft = importNotation(u"labelled-lines.txt"_s);
    expectTasks(draft,
        {{u"1"_s, u"推行涉企事项网上联办"_s, {u"市数据局"_s}, {u"各区人民政府"_s, u"市级各有关部门"_s},
             u"2024年9月底前"_s},
            {u"2"_s, u"深化“一件事一次办”改革"_s, {u"市政务服务中心"_s}, {u"市人社局"_s, u"市医保局"_s},
                u"2024年6月30日"_s},
            {u"3"_s, u"优化政务服务热线"_s, {u"市政府办公室"_s}, {u"市12345热线中心"_s, u"市大数据中心"_s},
                u"年底前"_s},
            {u"4"_s, u"建设全市统一数据平台"_s, {u"市数据局"_s}, {u"市财政局"_s}, u"2024年12月底前"_s}});
    const Task &last = draft.plans.constFirst().tasks.constLast().task;
    EXPECT_EQ(last.leaders, QStringList {u"王强"_s}); // a person, never a unit
    EXPECT_EQ(last.deadline.due, QDate(2024, 12, 31));
    EXPECT_FALSE(last.requirement.contains(u"牵头"_s));
}

TEST(Notations, shouldMakeResponsibleUnitsCooperateBesideALeadInEveryForm)
{
    expectTasks(importNotation(u"lead-with-responsible.txt"_s),
        {{u"1"_s, u"推进证照分离改革"_s, {u"县市场监管局"_s}, {u"县税务局"_s, u"县公安局"_s}, {}},
            {u"2"_s, u"规范涉企收费"_s, {u"县政府办"_s}, {u"县司法局"_s}, {}},
            {u"3"_s, u"提升开办效率"_s, {u"县审批局"_s}, {u"县人社局"_s, u"县医保局"_s}, {}},
            {u"4"_s, u"完善信用体系"_s, {u"县发改委"_s}, {u"县市场监管局"_s, u"县人民银行"_s}, {}},
            {u"5"_s, u"推进工程审批"_s, {u"县住建局"_s}, {u"县自然资源局"_s}, {}},
            {u"6"_s, u"推动惠企政策兑现"_s, {u"县财政局"_s, u"县工信局"_s}, {}, {}},
            {u"7"_s, u"强化诉求办理"_s, {u"县信访局"_s}, {u"县直各部门"_s}, {}},
            {u"8"_s, u"加强政务公开"_s, {u"县政府办"_s, u"县融媒体中心"_s}, {}, {}}});
}

TEST(Notations, shouldReadBracketsAsTheyReallyCome)
{
    expectTasks(importNotation(u"brackets.txt"_s),
        {{u"1"_s, u"推行容缺受理"_s, {u"市审批局"_s}, {u"市直有关部门"_s}, {}},
            {u"2"_s, u"推进电子证照应用"_s, {u"市大数据中心"_s}, {u"市公安局"_s, u"市人社局"_s}, {}},
            {u"3"_s, u"规范中介服务"_s, {u"市发改委"_s}, {}, {}},
            {u"4"_s, u"推进联合验收"_s, {u"市住建局"_s}, {u"市自然资源局"_s, u"市人防办"_s, u"市消防救援支队"_s},
                u"年底前完成"_s},
            // never closed before the next part
            {u"5"_s, u"深化信用监管"_s, {u"市市场监管局"_s}, {u"市发改委"_s}, {}},
            {u"6"_s, u"保障项目用地"_s, {u"市自然资源局"_s}, {}, {}}});
}

TEST(Notations, shouldFollowTheDocumentsFirstListedLeadsRule)
{
    const ImportDraft draft = importNotation(u"first-listed-leads.txt"_s);
    expectTasks(draft,
        {{u"1"_s, u"规范政策发布流程"_s, {u"市政府办公室"_s}, {u"市司法局"_s, u"市大数据局"_s}, {}},
            {u"2"_s, u"做好政策解读"_s, {u"市融媒体中心"_s}, {u"市政府办公室"_s}, {}},
            {u"3"_s, u"开展政策咨询"_s, {u"市12345热线中心"_s}, {}, {}},
            {u"4"_s, u"推进决策公开"_s, {u"市政府办公室"_s}, {u"市发改委"_s, u"市财政局"_s}, {}}});
    EXPECT_EQ(draft.plans.constFirst().plan.year, 2024); // from the first lines, not from today
}

TEST(Notations, shouldHandANotesUnitsToTheLaterTasksOfItsPart)
{
    expectTasks(importNotation(u"standing-note.txt"_s),
        {{u"1"_s, u"提高登记便利化水平"_s, {u"省市场监管局"_s, u"省税务局"_s}, {}, u"6月底前完成"_s},
            {u"2"_s, u"放宽许可准入条件"_s, {u"省司法厅"_s}, {u"各市州政府"_s}, {}},
            {u"3"_s, u"落实创业补贴"_s, {u"省人社厅"_s}, {u"各市州政府"_s}, {}},
            {u"4"_s, u"做优金融服务"_s, {u"人行省中心支行"_s, u"省金融监管局"_s}, {}, {}}});
}

TEST(Notations, shouldKeepEveryTaskWhenNumberingSkipsRepeatsOrRestarts)
{
    const ImportDraft draft = importNotation(u"numbering.txt"_s);
    ASSERT_EQ(draft.plans.size(), 1);
    QStringList numbers;
    for (const DraftTask &task : draft.plans.constFirst().tasks)
        numbers.append(task.task.number);
    EXPECT_EQ(numbers, (QStringList {u"1"_s, u"2"_s, u"5"_s, u"5"_s, u"6"_s, u"1"_s, u"2"_s, u"3"_s}));
    EXPECT_TRUE(hasWarning(draft, u"skips numbers 3–4"_s));
    EXPECT_TRUE(hasWarning(draft, u"Number 5 is printed twice"_s));
    // "3.5 个街道…" is item 3, its text beginning with a digit; "35.5 万千瓦时" inside item 2 is not.
    EXPECT_EQ(draft.plans.constFirst().tasks.constLast().task.title, u"5个街道全部建成便民服务站"_s);
    EXPECT_EQ(draft.plans.constFirst().tasks.constLast().task.leadUnits, QStringList {u"区政府办"_s});
}

TEST(Notations, shouldReadArticlesAndChapters)
{
    const ImportDraft draft = importNotation(u"articles.txt"_s, 2023);
    expectTasks(draft,
        {{u"1"_s, u"为加大招商引资力度，制定本政策"_s, {}, {}, {}},
            {u"2"_s, u"落地投资奖"_s, {u"市投促局"_s}, {u"市财政局"_s}, {}},
            {u"3"_s, u"经济贡献奖"_s, {u"市投促局"_s}, {u"市财政局"_s, u"市税务局"_s}, {}},
            {u"5"_s, u"人才奖励"_s, {u"市委人才办"_s}, {}, {}}});
    EXPECT_EQ(draft.plans.constFirst().sections.at(0).label, u"第一章"_s);
}

TEST(Notations, shouldTakeACompilationEntrysLineAsThePlansTitle)
{
    const ImportDraft draft = importNotation(u"compilation-entry.txt"_s);
    ASSERT_EQ(draft.plans.size(), 1);
    const Plan &plan = draft.plans.constFirst().plan;
    EXPECT_TRUE(plan.title.startsWith(u"某市人民政府办公室关于印发"_s)) << plan.title.toStdString();
    EXPECT_EQ(plan.year, 2023);
    const QList<DraftTask> &tasks = draft.plans.constFirst().tasks;
    ASSERT_EQ(tasks.size(), 4); // the entry's line is not task 1
    EXPECT_EQ(tasks.at(0).task.deadline.due, QDate(2023, 9, 30)); // "9月投入使用"
    EXPECT_EQ(tasks.at(1).task.deadline.due, QDate(2023, 12, 31)); // milestones: the latest is due
    EXPECT_EQ(tasks.at(1).task.milestones.size(), 2);
    EXPECT_EQ(tasks.at(2).task.deadline.due, QDate(2023, 6, 30)); // "6月底前并长期坚持"
    EXPECT_TRUE(tasks.at(2).task.deadline.isContinuing());
    EXPECT_FALSE(tasks.at(3).task.deadline.isContinuing());
    EXPECT_EQ(tasks.at(3).task.deadline.due, QDate(2023, 12, 30));
}

TEST(Notations, shouldSayOnceThatADocumentNamesNoUnits)
{
    const ImportDraft draft = importNotation(u"no-units.txt"_s);
    ASSERT_EQ(draft.taskCount(), 3);
    int unitWarnings = 0;
    for (const ImportIssue &issue : draft.issues)
        unitWarnings += issue.message.contains(u"unit"_s) ? 1 : 0;
    EXPECT_EQ(unitWarnings, 1);
    for (const DraftTask &task : draft.plans.constFirst().tasks)
        EXPECT_TRUE(task.task.leadUnits.isEmpty()); // never invented
}

TEST(Notations, shouldReadTablesThatArriveAsTextWithTabsOrOneCellPerLine)
{
    const QList<Expected> expected
        = {{u"1"_s, u"推进企业开办便利化"_s, {u"市市场监管局"_s}, {u"市税务局"_s, u"市公安局"_s}, u"2024年6月底前"_s},
            {u"2"_s, u"深化工程审批改革"_s, {u"市住建局"_s}, {u"市自然资源局"_s}, u"2024年12月底前"_s},
            {u"3"_s, u"优化纳税服务"_s, {u"市税务局"_s}, {}, u"常态实施"_s}};
    expectTasks(importNotation(u"table-tabs.txt"_s), expected);
    expectTasks(importNotation(u"table-cells-per-line.txt"_s), expected);
}

TEST(Notations, shouldReadAGb18030CopyToTheSameTasks)
{
    TestData::ScratchDir scratch;
    for (const QString &name : {u"labelled-lines.txt"_s, u"lead-with-responsible.txt"_s, u"numbering.txt"_s}) {
        QFile utf8(notation(name));
        ASSERT_TRUE(utf8.open(QIODevice::ReadOnly));
        QStringEncoder gb18030("GB18030");
        const QByteArray bytes = gb18030.encode(QString::fromUtf8(utf8.readAll()));
        QFile copy(scratch.path(name));
        ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        copy.close();
        TestData::expectSameTasks(importNotation(name), ImporterRegistry().importFile(copy.fileName(), u"auto"_s, {}));
    }
}

TEST(Notations, shouldTakeTheTaskListFromTheAttachmentANoticeRefersTo)
{
    const ImportDraft draft = importNotation(u"attachment-task-list.txt"_s, 2023);
    expectTasks(draft,
        {{u"1"_s, u"推进客货运输电子证照互认"_s, {u"市交通运输局"_s}, {u"市公安局"_s}, {}},
            {u"2"_s, u"推行“一照多址”改革"_s, {u"市市场监管局"_s}, {}, {}},
            {u"3"_s, u"开展不动产登记信息网上查询"_s, {u"市自然资源局"_s}, {}, u"6月底前完成"_s}});
    EXPECT_TRUE(draft.plans.constFirst().plan.notes.contains(u"提高思想认识"_s)); // the notice's own words
}

TEST(Notations, shouldKeepAnAttachmentOfFormsAndMaterialsAsNotes)
{
    const ImportDraft draft = importNotation(u"attachment-materials.txt"_s, 2023);
    ASSERT_EQ(draft.plans.size(), 1);
    EXPECT_EQ(draft.plans.constFirst().tasks.size(), 2);
    EXPECT_TRUE(draft.plans.constFirst().plan.notes.contains(u"投资合同"_s));
    EXPECT_TRUE(hasWarning(draft, u"attachment"_s));
}

TEST(Notations, shouldLetOneClauseAfterTheLastSubItemAnswerForThemAll)
{
    expectTasks(importNotation(u"sub-items-closed.txt"_s),
        {// an item with sentences of its own: its sub-items are its parts
            {u"（一）"_s, u"规范政府采购"_s, {u"市财政局"_s}, {u"市公共资源交易中心"_s}, u"2024年12月底前"_s},
            // a bare heading: its items are tasks, all answered for by the clause
            {u"1"_s, u"推行联合审图"_s, {u"市住建局"_s}, {u"市自然资源局"_s}, {}},
            {u"2"_s, u"推行联合验收"_s, {u"市住建局"_s}, {u"市自然资源局"_s}, {}},
            // "市自然资源局（牵头）、市发改委": the marked unit leads its list
            {u"（三）"_s, u"保障用地"_s, {u"市自然资源局"_s}, {u"市发改委"_s, u"市财政局"_s}, {}},
            {u"（四）"_s, u"保障用能"_s, {u"市发改委"_s}, {u"国网市供电公司"_s}, u"2024年6月底前，长期坚持"_s}});
    const ImportDraft draft = importNotation(u"sub-items-closed.txt"_s);
    const Task &energy = draft.plans.constFirst().tasks.constLast().task;
    EXPECT_TRUE(energy.deadline.isContinuing());
    EXPECT_EQ(energy.deadline.due, QDate(2024, 6, 30));
}

TEST(Notations, shouldReadALeadersColumnOfALedgerTable)
{
    const ImportDraft draft = importNotation(u"table-leaders.txt"_s);
    expectTasks(draft, {{u"1"_s, u"推进企业开办"_s, {u"市市场监管局"_s}, {}, u"6月底前"_s}});
    EXPECT_EQ(draft.plans.constFirst().tasks.constFirst().task.leaders, (QStringList {u"张明"_s, u"李华"_s}));
}

TEST(Notations, shouldReadAYearlessDocumentInTheYearOfTheCallersToday)
{
    // No year anywhere: deadlines are read in the year of the clock the caller passes, not the system's.
    const SourceText source = SourceText::fromBytes(
        QStringLiteral("某局工作要点\n一、优化服务\n1.推行联办。6月底前完成。（市数据局负责）\n").toUtf8(), u"x.txt"_s);
    ImportOptions options;
    options.today = QDate(2031, 3, 1);
    const ImportDraft draft = ImporterRegistry().find(u"policy-document"_s)->read(source, options);
    ASSERT_EQ(draft.plans.size(), 1);
    EXPECT_EQ(draft.plans.constFirst().plan.year, 2031);
    EXPECT_EQ(draft.plans.constFirst().tasks.constFirst().task.deadline.due, QDate(2031, 6, 30));
    EXPECT_TRUE(hasWarning(draft, u"2031"_s));
}
