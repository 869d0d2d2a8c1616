#include "taskfieldchange.h"

#include "parse/deadlineparser.h"
#include "parse/unitlistparser.h"

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

} // namespace Taizhang
