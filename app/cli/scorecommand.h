#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Taizhang {

// taizhang-cli score LEDGER --from YYYY-MM-DD --to YYYY-MM-DD [--format tsv|pdf|xlsx] [--out FILE] [--today DATE]
//   tsv (stdout unless --out): one line per unit, ranked: rank, unit, score, then the points of each
//   rule in ScoreScheme::rules order (lead_on_time co_on_time early lead_overdue co_overdue
//   missed_report late_report notice); a rule switched off prints 0.
class ScoreCommand {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ScoreCommand)

public:
    ScoreCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments); // after "score"

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Taizhang
