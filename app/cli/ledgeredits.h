#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Taizhang {

class LedgerDocument;

// The CLI's hand edits, each one transaction through the document (and so one undo step, had a
// window made it), refused whole with a message and a non-zero exit:
//   task add LEDGER --plan PLAN_ID --section TITLE --title T [--number N] [--requirement R]
//            [--lead "A、B"] [--co "C、D"] [--deadline TEXT] [--after TASK_ID]   prints the new id
//   task set LEDGER TASK_ID FIELD VALUE      title requirement lead co leaders deadline status
//                                            number problems remarks
//   task delete LEDGER TASK_ID...
//   task move LEDGER TASK_ID --section TITLE [--before TASK_ID]
//   plan set LEDGER PLAN_ID FIELD VALUE      title doc_number issuer issued year
//   progress add LEDGER TASK_ID --unit NAME [--percent P] --text T [--date YYYY-MM-DD] [--author NAME]
class LedgerEdits {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerEdits)

public:
    LedgerEdits(QTextStream &out, QTextStream &err);

    // `arguments` start after the command ("task", "plan" or "progress").
    int task(const QStringList &arguments);
    int plan(const QStringList &arguments);
    int progress(const QStringList &arguments);

private:
    int addTask(const QStringList &arguments);
    int setTask(const QStringList &arguments);
    int deleteTasks(const QStringList &arguments);
    int moveTask(const QStringList &arguments);
    // Opens the ledger for writing; false (with the message said) when it cannot be written.
    bool open(LedgerDocument &document, const QString &path);
    // The section a --section names within the plan (0: any plan): its own title with or without
    // its number, or a path of titles joined by " / ". Unknown or ambiguous: said, nullopt.
    std::optional<qint64> section(const LedgerDocument &document, qint64 planId, const QString &name);
    std::optional<qint64> taskId(const LedgerDocument &document, const QString &text);
    int fail(const QString &message, int exitCode = 1);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Taizhang
