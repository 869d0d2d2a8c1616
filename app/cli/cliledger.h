#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

class QCommandLineParser;

namespace Taizhang {

class LedgerDocument;

// How every CLI command that changes or reads a ledger through the document opens it: the same
// refusals (missing, locked, read-only, damaged) in the same words, and --today on its clock.
class CliLedger {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::CliLedger)

public:
    // 0 when open (for writing when `write`), else the exit code with the reason written to `err`.
    static int open(LedgerDocument &document, const QString &path, bool write, QTextStream &err);
    // The parser's --today (if set) as the document's today; 0, or 2 with the reason said.
    static int setToday(LedgerDocument &document, const QCommandLineParser &parser, QTextStream &err);
    static int fail(QTextStream &err, const QString &message, int exitCode);
};

} // namespace Taizhang
