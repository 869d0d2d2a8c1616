#include "jsonexporter.h"

#include "model/sectiontree.h"
#include "storage/ledgerstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject planObject(const Plan &plan)
{
    return {
        {u"id"_s, plan.id},
        {u"title"_s, plan.title},
        {u"doc_number"_s, plan.docNumber},
        {u"issuer"_s, plan.issuer},
        {u"issued"_s, dateOrNull(plan.issued)},
        {u"year"_s, plan.year},
        {u"source"_s, plan.source},
    };
}

QJsonObject taskObject(const Task &task, const QJsonArray &sections)
{
    QJsonArray milestones;
    for (const Milestone &m : task.milestones)
        milestones.append(QJsonObject {{u"due"_s, dateOrNull(m.due)}, {u"text"_s, m.text}});
    QJsonArray progress;
    for (const ProgressEntry &p : task.progress) {
        progress.append(QJsonObject {{u"date"_s, dateOrNull(p.date)}, {u"unit"_s, p.unit},
            {u"percent"_s, p.percent >= 0 ? QJsonValue(p.percent) : QJsonValue()}, {u"text"_s, p.text},
            {u"author"_s, p.author}});
    }
    return {
        {u"id"_s, task.id},
        {u"plan_id"_s, task.planId},
        {u"sections"_s, sections},
        {u"number"_s, task.number},
        {u"part"_s, task.part},
        {u"order"_s, task.order > 0 ? task.order : double(task.id)}, // its place: sort by this for the ledger's order
        {u"title"_s, task.title},
        {u"requirement"_s, task.requirement},
        {u"lead_units"_s, QJsonArray::fromStringList(task.leadUnits)},
        {u"co_units"_s, QJsonArray::fromStringList(task.coUnits)},
        {u"leaders"_s, QJsonArray::fromStringList(task.leaders)},
        {u"deadline_text"_s, task.deadline.text},
        {u"due"_s, task.deadline.kind == Deadline::Kind::Date ? dateOrNull(task.deadline.due) : QJsonValue()},
        {u"ongoing"_s, task.deadline.isOngoing()},
        {u"continuing"_s, task.deadline.isContinuing()},
        {u"milestones"_s, milestones},
        {u"status"_s, TaskStatuses::id(task.status)},
        {u"completed"_s, dateOrNull(task.completed)}, // the day it became done; null while open or unknown
        {u"closed_on"_s, dateOrNull(task.closedOn)},
        {u"completion_estimated"_s, task.completionEstimated}, // taken from its last progress report
        {u"progress"_s, progress},
        {u"problems"_s, task.problems},
        {u"remarks"_s, task.remarks},
    };
}

} // namespace

QString JsonExporter::displayName() const
{
    return tr("JSON");
}

ExportResult JsonExporter::exportLedger(const ExportJob &job) const
{
    if (!job.context.ledger)
        return {tr("No ledger is open."), {}, -1};
    return writeStreamOrFile(job, [&job](QIODevice *out) { return write(*job.context.ledger, out); });
}

QString JsonExporter::write(const LedgerStore &store, QIODevice *out)
{
    QJsonArray plans;
    for (const Plan &plan : store.plans())
        plans.append(planObject(plan));

    // Section paths, root first, by section id.
    const QList<Section> sections = store.sections();
    const SectionTree tree(sections);
    QHash<qint64, QJsonArray> paths;
    for (const Section &section : sections) {
        QStringList names;
        for (const Section *s : tree.path(section.id))
            names.append(s->displayName());
        paths.insert(section.id, QJsonArray::fromStringList(names));
    }

    auto put = [out](const QByteArray &bytes) { return out->write(bytes) == bytes.size(); };
    QByteArray head = R"({"format":"taizhang-ledger","version":)" + QByteArray::number(formatVersion) + R"(,"plans":)"
        + QJsonDocument(plans).toJson(QJsonDocument::Compact) + R"(,"tasks":[)";
    if (!put(head))
        return out->errorString();

    constexpr int pageSize = 2000;
    qint64 after = 0;
    bool first = true;
    for (;;) {
        const QList<Task> page = store.taskPage(after, pageSize, LedgerStore::Detail::Full);
        for (const Task &task : page) {
            QByteArray line = first ? QByteArray("\n") : QByteArray(",\n");
            line += QJsonDocument(taskObject(task, paths.value(task.sectionId))).toJson(QJsonDocument::Compact);
            if (!put(line))
                return out->errorString();
            first = false;
        }
        if (page.size() < pageSize)
            break;
        after = page.constLast().id;
    }
    if (!put("\n]}\n"))
        return out->errorString();
    return {};
}

} // namespace Taizhang
