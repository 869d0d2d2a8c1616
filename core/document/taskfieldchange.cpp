#include "taskfieldchange.h"

#include "parse/deadlineparser.h"
#include "parse/unitlistparser.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

Task TaskFieldChange::apply(Task task, TaskField field, const QVariant &value, int planYear)
{
    const QString text = value.toString().trimmed();
    const bool list = value.metaType().id() == QMetaType::QStringList;
    switch (field) {
    case TaskField::Number: task.number = text; break;
    case TaskField::Title: task.title = text; break;
    case TaskField::Requirement:
        task.requirement = text;
        task.milestones = DeadlineParser(planYear).milestones(text);
        break;
    case TaskField::LeadUnits: task.leadUnits = list ? value.toStringList() : UnitListParser::splitList(text); break;
    case TaskField::CoUnits: task.coUnits = list ? value.toStringList() : UnitListParser::splitList(text); break;
    case TaskField::Leaders: task.leaders = list ? value.toStringList() : UnitListParser::splitNames(text); break;
    case TaskField::Deadline: task.deadline = DeadlineParser(planYear).parse(text); break;
    case TaskField::Status:
        if (value.metaType().id() == QMetaType::Int)
            task.status = TaskStatus(value.toInt());
        else
            TaskStatuses::fromString(text, &task.status);
        break;
    case TaskField::Problems: task.problems = text; break;
    case TaskField::Remarks: task.remarks = text; break;
    case TaskField::Section: task.sectionId = value.toLongLong(); break;
    case TaskField::Order: task.order = value.toDouble(); break;
    }
    return task;
}

bool TaskFieldChange::sameField(const Task &a, const Task &b, TaskField field)
{
    switch (field) {
    case TaskField::Number: return a.number == b.number && a.part == b.part;
    case TaskField::Title: return a.title == b.title;
    case TaskField::Requirement: return a.requirement == b.requirement && a.milestones == b.milestones;
    case TaskField::LeadUnits: return a.leadUnits == b.leadUnits;
    case TaskField::CoUnits: return a.coUnits == b.coUnits;
    case TaskField::Leaders: return a.leaders == b.leaders;
    case TaskField::Deadline: return a.deadline == b.deadline;
    case TaskField::Status:
        return a.status == b.status && a.completed == b.completed && a.closedOn == b.closedOn
            && a.completionEstimated == b.completionEstimated;
    case TaskField::Problems: return a.problems == b.problems;
    case TaskField::Remarks: return a.remarks == b.remarks;
    case TaskField::Section: return a.sectionId == b.sectionId;
    case TaskField::Order: return a.order == b.order;
    }
    return true;
}

Task TaskFieldChange::carry(Task onto, const Task &from, TaskField field)
{
    switch (field) {
    case TaskField::Number:
        onto.number = from.number;
        onto.part = from.part;
        break;
    case TaskField::Title: onto.title = from.title; break;
    case TaskField::Requirement:
        onto.requirement = from.requirement;
        onto.milestones = from.milestones;
        break;
    case TaskField::LeadUnits: onto.leadUnits = from.leadUnits; break;
    case TaskField::CoUnits: onto.coUnits = from.coUnits; break;
    case TaskField::Leaders: onto.leaders = from.leaders; break;
    case TaskField::Deadline: onto.deadline = from.deadline; break;
    case TaskField::Status:
        onto.status = from.status;
        onto.completed = from.completed;
        onto.closedOn = from.closedOn;
        onto.completionEstimated = from.completionEstimated;
        break;
    case TaskField::Problems: onto.problems = from.problems; break;
    case TaskField::Remarks: onto.remarks = from.remarks; break;
    case TaskField::Section: onto.sectionId = from.sectionId; break;
    case TaskField::Order: onto.order = from.order; break;
    }
    return onto;
}

QList<TaskField> TaskFieldChange::changedFields(const Task &before, const Task &after)
{
    static const TaskField all[] = {TaskField::Number, TaskField::Title, TaskField::Requirement, TaskField::LeadUnits,
        TaskField::CoUnits, TaskField::Leaders, TaskField::Deadline, TaskField::Status, TaskField::Problems,
        TaskField::Remarks, TaskField::Section, TaskField::Order};
    QList<TaskField> changed;
    for (TaskField field : all) {
        if (!sameField(before, after, field))
            changed.append(field);
    }
    return changed;
}

QString TaskFieldChange::fieldId(TaskField field)
{
    switch (field) {
    case TaskField::Number: return u"number"_s;
    case TaskField::Title: return u"title"_s;
    case TaskField::Requirement: return u"requirement"_s;
    case TaskField::LeadUnits: return u"lead"_s;
    case TaskField::CoUnits: return u"co"_s;
    case TaskField::Leaders: return u"leaders"_s;
    case TaskField::Deadline: return u"deadline"_s;
    case TaskField::Status: return u"status"_s;
    case TaskField::Problems: return u"problems"_s;
    case TaskField::Remarks: return u"remarks"_s;
    case TaskField::Section: return u"section"_s;
    case TaskField::Order: return u"order"_s;
    }
    return {};
}

QString TaskFieldChange::text(const Task &task, TaskField field)
{
    switch (field) {
    case TaskField::Number: return task.part > 1 ? u"%1-%2"_s.arg(task.number).arg(task.part) : task.number;
    case TaskField::Title: return task.title;
    case TaskField::Requirement: return task.requirement;
    case TaskField::LeadUnits: return task.leadUnits.join(u'、');
    case TaskField::CoUnits: return task.coUnits.join(u'、');
    case TaskField::Leaders: return task.leaders.join(u'、');
    case TaskField::Deadline: return task.deadline.text;
    case TaskField::Status: return TaskStatuses::id(task.status);
    case TaskField::Problems: return task.problems;
    case TaskField::Remarks: return task.remarks;
    case TaskField::Section: return QString::number(task.sectionId);
    case TaskField::Order: return QString::number(task.order);
    }
    return {};
}

} // namespace Taizhang
