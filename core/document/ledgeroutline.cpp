#include "ledgeroutline.h"

#include <QSet>
#include <algorithm>

#include <QRegularExpression>

#include <algorithm>

namespace Taizhang {

LedgerOutline::LedgerOutline(const LedgerStore &store)
    : m_store(store)
{
}

std::optional<Plan> LedgerOutline::plan(qint64 planId) const
{
    for (const Plan &plan : m_store.plans()) {
        if (plan.id == planId)
            return plan;
    }
    return std::nullopt;
}

QString LedgerOutline::nextNumber(qint64 planId, qint64 sectionId) const
{
    int inSection = 0;
    int inPlan = 0;
    forEachTask(LedgerStore::Detail::Row, [&](const Task &task) {
        if (task.planId != planId)
            return;
        const int number = task.number.toInt();
        inPlan = std::max(inPlan, number);
        if (task.sectionId == sectionId)
            inSection = std::max(inSection, number);
    });
    return QString::number((inSection > 0 ? inSection : inPlan) + 1);
}

void LedgerOutline::forEachTask(LedgerStore::Detail detail, const std::function<void(const Task &)> &visit) const
{
    constexpr int pageSize = 5000;
    qint64 after = 0;
    for (;;) {
        const QList<Task> page = m_store.taskPage(after, pageSize, detail);
        for (const Task &task : page)
            visit(task);
        if (page.size() < pageSize)
            break;
        after = page.constLast().id;
    }
}

QList<Task> LedgerOutline::tasksReadWithYear(qint64 planId) const
{
    // "2023年底前" keeps its year; "6月底", "年底前", "明年3月" follow the plan's.
    static const QRegularExpression ownYear(QStringLiteral("\\d{4}\\s*年"));
    QList<Task> tasks;
    forEachTask(LedgerStore::Detail::Full, [&](const Task &task) {
        if (task.planId == planId
            && (!ownYear.match(task.deadline.text).hasMatch() || !ownYear.match(task.requirement).hasMatch()))
            tasks.append(task);
    });
    return tasks;
}

std::optional<Section> LedgerOutline::section(qint64 sectionId) const
{
    for (const Section &section : m_store.sections()) {
        if (section.id == sectionId)
            return section;
    }
    return std::nullopt;
}

QList<qint64> LedgerOutline::tasksInSection(qint64 sectionId) const
{
    QList<qint64> held;
    forEachTask(LedgerStore::Detail::Row, [&](const Task &task) {
        if (task.sectionId == sectionId)
            held.append(task.id);
    });
    return held;
}

QList<Task> LedgerOutline::tasksInLedgerOrder() const
{
    QList<Task> tasks;
    forEachTask(LedgerStore::Detail::Row, [&](const Task &task) { tasks.append(task); });
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.order < b.order; });
    return tasks;
}

double LedgerOutline::orderAfter(qint64 taskId) const
{
    const QList<Task> tasks = tasksInLedgerOrder();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).id == taskId)
            return i + 1 < tasks.size() ? (tasks.at(i).order + tasks.at(i + 1).order) / 2 : tasks.at(i).order + 1;
    }
    return 0;
}

double LedgerOutline::orderBefore(qint64 taskId) const
{
    const QList<Task> tasks = tasksInLedgerOrder();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).id == taskId)
            return i > 0 ? (tasks.at(i - 1).order + tasks.at(i).order) / 2 : tasks.at(i).order / 2;
    }
    return 0;
}

QList<Task> LedgerOutline::tasksOfSection(qint64 planId, qint64 sectionId) const
{
    QList<Task> section;
    for (const Task &task : tasksInLedgerOrder()) {
        if (task.planId == planId && task.sectionId == sectionId)
            section.append(task);
    }
    return section;
}

QList<Section> LedgerOutline::sectionsOfPlan(qint64 planId) const
{
    QList<Section> sections;
    for (const Section &section : m_store.sections()) {
        if (section.planId == planId)
            sections.append(section);
    }
    return sections;
}

QList<Task> LedgerOutline::tasksByIds(const QList<qint64> &ids) const
{
    // An import's or a round's tasks are mostly runs of ids: read them by pages, not one by one.
    QList<qint64> wanted = ids;
    std::sort(wanted.begin(), wanted.end());
    const QSet<qint64> set(wanted.cbegin(), wanted.cend());
    QList<Task> tasks;
    qsizetype next = 0;
    while (next < wanted.size()) {
        const QList<Task> page = m_store.taskPage(wanted.at(next) - 1, 500, LedgerStore::Detail::Full);
        if (page.isEmpty())
            break;
        for (const Task &task : page) {
            if (set.contains(task.id))
                tasks.append(task);
        }
        while (next < wanted.size() && wanted.at(next) <= page.constLast().id)
            ++next;
    }
    return tasks;
}

} // namespace Taizhang
