#include "ledgersheet.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

LedgerSheet::LedgerSheet(const QList<Section> &sections)
    : m_tree(sections)
{
}

QString LedgerSheet::header(Column column)
{
    switch (column) {
    case SerialColumn: return tr("No.");
    case ThemeColumn: return tr("Theme");
    case KeyWorkColumn: return tr("Key work");
    case RequirementColumn: return tr("Requirement");
    case UnitsColumn: return tr("Responsible units");
    case DeadlineColumn: return tr("Deadline");
    case ProgressColumn: return tr("Progress");
    case ProblemsColumn: return tr("Problems and suggestions");
    case StatusColumn: return tr("Status");
    case LightColumn: return tr("Warning");
    case RemarksColumn: return tr("Remarks");
    case ColumnCount: break;
    }
    return {};
}

QString LedgerSheet::cell(const Task &task, Column column, TrafficLight light) const
{
    switch (column) {
    case SerialColumn: return {};
    case ThemeColumn: return themeOf(task);
    case KeyWorkColumn: return keyWork(task);
    case RequirementColumn: return task.requirement;
    case UnitsColumn: return units(task);
    case DeadlineColumn: return task.deadline.text;
    case ProgressColumn: return progress(task);
    case ProblemsColumn: return task.problems;
    case StatusColumn: return TaskStatuses::label(task.status);
    case LightColumn: return TrafficLights::label(light);
    case RemarksColumn: return task.remarks;
    case ColumnCount: break;
    }
    return {};
}

QString LedgerSheet::keyWork(const Task &task)
{
    if (task.number.isEmpty())
        return task.title;
    return tr("%1. %2").arg(task.number, task.title);
}

QString LedgerSheet::units(const Task &task)
{
    QStringList lines;
    if (!task.leadUnits.isEmpty())
        lines << tr("Lead: %1").arg(task.leadUnits.join(tr(", ")));
    if (!task.coUnits.isEmpty())
        lines << tr("Cooperating: %1").arg(task.coUnits.join(tr(", ")));
    if (!task.leaders.isEmpty())
        lines << tr("Responsible leaders: %1").arg(task.leaders.join(tr(", ")));
    return lines.join(u'\n');
}

QString LedgerSheet::progress(const Task &task)
{
    const ProgressEntry *latest = task.latestProgress();
    if (!latest)
        return {};
    QString text = latest->text;
    if (latest->percent >= 0)
        text = tr("%1 (%2%)").arg(text).arg(latest->percent);
    QStringList source;
    if (latest->date.isValid())
        source << latest->date.toString(Qt::ISODate);
    if (!latest->unit.isEmpty())
        source << latest->unit;
    return source.isEmpty() ? text : tr("[%1] %2").arg(source.join(u' '), text);
}

QList<const Section *> LedgerSheet::headingsAbove(const Task &task) const
{
    QList<const Section *> headings = m_tree.path(task.sectionId);
    if (!headings.isEmpty())
        headings.removeLast(); // the task's own section is its theme, not a heading above it
    return headings;
}

QString LedgerSheet::themeOf(const Task &task) const
{
    const Section *section = m_tree.find(task.sectionId);
    return section ? section->displayName() : QString();
}

QString LedgerSheet::title(const QString &configured, const QStringList &planTitles)
{
    if (!configured.isEmpty())
        return configured;
    if (planTitles.size() == 1) {
        const QString &plan = planTitles.constFirst();
        return plan.endsWith(tr("ledger")) ? plan : tr("%1: task ledger").arg(plan);
    }
    return tr("Reform task ledger");
}

} // namespace Taizhang
