#pragma once

#include "report/taskselection.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace Taizhang {

// taizhang-cli: the headless commands other tools and our own checks rely on. Keep them stable.
//   import SOURCE... --into LEDGER [--year YYYY] [--format auto|ledger-table]
//   export LEDGER --format FORMAT [--report ledger|unit|meeting|notice|bulletin]   (FORMAT: ExporterRegistry's)
//          [--unit NAME] [--due-within DAYS] [--today DATE] --out FILE
//   list LEDGER [--unit NAME] [--status S] [--overdue] [--due-within DAYS] [--today DATE]
// Errors go to stderr with a non-zero exit code; a ledger is never half-written.
class CliRunner {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::CliRunner)

public:
    CliRunner(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    int import(const QStringList &arguments);
    int exportLedger(const QStringList &arguments);
    int list(const QStringList &arguments);
    static void addSelectionOptions(QCommandLineParser &parser);
    std::optional<TaskSelection> selection(const QCommandLineParser &parser);
    int usage(int exitCode);
    int fail(const QString &message, int exitCode = 1);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Taizhang
