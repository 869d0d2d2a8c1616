#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Taizhang {

// taizhang-cli history LEDGER [--task TASK_ID] [--format tsv|csv]
//   one line per change, oldest first: when (UTC), who, task id (0: the ledger), field, old value,
//   new value, action. csv: the same columns with a header row, for Excel (formula guard applied).
class HistoryCommand {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::HistoryCommand)

public:
    HistoryCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments); // after "history"

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Taizhang
