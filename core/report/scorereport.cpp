#include "scorereport.h"

#include "reportwriter.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

ScoreReport::ScoreReport(const ReportContext &context, const UnitScores &scores)
    : Report(context)
    , m_scores(scores)
{
}

QString ScoreReport::title() const
{
    return tr("Unit Scores");
}

QString ScoreReport::emptyMessage() const
{
    return m_scores.units.isEmpty() ? tr("No unit is named in the ledger: there is nothing to score.") : QString();
}

void ScoreReport::write(ReportWriter &writer) const
{
    writer.title(title());
    writer.subtitle(tr("%1 to %2").arg(longDate(m_scores.from), longDate(m_scores.to)));
    writer.subtitle(dateLine(m_context));
    writer.space(3);
    ReportTable ranking;
    ranking.columns = {{tr("Rank"), 0.5, false, true}, {tr("Unit"), 2.0, false, false}, {tr("Score"), 0.7, false, true}};
    for (ScoreScheme::Rule rule : ScoreScheme::rules) {
        if (m_scores.scheme.enabled[rule])
            ranking.columns.append({ScoreScheme::label(rule), 0.8, false, true});
    }
    auto number = [](double value) { return QString::number(value, 'f', 1); };
    for (const UnitScores::Unit &unit : m_scores.units) {
        ReportTable::Row row;
        row.cells << QString::number(unit.rank) << unit.name << number(unit.score);
        for (ScoreScheme::Rule rule : ScoreScheme::rules) {
            if (m_scores.scheme.enabled[rule])
                row.cells << (unit.byRule[rule] == 0 ? QString() : number(unit.byRule[rule]));
        }
        ranking.rows.append(row);
    }
    writer.table(ranking);
    writer.space(6);
    writer.line(tr("How each score was reached (base %1)").arg(number(m_scores.scheme.base)), Qt::AlignLeft, true);
    ReportTable details;
    details.columns = {{tr("Unit"), 1.4, true, false}, {tr("Rule"), 1.4, false, false}, {tr("Points"), 0.6, false, true},
        {tr("Reason"), 3.6, false, false}};
    for (const UnitScores::Unit &unit : m_scores.units) {
        for (const UnitScores::Point &p : unit.points) {
            ReportTable::Row row;
            row.cells << unit.name << ScoreScheme::label(p.rule) << (p.points > 0 ? u"+"_s : QString()) + number(p.points)
                      << p.reason;
            details.rows.append(row);
        }
    }
    if (details.rows.isEmpty())
        writer.paragraph(tr("No rule applied in this period: every unit has the base score."));
    else
        writer.table(details);
}

} // namespace Taizhang
