#include "clirunner.h"

#include "clioptions.h"
#include "document/ledgerdocument.h"
#include "export/exporterregistry.h"
#include "import/importerregistry.h"
#include "ledgeredits.h"
#include "closeoutcommands.h"
#include "roundcommands.h"
#include "escalatecommand.h"
#include "historycommand.h"
#include "scorecommand.h"
#include "model/clock.h"
#include "model/trafficlight.h"
#include "report/report.h"
#include "settings/preferences.h"
#include "storage/ledgerstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Taizhang {

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CliRunner::fail(const QString &message, int exitCode)
{
    m_err << u"taizhang-cli: "_s << message << Qt::endl;
    return exitCode;
}

int CliRunner::usage(int exitCode)
{
    // The export formats are the registry's: a format added there is listed here.
    const QString formats = ExporterRegistry::instance().formatIds().join(u'|');
    (exitCode == 0 ? m_out : m_err) << CliRunner::tr(
        "Usage:\n"
        "  taizhang-cli import SOURCE... --into LEDGER [--year YYYY] [--format auto|ledger-table|policy-document]\n"
        "                      [--encoding UTF-8|GB18030|UTF-16LE|UTF-16BE|Big5]\n"
        "  taizhang-cli export LEDGER --format %1 [--report ledger|unit|meeting|notice|bulletin]\n"
        "                      [--unit NAME] [--due-within DAYS] [--today YYYY-MM-DD] --out FILE\n"
        "  taizhang-cli list LEDGER [--unit NAME] [--status STATUS] [--overdue] [--due-within DAYS] "
        "[--today YYYY-MM-DD]\n"
        "  taizhang-cli task add LEDGER --plan PLAN_ID --section TITLE --title TEXT [--number N] [--requirement TEXT]\n"
        "                      [--lead UNITS] [--co UNITS] [--deadline TEXT] [--after TASK_ID]   (prints the new id)\n"
        "  taizhang-cli task set LEDGER TASK_ID FIELD VALUE   (title requirement lead co leaders deadline status\n"
        "                      number problems remarks)\n"
        "  taizhang-cli task delete LEDGER TASK_ID...\n"
        "  taizhang-cli task move LEDGER TASK_ID --section TITLE [--before TASK_ID]\n"
        "  taizhang-cli plan set LEDGER PLAN_ID FIELD VALUE   (title doc_number issuer issued year)\n"
        "  taizhang-cli progress add LEDGER TASK_ID --unit NAME [--percent P] --text TEXT [--date YYYY-MM-DD]\n"
        "                      [--author NAME]\n"
        "  taizhang-cli round open LEDGER --name NAME --due YYYY-MM-DD [--period-end YYYY-MM-DD] [--unit NAME]...\n"
        "                      [--today YYYY-MM-DD]   (prints: name, units, tasks)\n"
        "  taizhang-cli round sheets LEDGER --round NAME --out DIR [--format xlsx|pdf] [--unit NAME]...\n"
        "  taizhang-cli round collect LEDGER --round NAME FILE... [--today YYYY-MM-DD]   (exit 2: a file refused)\n"
        "  taizhang-cli round status LEDGER --round NAME [--today YYYY-MM-DD]\n"
        "                      (unit, tasks, reported, returned date or missing, late yes/no)\n"
        "  taizhang-cli round chase LEDGER --round NAME [--out FILE.pdf] [--today YYYY-MM-DD]\n"
        "  taizhang-cli round list LEDGER\n"
        "  taizhang-cli round close LEDGER --round NAME [--today YYYY-MM-DD]\n"
        "  taizhang-cli closeout request LEDGER TASK_ID --note TEXT [--evidence FILE]... [--unit NAME]\n"
        "  taizhang-cli closeout decide LEDGER TASK_ID --approve|--return --note TEXT [--by NAME]\n"
        "  taizhang-cli closeout list LEDGER\n"
        "  taizhang-cli closeout form LEDGER TASK_ID... --out FILE.pdf\n"
        "  taizhang-cli closeout evidence LEDGER EVIDENCE_ID --out FILE\n"
        "  taizhang-cli score LEDGER --from YYYY-MM-DD --to YYYY-MM-DD [--format tsv|pdf|xlsx] [--out FILE]\n"
        "                      [--today YYYY-MM-DD]   (rank, unit, score, then each rule's points)\n"
        "  taizhang-cli history LEDGER [--task TASK_ID] [--format tsv|csv]\n"
        "                      (when, who, task, field, old value, new value, action)\n"
        "  taizhang-cli escalate LEDGER [--today YYYY-MM-DD] [--issue --out FILE.pdf]\n"
        "                      (level, task number, lead units, days overdue, reason)\n"
        "  taizhang-cli --version\n")
                                           .arg(formats)
                                    << Qt::flush;
    return exitCode;
}

int CliRunner::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(2);
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--version" || command == u"-v") {
        m_out << u"taizhang-cli " TAIZHANG_VERSION ""_s << Qt::endl;
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help")
        return usage(0);
    if (command == u"import")
        return import(rest);
    if (command == u"export")
        return exportLedger(rest);
    if (command == u"list")
        return list(rest);
    LedgerEdits edits(m_out, m_err);
    if (command == u"task")
        return edits.task(rest);
    if (command == u"plan")
        return edits.plan(rest);
    if (command == u"progress")
        return edits.progress(rest);
    if (command == u"round")
        return RoundCommands(m_out, m_err).run(rest);
    if (command == u"closeout")
        return CloseOutCommands(m_out, m_err).run(rest);
    if (command == u"score")
        return ScoreCommand(m_out, m_err).run(rest);
    if (command == u"history")
        return HistoryCommand(m_out, m_err).run(rest);
    if (command == u"escalate")
        return EscalateCommand(m_out, m_err).run(rest);
    fail(CliRunner::tr("unknown command \"%1\".").arg(command));
    return usage(2);
}

int CliRunner::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"into"_s, CliRunner::tr("Ledger file to import into (created when missing)."), u"LEDGER"_s});
    parser.addOption({u"year"_s, CliRunner::tr("The plan's year, for deadlines that name none."), u"YYYY"_s});
    parser.addOption(
        {u"format"_s, CliRunner::tr("Source format: auto, ledger-table or policy-document."), u"FORMAT"_s, u"auto"_s});
    parser.addOption({u"encoding"_s, CliRunner::tr("Encoding of text sources; detected when not given."), u"NAME"_s});
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().isEmpty() || !parser.isSet(u"into"_s))
        return fail(CliRunner::tr("import needs at least one SOURCE and --into LEDGER."), 2);
    ImportOptions options;
    if (parser.isSet(u"year"_s)) {
        bool ok = false;
        options.year = parser.value(u"year"_s).toInt(&ok);
        if (!ok || options.year < 1949 || options.year > 2200)
            return fail(
                CliRunner::tr("--year must be a year such as 2021, not \"%1\".").arg(parser.value(u"year"_s)), 2);
    }

    options.encoding = parser.value(u"encoding"_s);
    options.today = QDate::currentDate(); // the CLI's clock
    if (!options.encoding.isEmpty() && !SourceText::knownEncodings().contains(options.encoding, Qt::CaseInsensitive))
        return fail(CliRunner::tr("unknown encoding \"%1\"; known: %2.")
                        .arg(options.encoding, SourceText::knownEncodings().join(u", ")),
            2);

    // Read every source first: one that fails means nothing is stored.
    const ImporterRegistry registry;
    const ImportDraft combined = registry.importFiles(parser.positionalArguments(), parser.value(u"format"_s), options);
    for (const ImportIssue &issue : combined.issues) {
        const bool isError = issue.severity == ImportIssue::Severity::Error;
        m_err << (isError ? CliRunner::tr("error") : CliRunner::tr("warning")) << u": "_s << issue.position() << u": "_s
              << issue.message << Qt::endl;
    }
    if (combined.hasErrors())
        return fail(CliRunner::tr("nothing was imported."));

    const QString ledger = parser.value(u"into"_s);
    LedgerDocument document; // locks the ledger: never two writers, not while a Taizhang window has it
    if (!document.open(ledger, LedgerStore::OpenMode::CreateOrOpen)) {
        if (document.isLockBreakable())
            return fail(document.errorString() + u' '
                + CliRunner::tr("To remove the mark, open the ledger in Taizhang. Nothing was imported."));
        if (document.isLockedElsewhere())
            return fail(CliRunner::tr("%1 is open in Taizhang (%2); close it there first. Nothing was imported.")
                            .arg(ledger, document.lockHolder()));
        return fail(document.errorString());
    }
    if (document.isReadOnly()) // no lock could be made (a full disk): never a writer without one
        return fail(document.readOnlyReason() + u' ' + CliRunner::tr("Nothing was imported."));
    if (!document.importDraft(combined, CliRunner::tr("Import")))
        return fail(document.errorString());
    m_out << CliRunner::tr("Imported %1 tasks in %2 plans into %3.")
                 .arg(combined.taskCount())
                 .arg(combined.plans.size())
                 .arg(ledger)
          << Qt::endl;
    return 0;
}

// The options export and list share: which tasks, as of which day.
void CliRunner::addSelectionOptions(QCommandLineParser &parser)
{
    parser.addOption({u"unit"_s, CliRunner::tr("Only tasks of this unit (lead or cooperating)."), u"NAME"_s});
    parser.addOption({u"status"_s, CliRunner::tr("Only tasks with this status."), u"STATUS"_s});
    parser.addOption({u"overdue"_s, CliRunner::tr("Only overdue tasks.")});
    parser.addOption({u"due-within"_s, CliRunner::tr("Only unfinished tasks due within DAYS from today."), u"DAYS"_s});
    parser.addOption({u"today"_s, CliRunner::tr("Take this date as today."), u"YYYY-MM-DD"_s});
    parser.addOption({u"due-soon-days"_s, CliRunner::tr("The due-soon window in days."), u"DAYS"_s,
        QString::number(TrafficLights::defaultDueSoonDays)});
}

std::optional<TaskSelection> CliRunner::selection(const QCommandLineParser &parser)
{
    TaskSelection selection;
    selection.today = QDate::currentDate();
    if (parser.isSet(u"today"_s)) {
        selection.today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
        if (!selection.today.isValid()) {
            fail(CliRunner::tr("--today must be a date such as 2021-07-01, not \"%1\".").arg(parser.value(u"today"_s)),
                2);
            return std::nullopt;
        }
    }
    if (parser.isSet(u"status"_s)) {
        TaskStatus wanted;
        if (!TaskStatuses::fromString(parser.value(u"status"_s), &wanted)) {
            fail(CliRunner::tr("unknown status \"%1\"; use not_started, in_progress, blocked, done or closed.")
                     .arg(parser.value(u"status"_s)),
                2);
            return std::nullopt;
        }
        selection.status = wanted;
    }
    bool ok = true;
    selection.dueSoonDays = parser.value(u"due-soon-days"_s).toInt(&ok);
    if (!ok || selection.dueSoonDays < 0) {
        fail(CliRunner::tr("--due-soon-days must be a number of days."), 2);
        return std::nullopt;
    }
    if (parser.isSet(u"due-within"_s)) {
        const int days = parser.value(u"due-within"_s).toInt(&ok);
        if (!ok || days < 0) {
            fail(CliRunner::tr("--due-within must be a number of days."), 2);
            return std::nullopt;
        }
        selection.dueWithin = days;
    }
    selection.overdue = parser.isSet(u"overdue"_s);
    selection.unit = parser.value(u"unit"_s);
    return selection;
}

int CliRunner::exportLedger(const QStringList &arguments)
{
    const ExporterRegistry &registry = ExporterRegistry::instance();
    QCommandLineParser parser;
    parser.addOption({u"format"_s, CliRunner::tr("Export format: %1.").arg(registry.formatIds().join(u", ")),
        u"FORMAT"_s, u"json"_s});
    parser.addOption({u"report"_s, CliRunner::tr("What to export: ledger, unit, meeting, notice or bulletin."),
        u"REPORT"_s, u"ledger"_s});
    parser.addOption({u"out"_s, CliRunner::tr("Output file; standard output when omitted (json and csv)."), u"FILE"_s});
    addSelectionOptions(parser);
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().size() != 1)
        return fail(CliRunner::tr("export needs exactly one LEDGER."), 2);
    const QString format = parser.value(u"format"_s);
    const LedgerExporter *exporter = registry.find(format);
    if (!exporter)
        return fail(CliRunner::tr("unknown export format \"%1\"; use %2.")
                        .arg(format, registry.formatIds().join(CliRunner::tr(", "))),
            2);
    Report::Kind kind;
    if (!Report::fromId(parser.value(u"report"_s), &kind))
        return fail(CliRunner::tr("unknown report \"%1\"; use ledger, unit, meeting, notice or bulletin.")
                        .arg(parser.value(u"report"_s)),
            2);
    if (!exporter->writes(kind))
        return fail(CliRunner::tr("%1 cannot hold the %2 report; export it as %3.")
                        .arg(format, parser.value(u"report"_s), registry.formatsFor(kind).join(CliRunner::tr(" or "))),
            2);
    const bool toStdout = !parser.isSet(u"out"_s) || parser.value(u"out"_s) == u"-";
    if (toStdout && !exporter->writesStreams())
        return fail(CliRunner::tr("%1 needs --out FILE.").arg(format), 2);
    std::optional<TaskSelection> chosen = selection(parser);
    if (!chosen)
        return 2;
    // The meeting sheet's window is --due-within; the selection itself then keeps every task.
    const int meetingDays = chosen->dueWithin.value_or(chosen->dueSoonDays);
    if (kind == Report::Kind::Meeting)
        chosen->dueWithin.reset();

    // Notices and bulletins are recorded in the ledger (numbers, figures), through the document;
    // the rest only read it.
    const QString ledger = parser.positionalArguments().constFirst();
    LedgerDocument document;
    if (!Report::recordsIssues(kind) || !document.open(ledger, LedgerStore::OpenMode::OpenExisting)) {
        const bool wanted = Report::recordsIssues(kind);
        const bool lockedOrReadOnly
            = document.isLockedElsewhere() || document.store().lastError().kind == StoreError::Kind::ReadOnly;
        if (wanted && !lockedOrReadOnly)
            return fail(document.errorString());
        if (!document.open(ledger, LedgerStore::OpenMode::ReadOnly))
            return fail(document.errorString());
        if (wanted)
            m_err << CliRunner::tr("warning: %1 cannot be written now (%2), so this %3 is not recorded in it.")
                         .arg(ledger,
                             document.isLockedElsewhere() ? CliRunner::tr("it is open in Taizhang")
                                                          : CliRunner::tr("it is read-only"),
                             Report::label(kind))
                  << Qt::endl;
    }
    ExportJob job;
    job.context
        = ReportContext::fromStore(document.store(), *chosen, document.records(), Preferences::load().officeName);
    job.context.meetingDays = meetingDays;
    job.report = kind;
    job.path = parser.value(u"out"_s);
    QFile stdOut;
    if (toStdout) {
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return fail(stdOut.errorString());
        job.stream = &stdOut;
    }
    const ExportResult result = exporter->exportLedger(job);
    if (!result.nothingToExport.isEmpty())
        return fail(result.nothingToExport);
    if (!result.error.isEmpty())
        return fail(result.error);
    if (result.pages >= 0)
        m_out << CliRunner::tr("Wrote %1 (%n page(s)).", nullptr, result.pages).arg(job.path) << Qt::endl;
    return 0;
}

int CliRunner::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    addSelectionOptions(parser);
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().size() != 1)
        return fail(CliRunner::tr("list needs exactly one LEDGER."), 2);
    const std::optional<TaskSelection> chosen = selection(parser);
    if (!chosen)
        return 2;

    const QString ledger = parser.positionalArguments().constFirst();
    QString unsupported;
    const std::unique_ptr<LedgerStore> opened = LedgerStore::create(ledger, &unsupported);
    if (!opened)
        return fail(unsupported);
    LedgerStore &store = *opened;
    if (!store.open(ledger, LedgerStore::OpenMode::ReadOnly))
        return fail(store.lastError().message);

    // One line per task, tab-separated: number, part, traffic light, due date, status, lead units, title.
    storeFeed(store, *chosen)([this](const Task &task, TrafficLight light) {
        m_out << task.number << u'\t' << task.part << u'\t' << TrafficLights::id(light) << u'\t'
              << (task.deadline.due.isValid() ? task.deadline.due.toString(Qt::ISODate) : u"-"_s) << u'\t'
              << TaskStatuses::id(task.status) << u'\t' << task.leadUnits.join(u"、"_s) << u'\t' << task.title << u'\n';
        return true;
    });
    m_out.flush();
    return 0;
}

} // namespace Taizhang
