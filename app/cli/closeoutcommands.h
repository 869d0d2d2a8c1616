#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Taizhang {

// The CLI's close-outs (销号), tab-separated and stable:
//   closeout request LEDGER TASK_ID --note TEXT [--evidence FILE]... [--unit NAME] [--today DATE]
//         prints the request's id
//   closeout decide LEDGER TASK_ID --approve|--return --note TEXT [--by NAME] [--today DATE]
//   closeout list LEDGER      per request: id, task number, unit, requested, pending|approved|returned,
//                             decided (or -), evidence files
//   closeout form LEDGER TASK_ID... --out FILE.pdf      the 销号审批表 of each task's latest request
//   closeout evidence LEDGER EVIDENCE_ID --out FILE     a copy of one evidence file (never opened)
class CloseOutCommands {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::CloseOutCommands)

public:
    CloseOutCommands(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // after "closeout"

private:
    int request(const QStringList &arguments);
    int decide(const QStringList &arguments);
    int list(const QStringList &arguments);
    int form(const QStringList &arguments);
    int evidence(const QStringList &arguments);
    int fail(const QString &message, int exitCode = 1);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Taizhang
