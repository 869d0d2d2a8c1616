#pragma once

#include "rounds/collectpreview.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace Taizhang {

class LedgerDocument;

// The CLI's reporting rounds (填报 and 催报). Output is tab-separated and stable:
//   round open LEDGER --name NAME --due YYYY-MM-DD [--period-end DATE] [--unit NAME]... [--today DATE]
//         prints: NAME, units, tasks
//   round sheets LEDGER --round NAME --out DIR [--format xlsx|pdf] [--unit NAME]...   prints each file
//   round collect LEDGER --round NAME FILE... [--today DATE]
//         per file: FILE, unit, rows accepted, stored|refused|superseded; then its problems indented
//         ("  error: …", "  warning: …"); exit 2 when a file was refused
//   round status LEDGER --round NAME [--today DATE]
//         per unit: unit, tasks, reported, returned date or "missing", late yes/no
//   round chase LEDGER --round NAME --out FILE.pdf [--today DATE]     催报通知; the messages on stdout
//   round list LEDGER        per round: name, opened, due, open|closed
//   round close LEDGER --round NAME [--today DATE]
class RoundCommands {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::RoundCommands)

public:
    RoundCommands(QTextStream &out, QTextStream &err);

    // `arguments` start after "round".
    int run(const QStringList &arguments);

private:
    int open(const QStringList &arguments);
    int sheets(const QStringList &arguments);
    int collect(const QStringList &arguments);
    int status(const QStringList &arguments);
    int chase(const QStringList &arguments);
    int list(const QStringList &arguments);
    int close(const QStringList &arguments);
    int writeSheets(const QCommandLineParser &parser, const LedgerDocument &document, const ReportingRound &round);
    // Parses `arguments` with the ledger first and the options every round command takes
    // (--round, --today); opens the ledger (for writing when `write`) and sets the clock. 0 when
    // it is open, else the exit code (the reason said). The document's refusals land in m_refusal.
    int prepare(QCommandLineParser &parser, const QStringList &arguments, LedgerDocument &document, bool write);
    // prepare(), then the round --round names, then `body`'s exit code.
    int withRound(QCommandLineParser &parser, const QStringList &arguments, bool write,
        const std::function<int(LedgerDocument &, const ReportingRound &)> &body);
    void printProblems(const QList<CollectPreview::Problem> &problems);
    std::optional<ReportingRound> round(const QCommandLineParser &parser, const LedgerDocument &document);
    int fail(const QString &message, int exitCode = 1);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_refusal;
};

} // namespace Taizhang
