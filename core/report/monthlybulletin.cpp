#include "monthlybulletin.h"

#include "ledgersheet.h"
#include "reportrecords.h"
#include "reportwriter.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
int count(const LedgerStatistics::LightBuckets &lights, TrafficLight light)
{
    return lights[size_t(light)].count;
}

QString signedChange(int change)
{
    return change > 0 ? u"+%1"_s.arg(change) : QString::number(change);
}
} // namespace

QString MonthlyBulletin::title() const
{
    return m_context.settings.bulletinTitle;
}

QJsonObject MonthlyBulletin::figures(const LedgerStatistics &statistics)
{
    QJsonObject lights;
    for (const TrafficLight light : TrafficLights::all)
        lights.insert(TrafficLights::id(light), count(statistics.lights, light));
    QJsonObject units;
    for (const LedgerStatistics::UnitRow &unit : statistics.units) {
        units.insert(unit.unit,
            QJsonObject {{u"due"_s, unit.due}, {u"done_on_time"_s, unit.doneOnTime},
                {u"overdue"_s, count(unit.lights, TrafficLight::Overdue)}});
    }
    return {{u"lights"_s, lights}, {u"units"_s, units}};
}

void MonthlyBulletin::gather()
{
    const QDate today = m_context.selection.today;
    m_statistics = LedgerStatistics(today);
    m_overdue.clear();
    m_context.tasks([&](const Task &task, TrafficLight light) {
        m_statistics.add(task, light);
        if (light == TrafficLight::Overdue)
            m_overdue.append({task, -TrafficLights::daysLeft(task.deadline, today)});
        return true;
    });
    m_statistics.finish();
    std::stable_sort(
        m_overdue.begin(), m_overdue.end(), [](const OverdueTask &a, const OverdueTask &b) { return a.days > b.days; });

    m_round.reset();
    if (m_context.ledger) {
        const QList<ReportingRound> rounds = m_context.ledger->rounds();
        for (auto it = rounds.crbegin(); it != rounds.crend(); ++it) {
            if (it->opened <= today) {
                m_round = RoundBoard::of(*m_context.ledger, *it, today);
                break;
            }
        }
    }

    m_serial = 0;
    m_previousDate.reset();
    m_previous = {};
    if (!m_context.records) {
        gatherNamed(today.addMonths(-1));
        return;
    }
    if (const auto previous = m_context.records->bulletinBefore(today)) {
        m_previousDate = previous->issued;
        m_previous = QJsonDocument::fromJson(previous->figures).object();
    }
    gatherNamed(m_previousDate.value_or(today.addMonths(-1)));
    m_serial
        = m_context.records->saveBulletin(today, QJsonDocument(figures(m_statistics)).toJson(QJsonDocument::Compact));
}

void MonthlyBulletin::gatherNamed(const QDate &since)
{
    m_named.clear();
    if (!m_context.ledger)
        return;
    const QDate today = m_context.selection.today;
    for (const Escalation &e : m_context.ledger->escalations()) {
        if (e.level != EscalationLevel::Bulletin || e.issued <= since || e.issued > today)
            continue;
        if (const std::optional<Task> task = m_context.ledger->task(e.taskId))
            m_named.append({*task, -TrafficLights::daysLeft(task->deadline, today)});
    }
}

void MonthlyBulletin::write(ReportWriter &writer) const
{
    writer.title(title());
    writer.subtitle(
        m_serial > 0 ? tr("Issue %1 of %2").arg(m_serial).arg(m_context.selection.today.year()) : QString());
    writer.subtitle(dateLine(m_context));

    const LedgerStatistics::LightBuckets &lights = m_statistics.lights;
    int total = 0;
    for (const TrafficLight light : TrafficLights::all)
        total += count(lights, light);
    writer.line(tr("1. Overall"), Qt::AlignLeft, true);
    writer.paragraph(tr("As of %1 the ledger holds %2 tasks: %3 done, %4 on track, %5 due within %6 days, %7 overdue "
                        "and %8 ongoing without a due date.")
                         .arg(longDate(m_context.selection.today))
                         .arg(total)
                         .arg(count(lights, TrafficLight::Done))
                         .arg(count(lights, TrafficLight::OnTrack))
                         .arg(count(lights, TrafficLight::DueSoon))
                         .arg(m_context.selection.dueSoonDays)
                         .arg(count(lights, TrafficLight::Overdue))
                         .arg(count(lights, TrafficLight::Ongoing)));

    const QJsonObject previousLights = m_previous.value(u"lights"_s).toObject();
    if (m_previousDate) {
        writer.paragraph(tr("Since the previous bulletin of %1: done %2, overdue %3.")
                             .arg(longDate(*m_previousDate))
                             .arg(signedChange(count(lights, TrafficLight::Done)
                                 - previousLights.value(TrafficLights::id(TrafficLight::Done)).toInt()))
                             .arg(signedChange(count(lights, TrafficLight::Overdue)
                                 - previousLights.value(TrafficLights::id(TrafficLight::Overdue)).toInt())));
    } else {
        writer.paragraph(tr("This is the first bulletin; there is no earlier one to compare with."));
    }

    ReportTable totals;
    totals.columns = {{tr("Warning"), 1.5, false, false}, {tr("This bulletin"), 1, false, true},
        {tr("Previous bulletin"), 1, false, true}, {tr("Change"), 1, false, true}};
    for (const TrafficLight light : TrafficLights::all) {
        ReportTable::Row row;
        const int now = count(lights, light);
        const QJsonValue before = previousLights.value(TrafficLights::id(light));
        row.cells << TrafficLights::label(light) << QString::number(now)
                  << (m_previousDate ? QString::number(before.toInt()) : u"—"_s)
                  << (m_previousDate ? signedChange(now - before.toInt()) : u"—"_s);
        row.marks.insert(0, ReportTable::markColor(light));
        totals.rows.append(row);
    }
    writer.table(totals);

    // Units
    constexpr int chartUnits = 15;
    writer.line(tr("2. Lead units"), Qt::AlignLeft, true);
    ReportChart byLight;
    byLight.title = tr("Tasks by warning, the %1 units with most overdue").arg(chartUnits);
    for (const TrafficLight light : TrafficLights::all)
        byLight.series.append({TrafficLights::label(light), ReportTable::markColor(light), {}});
    for (const LedgerStatistics::UnitRow &unit : m_statistics.units.mid(0, chartUnits)) {
        byLight.categories << unit.unit;
        for (size_t i = 0; i < std::size(TrafficLights::all); ++i)
            byLight.series[int(i)].values << unit.lights[i].count;
    }
    if (!byLight.categories.isEmpty())
        writer.chart(byLight);

    const QJsonObject previousUnits = m_previous.value(u"units"_s).toObject();
    const QList<LedgerStatistics::UnitRow> ranked = m_statistics.unitsByCompletion();
    ReportTable rates;
    rates.columns = {{LedgerSheet::header(LedgerSheet::SerialColumn), 0.45, false, true},
        {tr("Lead unit"), 2.2, false, false}, {tr("Due by today"), 0.9, false, true},
        {tr("Done on time"), 0.9, false, true}, {tr("Completion rate"), 0.9, false, true},
        {tr("Overdue"), 0.8, false, true}, {tr("Rate change"), 0.9, false, true}};
    int serial = 0;
    for (const LedgerStatistics::UnitRow &unit : ranked) {
        ReportTable::Row row;
        QString change = u"—"_s;
        const QJsonObject before = previousUnits.value(unit.unit).toObject();
        if (before.value(u"due"_s).toInt() > 0) {
            const double previousRate = before.value(u"done_on_time"_s).toDouble() / before.value(u"due"_s).toDouble();
            change = tr("%1 pt").arg(QString::number((unit.completionRate() - previousRate) * 100, 'f', 1));
        }
        row.cells << QString::number(++serial) << unit.unit << QString::number(unit.due)
                  << QString::number(unit.doneOnTime)
                  << tr("%1%").arg(QString::number(unit.completionRate() * 100, 'f', 1))
                  << QString::number(count(unit.lights, TrafficLight::Overdue)) << change;
        rates.rows.append(row);
    }
    if (!ranked.isEmpty()) {
        writer.line(tr("Completion rate by lead unit (done on time ÷ due by today)"), Qt::AlignLeft);
        writer.table(rates);
        ReportChart rateChart;
        rateChart.title = tr("Completion rate by lead unit");
        rateChart.maximum = 100;
        rateChart.valueFormat = tr("%1%");
        rateChart.series.append({tr("Completion rate"), ReportTable::markColor(TrafficLight::OnTrack), {}});
        for (const LedgerStatistics::UnitRow &unit : ranked.mid(0, chartUnits)) {
            rateChart.categories << unit.unit;
            rateChart.series[0].values << unit.completionRate() * 100;
        }
        writer.chart(rateChart);
    }

    writer.line(tr("3. Overdue tasks"), Qt::AlignLeft, true);
    if (m_overdue.isEmpty()) {
        writer.paragraph(tr("No task is overdue."));
        writeReporting(writer);
        writeNamed(writer);
        return;
    }
    ReportTable overdue;
    overdue.columns = {{LedgerSheet::header(LedgerSheet::SerialColumn), 0.45, false, true},
        {LedgerSheet::header(LedgerSheet::KeyWorkColumn), 3.0, false, false}, {tr("Lead unit"), 1.6, false, false},
        {LedgerSheet::header(LedgerSheet::DeadlineColumn), 0.9, false, true}, {tr("Overdue by"), 0.9, false, true}};
    serial = 0;
    for (const OverdueTask &entry : m_overdue) {
        ReportTable::Row row;
        row.cells << QString::number(++serial) << LedgerSheet::keyWork(entry.task)
                  << entry.task.leadUnits.join(tr(", ")) << entry.task.deadline.text
                  << tr("%n day(s)", nullptr, entry.days);
        overdue.rows.append(row);
    }
    writer.table(overdue);
    writeReporting(writer);
    writeNamed(writer);
}

void MonthlyBulletin::writeNamed(ReportWriter &writer) const
{
    if (m_named.isEmpty())
        return;
    writer.space(4);
    writer.line(tr("5. Tasks named in this bulletin"), Qt::AlignLeft, true);
    writer.paragraph(tr("The following tasks went unanswered on the escalation ladder and are named here:"));
    ReportTable named;
    named.columns = {{LedgerSheet::header(LedgerSheet::KeyWorkColumn), 3.0, false, false}, {tr("Lead unit"), 1.6, false, false},
        {LedgerSheet::header(LedgerSheet::DeadlineColumn), 0.9, false, true}, {tr("Overdue by"), 0.9, false, true}};
    for (const OverdueTask &entry : m_named) {
        ReportTable::Row row;
        row.cells << LedgerSheet::keyWork(entry.task) << entry.task.leadUnits.join(tr(", ")) << entry.task.deadline.text
                  << tr("%n day(s)", nullptr, entry.days);
        named.rows.append(row);
    }
    writer.table(named);
}

void MonthlyBulletin::writeReporting(ReportWriter &writer) const
{
    if (!m_round)
        return;
    const RoundBoard &board = *m_round;
    QStringList onTime, late, missing;
    for (const RoundBoard::Unit &unit : board.units)
        (unit.missing() ? missing : unit.late ? late : onTime).append(unit.name);
    writer.space(4);
    writer.line(tr("4. Progress reporting (%1)").arg(board.round.name), Qt::AlignLeft, true);
    writer.paragraph(tr("Of %1 units asked to report by %2, %3 reported on time, %4 late and %5 not at all; %6 of %7 "
                        "tasks were reported on.")
                         .arg(board.units.size())
                         .arg(longDate(board.round.due))
                         .arg(onTime.size())
                         .arg(late.size())
                         .arg(missing.size())
                         .arg(board.reported)
                         .arg(board.tasks));
    const QString none = tr("none");
    writer.paragraph(tr("On time: %1.").arg(onTime.isEmpty() ? none : onTime.join(tr(", "))));
    writer.paragraph(tr("Late: %1.").arg(late.isEmpty() ? none : late.join(tr(", "))));
    writer.paragraph(tr("Not reported: %1.").arg(missing.isEmpty() ? none : missing.join(tr(", "))));
}

} // namespace Taizhang

