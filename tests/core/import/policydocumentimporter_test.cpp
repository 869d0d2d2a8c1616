#include "import/importerregistry.h"
#include "import/policydocumentimporter.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

ImportDraft importSample(const QString &name)
{
    return ImporterRegistry().importFile(TestData::dataPath(name), u"auto"_s, {});
}

const DraftTask *taskNumbered(const DraftPlan &plan, const QString &number)
{
    for (const DraftTask &task : plan.tasks) {
        if (task.task.number == number)
            return &task;
    }
    return nullptr;
}

} // namespace

TEST(PolicyDocumentImporter, shouldReadTheTibetPlanAsTwentyTwoTasksEachWithItsLeadUnits)
{
    const ImportDraft draft = importSample(u"plan-tibet-2019.txt"_s);
    ASSERT_FALSE(draft.hasErrors());
    ASSERT_EQ(draft.plans.size(), 1);
    const DraftPlan &plan = draft.plans.first();
    EXPECT_EQ(plan.plan.title, u"西藏自治区深化“放管服”改革转变政府职能重点任务分工方案"_s);
    EXPECT_EQ(plan.plan.issuer, u"西藏自治区人民政府办公厅"_s);
    EXPECT_EQ(plan.plan.issued, QDate(2019, 1, 15));
    EXPECT_EQ(plan.plan.year, 2019);
    ASSERT_EQ(plan.tasks.size(), 22);
    for (const DraftTask &task : plan.tasks)
        EXPECT_FALSE(task.task.leadUnits.isEmpty()) << task.task.number.toStdString();

    // Three sections under 一、任务分工; 二、工作要求 is the plan's notes.
    ASSERT_EQ(plan.sections.size(), 4);
    EXPECT_EQ(plan.sections.at(1).title, u"以简政放权放出活力和动力"_s);
    EXPECT_EQ(plan.sections.at(1).parent, 0);
    EXPECT_TRUE(plan.plan.notes.contains(u"自觉扛起改革重任"));
    EXPECT_EQ(plan.tasks.at(7).section, 2); // task 8 opens (二)

    const Task &first = plan.tasks.at(0).task;
    EXPECT_EQ(first.number, u"1"_s);
    EXPECT_EQ(first.leadUnits, (QStringList {u"政府办公厅"_s, u"区编办(审改办)"_s}));
    EXPECT_EQ(first.coUnits, (QStringList {u"各地(市)"_s, u"各相关部门"_s}));
    EXPECT_EQ(first.deadline.due, QDate(2020, 12, 31));
    EXPECT_TRUE(first.title.startsWith(u"对现有审批和许可事项要逐一论证"));
    EXPECT_FALSE(first.requirement.contains(u"牵头")) << "the units clause is not part of the requirement";

    const Task &sixth = plan.tasks.at(5).task; // "(税务局、公安厅、拉萨海关、人行拉萨中心支行负责)"
    EXPECT_EQ(sixth.leadUnits, (QStringList {u"税务局"_s, u"公安厅"_s, u"拉萨海关"_s, u"人行拉萨中心支行"_s}));
    EXPECT_EQ(plan.tasks.at(14).task.deadline.due, QDate(2019, 12, 31));
    EXPECT_EQ(plan.tasks.at(18).task.deadline.due, QDate(2022, 12, 31)); // the latest of 2020 and 2022
    EXPECT_EQ(plan.tasks.at(18).task.milestones.size(), 2);

    // "四年内" and "2019年1月开始" are not guessed: the first is flagged for the user.
    bool flagged = false;
    for (const ImportIssue &issue : draft.issues)
        flagged = flagged || (issue.line == 28 && issue.message.contains(u"三年内"));
    EXPECT_TRUE(flagged);
    EXPECT_NE(plan.tasks.at(9).task.deadline.due, QDate(2019, 1, 31)) << "a start date is not a deadline";
}

TEST(PolicyDocumentImporter, shouldReadTheWushanPlanWithTheLeadUnitsOfEachTheme)
{
    const ImportDraft draft = importSample(u"plan-wushan-2021.txt"_s);
    ASSERT_FALSE(draft.hasErrors());
    ASSERT_EQ(draft.plans.size(), 1);
    const DraftPlan &plan = draft.plans.first();
    EXPECT_EQ(plan.plan.title, u"巫山县2021年深化“放管服”改革优化营商环境实施方案"_s);
    EXPECT_EQ(plan.plan.docNumber, u"巫山府办发〔2021〕66号"_s);
    EXPECT_EQ(plan.plan.issuer, u"巫山县人民政府办公室"_s);
    EXPECT_EQ(plan.plan.year, 2021);
    ASSERT_EQ(plan.tasks.size(), 45);

    // Parts 一 to 三 hold the themes; part 四 (实施保障) holds no tasks and is kept as notes.
    QStringList parts;
    int themes = 0;
    for (const DraftSection &section : plan.sections) {
        if (section.parent < 0)
            parts.append(section.title);
        else
            ++themes;
    }
    EXPECT_EQ(parts, (QStringList {u"打造便利的市场环境"_s, u"打造高效的政务环境"_s, u"打造公平公正的法治环境"_s}));
    EXPECT_EQ(themes, 14);
    EXPECT_TRUE(plan.plan.notes.contains(u"加强优化营商环境实施保障"));

    for (const DraftTask &task : plan.tasks)
        EXPECT_FALSE(task.task.leadUnits.isEmpty()) << task.task.number.toStdString();
    const DraftTask *six = taskNumbered(plan, u"6"_s);
    ASSERT_TRUE(six);
    EXPECT_EQ(six->task.title, u"压减接入时间"_s);
    EXPECT_EQ(six->task.leadUnits,
        (QStringList {u"县城管局"_s, u"县经济信息委"_s, u"国网巫山供电公司"_s, u"三峡风天然气有限责任公司"_s,
            u"鼎诚水务有限责任公司"_s}));
    EXPECT_EQ(plan.sections.at(six->section).title, u"优化水电气接入服务"_s);
    EXPECT_EQ(taskNumbered(plan, u"30"_s)->task.leadUnits, (QStringList {u"巫山县税务局"_s, u"县财政局"_s}));
    EXPECT_EQ(taskNumbered(plan, u"45"_s)->task.leadUnits, (QStringList {u"县法院"_s}));

    const Task &crossProvince = taskNumbered(plan, u"22"_s)->task; // 年内 … 今年10月底前
    EXPECT_EQ(crossProvince.deadline.due, QDate(2021, 12, 31));
    ASSERT_EQ(crossProvince.milestones.size(), 2);
    EXPECT_EQ(crossProvince.milestones.at(1).due, QDate(2021, 10, 31));
}

TEST(PolicyDocumentImporter, shouldSplitTheShaanxiCompilationIntoItsDocuments)
{
    const ImportDraft draft = importSample(u"compilation-shaanxi-2023.txt"_s);
    ASSERT_FALSE(draft.hasErrors());
    // The compilation numbers twelve documents 1-12; every one lists numbered items.
    ASSERT_EQ(draft.plans.size(), 12);
    const QStringList numbers = [&] {
        QStringList list;
        for (const DraftPlan &plan : draft.plans)
            list.append(plan.plan.docNumber);
        return list;
    }();
    EXPECT_EQ(numbers,
        (QStringList {u"陕政办发〔2023〕11号"_s, u"陕发改营商〔2023〕782号"_s, u"陕知发〔2023〕27号"_s,
            u"陕市监发〔2023〕85号"_s, u"陕政办发〔2023〕2号"_s, QString(), u"陕政办发〔2023〕1号"_s,
            u"市建发〔2023〕81号"_s, QString(), u"咸政办发〔2023〕10号"_s, u"咸政办发〔2023〕11号"_s,
            u"铜政办函〔2023〕5号"_s}));
    const DraftPlan &first = draft.plans.at(0);
    EXPECT_EQ(first.plan.title, u"陕西省人民政府办公厅关于深入推进跨部门综合监管的实施意见"_s);
    EXPECT_EQ(first.plan.issued, QDate(2023, 6, 3));
    EXPECT_EQ(first.plan.issuer, u"陕西省人民政府办公厅"_s);
    EXPECT_EQ(draft.plans.at(3).plan.title, u"陕西省市场监督管理局关于印发《推进营商环境突破年活动实施方案》的通知"_s);
    EXPECT_EQ(draft.plans.at(5).plan.title, u"中共陕西省委陕西省人民政府印发《陕西省推进营商环境突破年实施意见》"_s);

    // Document 1 carries its tasks on the （一） items, units clauses wrapped over several lines.
    EXPECT_EQ(first.tasks.size(), 16);
    const Task &list = first.tasks.at(0).task;
    EXPECT_EQ(list.number, u"（一）"_s);
    EXPECT_EQ(list.title, u"全面建立省市县三级跨部门综合监管事项清单"_s);
    EXPECT_EQ(list.leadUnits, (QStringList {u"省政府办公厅"_s, u"省市场监管局"_s}));
    EXPECT_EQ(list.coUnits, (QStringList {u"省级行业主管部门"_s, u"各市（区）"_s}));
    EXPECT_FALSE(first.plan.notes.isEmpty()); // 总体要求, 主要目标, 保障措施

    // Document 4 closes every task with "（X处负责，完成时限：2023 年底前）".
    const DraftPlan &market = draft.plans.at(3);
    ASSERT_GE(market.tasks.size(), 34);
    for (const DraftTask &task : market.tasks) {
        EXPECT_EQ(task.task.deadline.due, QDate(2023, 12, 31)) << task.task.number.toStdString();
        EXPECT_FALSE(task.task.leadUnits.isEmpty()) << task.task.number.toStdString();
    }
    const DraftTask *licence = taskNumbered(market, u"1"_s);
    ASSERT_TRUE(licence);
    EXPECT_EQ(licence->task.title, u"深化“证照分离”改革"_s);
    EXPECT_EQ(licence->task.leadUnits, (QStringList {u"登记指导处"_s}));
    EXPECT_EQ(taskNumbered(market, u"5"_s)->task.coUnits, (QStringList {u"省局相关处室"_s}));

    // Document 12 names units per task: "（X牵头，Y及各区县按职责分工负责）".
    const DraftPlan &tongchuan = draft.plans.at(11);
    EXPECT_EQ(tongchuan.plan.year, 2023);
    EXPECT_EQ(tongchuan.tasks.first().task.leadUnits, (QStringList {u"市市场监管局"_s}));
}

TEST(PolicyDocumentImporter, shouldImportADocumentPastedTwiceOnce)
{
    QFile file(TestData::dataPath(u"plan-tibet-2019.txt"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    SourceText twice;
    twice.fileName = u"twice.txt"_s;
    twice.text = text + u"\n"_s + text;
    const ImportDraft draft = PolicyDocumentImporter().read(twice, {});
    ASSERT_EQ(draft.plans.size(), 1);
    EXPECT_EQ(draft.plans.first().tasks.size(), 22);
    EXPECT_EQ(draft.plans.first().sections.size(), 4);
    int repeats = 0;
    for (const ImportIssue &issue : draft.issues)
        repeats += issue.message.contains(u"word for word") ? 1 : 0;
    EXPECT_EQ(repeats, 22);
}

TEST(PolicyDocumentImporter, shouldRefuseADocumentWithoutNumberedItems)
{
    SourceText prose;
    prose.fileName = u"letter.txt"_s;
    prose.text = u"各位同事：\n请于本周五前报送上月工作总结。\n办公室\n2023年3月1日\n"_s;
    const ImportDraft draft = PolicyDocumentImporter().read(prose, {});
    EXPECT_TRUE(draft.hasErrors());
    EXPECT_TRUE(draft.plans.isEmpty());
    EXPECT_TRUE(draft.issues.first().message.contains(u"No numbered tasks"));
}

TEST(PolicyDocumentImporter, shouldKeepTheSpanOfEachFieldInItsSourceParagraph)
{
    const ImportDraft draft = importSample(u"plan-tibet-2019.txt"_s);
    const DraftTask &first = draft.plans.first().tasks.first();
    ASSERT_TRUE(first.titleSpan.isValid());
    EXPECT_EQ(first.sourceText.mid(first.titleSpan.start, first.titleSpan.length), first.task.title);
    ASSERT_TRUE(first.unitsSpan.isValid());
    EXPECT_TRUE(first.sourceText.mid(first.unitsSpan.start, first.unitsSpan.length).startsWith(u"〔政府办公厅"));
    ASSERT_TRUE(first.deadlineSpan.isValid());
    EXPECT_EQ(first.sourceText.mid(first.deadlineSpan.start, first.deadlineSpan.length), u"2020年底前"_s);
}

TEST(PolicyDocumentImporter, shouldReadAWorkPlanOfAnotherShapeThanTheSamples)
{
    // Written for this test in the forms other offices use: labelled units with ASCII brackets,
    // a units clause followed by sub-items, a units line after its task, units on a theme.
    SourceText plan;
    plan.fileName = u"points.txt"_s;
    plan.text = u"某某市2024年优化营商环境工作要点\n"
                u"某政办发〔2024〕8号\n"
                u"为持续优化营商环境，制定本要点。\n"
                u"一、工作目标\n"
                u"全年完成各项改革任务。\n"
                u"二、重点任务\n"
                u"（一）提升政务服务效能\n"
                u"1．推进“一网通办”。实现高频事项全程网办，6月底前上线新版平台。(责任单位:市政务服务局;配合单位:"
                u"市大数据局、市财政局)\n"
                u"2．推行告知承诺制。扩大告知承诺事项范围。（牵头单位：市司法局；配合单位：市直各部门）\n"
                u"（1）梳理事项清单，3月底前完成；\n"
                u"（2）公布实施，9月底前完成。\n"
                u"3．优化企业开办。压缩开办时间至1个工作日。\n"
                u"（市市场监管局负责，8 月底前完成）\n"
                u"（二）强化要素保障（牵头单位：市自然资源局）\n"
                u"4．推行“标准地”出让。新增工业用地全部按“标准地”出让。\n"
                u"5．提升用电便利度。低压小微企业办电“零投资”，长期坚持。\n"
                u"三、保障措施\n"
                u"（一）加强组织领导。各部门主要负责同志亲自抓。\n"
                ""_s;
    const ImportDraft draft = PolicyDocumentImporter().read(plan, {});
    ASSERT_EQ(draft.plans.size(), 1);
    const DraftPlan &points = draft.plans.first();
    EXPECT_EQ(points.plan.title, u"某某市2024年优化营商环境工作要点"_s);
    EXPECT_EQ(points.plan.docNumber, u"某政办发〔2024〕8号"_s);
    ASSERT_EQ(points.tasks.size(), 5);
    EXPECT_EQ(points.tasks.at(0).task.leadUnits, (QStringList {u"市政务服务局"_s}));
    EXPECT_EQ(points.tasks.at(0).task.coUnits, (QStringList {u"市大数据局"_s, u"市财政局"_s}));
    EXPECT_EQ(points.tasks.at(0).task.deadline.due, QDate(2024, 6, 30));
    EXPECT_EQ(points.tasks.at(1).task.leadUnits, (QStringList {u"市司法局"_s}));
    EXPECT_TRUE(points.tasks.at(1).task.requirement.contains(u"（2）公布实施"));
    EXPECT_EQ(points.tasks.at(1).task.deadline.due, QDate(2024, 9, 30));
    EXPECT_EQ(points.tasks.at(1).task.milestones.size(), 2);
    EXPECT_EQ(points.tasks.at(2).task.leadUnits, (QStringList {u"市市场监管局"_s}));
    EXPECT_EQ(points.tasks.at(2).task.deadline.due, QDate(2024, 8, 31));
    EXPECT_EQ(points.tasks.at(3).task.leadUnits, (QStringList {u"市自然资源局"_s}));
    EXPECT_TRUE(points.tasks.at(4).task.deadline.isOngoing());
    EXPECT_TRUE(points.plan.notes.contains(u"工作目标"));
    EXPECT_TRUE(points.plan.notes.contains(u"加强组织领导"));
}

TEST(PolicyDocumentImporter, shouldReadFourDigitItemNumbersAndWarnOfNumberedLinesItCouldNotPlace)
{
    // A made-up list of 10,050 numbered tasks: 1–9,999 are tasks, the rest cannot be numbered
    // items (five digits) and are kept in the notes, with a warning that says how many and where.
    QStringList lines {u"关于推进重点改革任务的清单"_s};
    for (int i = 1; i <= 10050; ++i)
        lines.append(u"%1. 推进第%1项改革任务。（牵头单位：市发展改革委；完成时限：2024年6月底）"_s.arg(i));
    SourceText source;
    source.fileName = u"list.txt"_s;
    source.text = lines.join(u'\n');
    const ImportDraft draft = PolicyDocumentImporter().read(source, {});
    ASSERT_EQ(draft.plans.size(), 1);
    EXPECT_EQ(draft.taskCount(), 9999);
    EXPECT_EQ(draft.plans.constFirst().tasks.constLast().task.number, u"9999"_s);
    bool warned = false;
    for (const ImportIssue &issue : draft.issues)
        warned = warned || (issue.message.contains(u"51"_s) && issue.line == 10001);
    EXPECT_TRUE(warned) << "the 51 lines past 9999 are named";
    EXPECT_TRUE(draft.plans.constFirst().plan.notes.contains(u"推进第10050项改革任务"_s));
}
