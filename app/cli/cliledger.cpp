#include "cliledger.h"

#include "document/ledgerdocument.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Taizhang {

int CliLedger::fail(QTextStream &err, const QString &message, int exitCode)
{
    err << u"taizhang-cli: "_s << message << Qt::endl;
    return exitCode;
}

int CliLedger::open(LedgerDocument &document, const QString &path, bool write, QTextStream &err)
{
    if (!document.open(path, write ? LedgerStore::OpenMode::OpenExisting : LedgerStore::OpenMode::ReadOnly))
        return fail(err, document.errorString().isEmpty() ? tr("%1 cannot be opened.").arg(path) : document.errorString(), 1);
    if (write && document.isReadOnly())
        return fail(err,
            document.readOnlyReason().isEmpty()
                ? tr("%1 cannot be written (read-only file or folder); nothing was changed.").arg(path)
                : document.readOnlyReason() + u' ' + tr("Nothing was changed."),
            1);
    return 0;
}

int CliLedger::setToday(LedgerDocument &document, const QCommandLineParser &parser, QTextStream &err)
{
    if (!parser.isSet(u"today"_s))
        return 0;
    const QDate today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
    if (!today.isValid())
        return fail(err, tr("--today must be a date such as 2024-07-01, not \"%1\".").arg(parser.value(u"today"_s)), 2);
    document.setClock(std::make_shared<FixedClock>(today));
    return 0;
}

} // namespace Taizhang
