#include "roundcommands.h"

#include "cliledger.h"
#include "clioptions.h"
#include "document/ledgerdocument.h"
#include "document/ledgerrounds.h"
#include "export/pdfexporter.h"
#include "report/reportsettings.h"
#include "rounds/chasenotice.h"
#include "rounds/returncollector.h"
#include "rounds/returnsheetprint.h"
#include "rounds/returnsheetreader.h"
#include "rounds/returnsheetwriter.h"
#include "report/roundboard.h"
#include "rounds/roundplanner.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Taizhang {

RoundCommands::RoundCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int RoundCommands::fail(const QString &message, int exitCode)
{
    m_err << u"taizhang-cli: "_s << message << Qt::endl;
    return exitCode;
}

int RoundCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"open")
        return open(rest);
    if (command == u"sheets")
        return sheets(rest);
    if (command == u"collect")
        return collect(rest);
    if (command == u"status")
        return status(rest);
    if (command == u"chase")
        return chase(rest);
    if (command == u"list")
        return list(rest);
    if (command == u"close")
        return close(rest);
    return fail(tr("round takes open, sheets, collect, status, chase, list or close, not \"%1\".").arg(command), 2);
}

int RoundCommands::prepare(QCommandLineParser &parser, const QStringList &arguments, LedgerDocument &document, bool write)
{
    QObject::connect(&document, &LedgerDocument::errorOccurred, [this](const QString &m) { m_refusal = m; });
    parser.addOption({u"round"_s, tr("The reporting round, by name."), u"NAME"_s});
    parser.addOption({u"today"_s, tr("Take this date as today."), u"YYYY-MM-DD"_s});
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().isEmpty())
        return fail(tr("name the ledger file first."), 2);
    if (const int failed = CliLedger::setToday(document, parser, m_err))
        return failed;
    return CliLedger::open(document, parser.positionalArguments().first(), write, m_err);
}

int RoundCommands::withRound(QCommandLineParser &parser, const QStringList &arguments, bool write,
    const std::function<int(LedgerDocument &, const ReportingRound &)> &body)
{
    LedgerDocument document;
    if (const int failed = prepare(parser, arguments, document, write))
        return failed;
    const std::optional<ReportingRound> r = round(parser, document);
    return r ? body(document, *r) : 2;
}

void RoundCommands::printProblems(const QList<CollectPreview::Problem> &problems)
{
    for (const CollectPreview::Problem &p : problems)
        m_out << (p.severity == CollectPreview::Problem::Severity::Error ? u"  error: "_s : u"  warning: "_s) << p.text
              << Qt::endl;
}


std::optional<ReportingRound> RoundCommands::round(const QCommandLineParser &parser, const LedgerDocument &document)
{
    if (!parser.isSet(u"round"_s)) {
        fail(tr("name the round with --round NAME."), 2);
        return std::nullopt;
    }
    std::optional<ReportingRound> found = document.rounds().roundNamed(parser.value(u"round"_s));
    if (!found) {
        QStringList names;
        for (const ReportingRound &r : document.rounds().rounds())
            names.append(r.name);
        fail(names.isEmpty() ? tr("the ledger has no reporting round yet; open one with round open.")
                             : tr("there is no round named \"%1\" (the ledger has: %2).")
                                   .arg(parser.value(u"round"_s), names.join(tr(", "))));
    }
    return found;
}

int RoundCommands::open(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"name"_s, tr("The round's name, such as 2024年6月."), u"NAME"_s});
    parser.addOption({u"due"_s, tr("When sheets are due back."), u"YYYY-MM-DD"_s});
    parser.addOption({u"period-end"_s, tr("The last day the round reports on."), u"YYYY-MM-DD"_s});
    parser.addOption({u"unit"_s, tr("Only this unit reports (repeatable)."), u"NAME"_s});
    LedgerDocument document;
    if (const int failed = prepare(parser, arguments, document, true))
        return failed;
    RoundPlanner::Request request;
    request.name = parser.value(u"name"_s);
    request.due = QDate::fromString(parser.value(u"due"_s), Qt::ISODate);
    if (!request.due.isValid())
        return fail(tr("--due must be a date such as 2024-07-05, not \"%1\".").arg(parser.value(u"due"_s)), 2);
    if (parser.isSet(u"period-end"_s)) {
        request.periodEnd = QDate::fromString(parser.value(u"period-end"_s), Qt::ISODate);
        if (!request.periodEnd.isValid())
            return fail(tr("--period-end must be a date such as 2024-06-30, not \"%1\".").arg(parser.value(u"period-end"_s)), 2);
    }
    request.units = parser.values(u"unit"_s);
    const QStringList known = document.store().unitNames();
    for (const QString &unit : std::as_const(request.units)) {
        if (!known.contains(unit))
            return fail(tr("the ledger names no unit \"%1\".").arg(unit), 2);
    }
    const ReportingRound planned = RoundPlanner::plan(document, request);
    if (!document.rounds().openRound(planned))
        return fail(m_refusal);
    m_out << planned.name.trimmed() << u'\t' << planned.units().size() << u'\t' << planned.assignments.size() << Qt::endl;
    return 0;
}

int RoundCommands::sheets(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_s, tr("The folder to write the sheets into."), u"DIR"_s});
    parser.addOption({u"format"_s, tr("xlsx (to fill in) or pdf (to print)."), u"FORMAT"_s, u"xlsx"_s});
    parser.addOption({u"unit"_s, tr("Only this unit's sheet (repeatable)."), u"NAME"_s});
    return withRound(parser, arguments, false, [&](LedgerDocument &document, const ReportingRound &r) {
        return writeSheets(parser, document, r);
    });
}

int RoundCommands::writeSheets(const QCommandLineParser &parser, const LedgerDocument &document, const ReportingRound &r)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"xlsx" && format != u"pdf")
        return fail(tr("--format is xlsx or pdf, not \"%1\".").arg(format), 2);
    if (!parser.isSet(u"out"_s))
        return fail(tr("name the folder with --out DIR."), 2);
    const QDir dir(parser.value(u"out"_s));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return fail(tr("the folder %1 cannot be made.").arg(dir.path()));
    const QList<ReturnSheet> sheets = ReturnSheet::forRound(document, r, parser.values(u"unit"_s));
    if (sheets.isEmpty())
        return fail(tr("no unit of those named reports in the round %1.").arg(r.name));
    TaskSelection selection;
    selection.today = document.clock().today();
    const ReportContext context = ReportContext::fromStore(document.store(), selection);
    for (const ReturnSheet &sheet : sheets) {
        const QString path = dir.filePath(sheet.fileName(format));
        QString error;
        if (format == u"xlsx") {
            error = ReturnSheetWriter::write(sheet, path);
        } else {
            ReturnSheetPrint print(context, {sheet});
            error = PdfExporter::write(print, path);
        }
        if (!error.isEmpty())
            return fail(error);
        m_out << path << Qt::endl;
    }
    return 0;
}

int RoundCommands::collect(const QStringList &arguments)
{
    QCommandLineParser parser;
    return withRound(parser, arguments, true, [&](LedgerDocument &document, const ReportingRound &r) {
        const QStringList files = ReturnSheetReader::expand(parser.positionalArguments().mid(1));
        if (files.isEmpty())
            return fail(tr("name the returned sheets to collect."), 2);
        const ReturnCollector collector(document, r);
        const CollectPreview preview = collector.preview(files);
        const CollectedReturns returns = collector.collected(preview);
        const bool stored = returns.isEmpty() || document.rounds().collect(returns);
        if (!stored)
            fail(m_refusal);
        for (const CollectPreview::File &file : preview.files) {
            const QString outcome = file.refused ? u"refused"_s
                : file.superseded                ? u"superseded"_s
                : !stored                        ? u"not stored"_s
                                                 : u"stored"_s;
            m_out << file.path << u'\t' << (file.unit.isEmpty() ? u"-"_s : file.unit) << u'\t' << file.acceptedRows()
                  << u'\t' << outcome << Qt::endl;
            printProblems(file.problems);
            for (const CollectPreview::Row &row : file.rows)
                printProblems(row.problems);
        }
        if (!stored)
            return 1;
        return preview.anyRefused() ? 2 : 0;
    });
}

int RoundCommands::status(const QStringList &arguments)
{
    QCommandLineParser parser;
    return withRound(parser, arguments, false, [this](LedgerDocument &document, const ReportingRound &r) {
        const RoundBoard board = RoundBoard::of(document.store(), r, document.clock().today());
        for (const RoundBoard::Unit &unit : board.units)
            m_out << unit.name << u'\t' << unit.tasks << u'\t' << unit.reported << u'\t'
                  << (unit.missing() ? u"missing"_s : unit.returned.toString(Qt::ISODate)) << u'\t'
                  << (unit.late ? u"yes"_s : u"no"_s) << Qt::endl;
        return 0;
    });
}

int RoundCommands::chase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_s, tr("The PDF to write the reminders to."), u"FILE"_s});
    return withRound(parser, arguments, false, [&](LedgerDocument &document, const ReportingRound &r) {
        const std::unique_ptr<ChaseNotice> notice = ChaseNotice::forRound(document, r);
        if (const QString empty = notice->emptyMessage(); !empty.isEmpty()) {
            m_err << empty << Qt::endl;
            return 0;
        }
        if (parser.isSet(u"out"_s)) {
            if (const QString error = PdfExporter::write(*notice, parser.value(u"out"_s)); !error.isEmpty())
                return fail(error);
        }
        m_out << notice->messages() << Qt::endl;
        return 0;
    });
}

int RoundCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    LedgerDocument document;
    if (const int failed = prepare(parser, arguments, document, false))
        return failed;
    for (const ReportingRound &r : document.rounds().rounds())
        m_out << r.name << u'\t' << r.opened.toString(Qt::ISODate) << u'\t' << r.due.toString(Qt::ISODate) << u'\t'
              << (r.isOpen() ? u"open"_s : u"closed"_s) << Qt::endl;
    return 0;
}

int RoundCommands::close(const QStringList &arguments)
{
    QCommandLineParser parser;
    return withRound(parser, arguments, true, [this](LedgerDocument &document, const ReportingRound &r) {
        return document.rounds().closeRound(r.id) ? 0 : fail(m_refusal);
    });
}

} // namespace Taizhang
