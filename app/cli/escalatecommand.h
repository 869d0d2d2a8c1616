#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Taizhang {

// taizhang-cli escalate LEDGER [--today YYYY-MM-DD] [--issue --out FILE.pdf]
//   one line per notice due today by the ladder's rules, tab-separated: level (reminder, urge,
//   supervise, bulletin, interview), task number, lead units, days overdue (negative: days left),
//   reason. --issue records them (numbered per level and year) and prints them, one page each.
class EscalateCommand {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::EscalateCommand)

public:
    EscalateCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments); // after "escalate"

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Taizhang
