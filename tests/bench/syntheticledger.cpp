#include "syntheticledger.h"

#include "parse/deadlineparser.h"
#include "storage/ledgerstore.h"
#include "storage/sqlite/sqliteledgerstore.h"

#include <QRandomGenerator>

#include <malloc.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace BenchData {

QStringList unitPool()
{
    static const QStringList departments = {u"市场监管局"_s, u"行政审批局"_s, u"公安局"_s, u"税务局"_s, u"人社局"_s,
        u"医保局"_s, u"住建局"_s, u"发改委"_s, u"自然资源局"_s, u"大数据局"_s, u"司法局"_s, u"财政局"_s, u"商务局"_s,
        u"教育局"_s, u"卫健委"_s, u"交通运输局"_s, u"生态环境局"_s, u"城管局"_s, u"文化局"_s, u"经信局"_s};
    static const QStringList levels = {u"市"_s, u"省"_s, u"县"_s, u"区"_s};
    QStringList pool;
    for (const QString &level : levels)
        for (const QString &department : departments)
            pool.append(level + department);
    return pool;
}

// Built where needed and dropped after, so it never counts in the resident memory of the read
// benchmarks.
ImportDraft syntheticDraft()
{
    return [] {
        static const QStringList phrases = {
            u"进行企业开办“一窗通”系统改造，实现营业执照申领、印章刻制、涉税办理等信息一窗采集、一网通办、统一出件。"_s,
            u"全面清理压减政府审查、技术审查等环节的“隐形时间”，实现工程建设项目全流程审批时间最长不超过90个工作日。"_s,
            u"提高社保业务网办广度和深度，推广不见面办理，住房公积金开户登记一表填报，医保登记即时办结。"_s,
            u"对企业和城镇居民不动产登记历史遗留问题，按照相关政策规定完善用地、建设工程规划、竣工验收备案等手续。"_s,
        };
        static const QStringList deadlines = {u"6月底"_s, u"9月底前"_s, u"常态实施"_s, u"年底前"_s, u"一季度"_s,
            u"今年10月底前"_s, u"长期坚持"_s, u"上半年"_s};
        const QStringList units = unitPool();
        QRandomGenerator random(20211231);
        DraftPlan plan;
        plan.plan.title = u"合成台账（100,000 项）"_s;
        plan.plan.year = 2021;
        for (int s = 0; s < 50; ++s)
            plan.sections.append({-1, u"（%1）"_s.arg(s + 1), u"主题事项第%1项"_s.arg(s + 1)});
        DeadlineParser parser(2021);
        for (int i = 0; i < taskCount; ++i) {
            DraftTask task;
            task.section = i * 50 / taskCount;
            task.task.number = QString::number(i / 2 + 1);
            task.task.part = i % 2 + 1;
            task.task.title = u"重点工作第%1项"_s.arg(i / 2 + 1);
            task.task.requirement = phrases[i % 4] + phrases[(i + 1) % 4] + phrases[(i + 2) % 4].left(50);
            for (int n = 1 + int(random.bounded(3)); n > 0; --n)
                task.task.leadUnits.append(units[random.bounded(int(units.size()))]);
            for (int n = int(random.bounded(7)); n > 0; --n)
                task.task.coUnits.append(units[random.bounded(int(units.size()))]);
            task.task.leadUnits.removeDuplicates();
            task.task.coUnits.removeDuplicates();
            task.task.deadline = parser.parse(deadlines[i % deadlines.size()]);
            plan.tasks.append(task);
        }
        ImportDraft result;
        result.plans.append(plan);
        return result;
    }();
}

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

QString bigLedger()
{
    static const QString path = [] {
        const QString file = scratch().filePath(u"big.taizhang"_s);
        SqliteLedgerStore store;
        store.open(file, LedgerStore::OpenMode::CreateOrOpen);
        store.insertDraft(syntheticDraft());
        malloc_trim(0); // hand the draft's memory back, so RSS below is the ledger's alone
        return file;
    }();
    return path;
}

} // namespace BenchData
