// A writer to be killed: opens a ledger through LedgerDocument and edits it for ever, one task's
// remarks after another ("edit N"), printing N on its own line once the edit is reported saved.
// Used by killwhileediting_test.cpp, which kills it with SIGKILL at random moments.
#include "document/ledgerdocument.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const int tasks = QString::fromLocal8Bit(argv[2]).toInt();
    Taizhang::LedgerDocument document;
    if (!document.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(document.errorString()));
        return 1;
    }
    const int start = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 0;
    for (int n = start;; ++n) {
        const qint64 task = n % tasks + 1;
        if (!document.setTaskField(task, Taizhang::TaskField::Remarks, QStringLiteral("edit %1").arg(n)))
            return 1;
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}
