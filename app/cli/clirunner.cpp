#include "clirunner.h"

#include "export/jsonexporter.h"
#include "import/importerregistry.h"
#include "model/clock.h"
#include "model/trafficlight.h"
#include "storage/ledgerstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
// Each subcommand's options, parsed from the arguments after the subcommand's name.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {u"taizhang-cli"_s} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

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
    (exitCode == 0 ? m_out : m_err) << CliRunner::tr(
        "Usage:\n"
        "  taizhang-cli import SOURCE... --into LEDGER [--year YYYY] [--format auto|ledger-table|policy-document]\n"
        "                      [--encoding UTF-8|GB18030|UTF-16LE|UTF-16BE|Big5]\n"
        "  taizhang-cli export LEDGER --format json [--out FILE]\n"
        "  taizhang-cli list LEDGER [--unit NAME] [--status STATUS] [--overdue] [--due-within DAYS] "
        "[--today YYYY-MM-DD]\n"
        "  taizhang-cli --version\n")
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
    if (!parse(parser, arguments, &error))
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

    LedgerStore store;
    const QString ledger = parser.value(u"into"_s);
    if (!store.open(ledger, LedgerStore::OpenMode::CreateOrOpen))
        return fail(store.lastError().message);
    if (store.insertDraft(combined).isEmpty())
        return fail(store.lastError().message);
    m_out << CliRunner::tr("Imported %1 tasks in %2 plans into %3.")
                 .arg(combined.taskCount())
                 .arg(combined.plans.size())
                 .arg(ledger)
          << Qt::endl;
    return 0;
}

int CliRunner::exportLedger(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"format"_s, CliRunner::tr("Export format: json."), u"FORMAT"_s, u"json"_s});
    parser.addOption({u"out"_s, CliRunner::tr("Output file; standard output when omitted."), u"FILE"_s});
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().size() != 1)
        return fail(CliRunner::tr("export needs exactly one LEDGER."), 2);
    if (parser.value(u"format"_s) != u"json")
        return fail(
            CliRunner::tr("unknown export format \"%1\"; this version writes json.").arg(parser.value(u"format"_s)), 2);

    LedgerStore store;
    if (!store.open(parser.positionalArguments().constFirst(), LedgerStore::OpenMode::ReadOnly))
        return fail(store.lastError().message);

    if (!parser.isSet(u"out"_s) || parser.value(u"out"_s) == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(out.errorString());
        const QString writeError = JsonExporter::write(store, &out);
        return writeError.isEmpty() ? 0 : fail(writeError);
    }
    // QSaveFile: a failed export leaves no partial file and the old one intact.
    QSaveFile out(parser.value(u"out"_s));
    if (!out.open(QIODevice::WriteOnly))
        return fail(CliRunner::tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    if (const QString writeError = JsonExporter::write(store, &out); !writeError.isEmpty()) {
        out.cancelWriting();
        return fail(CliRunner::tr("cannot write %1: %2").arg(out.fileName(), writeError));
    }
    if (!out.commit())
        return fail(CliRunner::tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    return 0;
}

int CliRunner::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"unit"_s, CliRunner::tr("Only tasks of this unit (lead or cooperating)."), u"NAME"_s});
    parser.addOption({u"status"_s, CliRunner::tr("Only tasks with this status."), u"STATUS"_s});
    parser.addOption({u"overdue"_s, CliRunner::tr("Only overdue tasks.")});
    parser.addOption({u"due-within"_s, CliRunner::tr("Only unfinished tasks due within DAYS from today."), u"DAYS"_s});
    parser.addOption({u"today"_s, CliRunner::tr("Take this date as today."), u"YYYY-MM-DD"_s});
    parser.addOption({u"due-soon-days"_s, CliRunner::tr("The due-soon window in days."), u"DAYS"_s,
        QString::number(TrafficLights::defaultDueSoonDays)});
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().size() != 1)
        return fail(CliRunner::tr("list needs exactly one LEDGER."), 2);

    QDate today = QDate::currentDate();
    if (parser.isSet(u"today"_s)) {
        today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
        if (!today.isValid())
            return fail(
                CliRunner::tr("--today must be a date such as 2021-07-01, not \"%1\".").arg(parser.value(u"today"_s)),
                2);
    }
    std::optional<TaskStatus> status;
    if (parser.isSet(u"status"_s)) {
        TaskStatus wanted;
        if (!TaskStatuses::fromString(parser.value(u"status"_s), &wanted))
            return fail(CliRunner::tr("unknown status \"%1\"; use not_started, in_progress, blocked, done or closed.")
                            .arg(parser.value(u"status"_s)),
                2);
        status = wanted;
    }
    bool ok = true;
    const int dueSoonDays = parser.value(u"due-soon-days"_s).toInt(&ok);
    if (!ok || dueSoonDays < 0)
        return fail(CliRunner::tr("--due-soon-days must be a number of days."), 2);
    std::optional<int> dueWithin;
    if (parser.isSet(u"due-within"_s)) {
        const int days = parser.value(u"due-within"_s).toInt(&ok);
        if (!ok || days < 0)
            return fail(CliRunner::tr("--due-within must be a number of days."), 2);
        dueWithin = days;
    }
    const bool overdueOnly = parser.isSet(u"overdue"_s);
    const QString unit = parser.value(u"unit"_s);

    LedgerStore store;
    if (!store.open(parser.positionalArguments().constFirst(), LedgerStore::OpenMode::ReadOnly))
        return fail(store.lastError().message);

    // One line per task, tab-separated: number, part, traffic light, due date, status, lead units, title.
    constexpr int pageSize = 5000;
    qint64 after = 0;
    for (;;) {
        const QList<Task> page = store.taskPage(after, pageSize);
        for (const Task &task : page) {
            if (status && task.status != *status)
                continue;
            if (!unit.isEmpty() && !task.leadUnits.contains(unit) && !task.coUnits.contains(unit))
                continue;
            const TrafficLight light = TrafficLights::of(task.deadline, task.status, today, dueSoonDays);
            if (overdueOnly || dueWithin) {
                const bool overdue = light == TrafficLight::Overdue;
                const int left = TrafficLights::daysLeft(task.deadline, today);
                const bool dueSoon = dueWithin && task.deadline.kind == Deadline::Kind::Date
                    && !TaskStatuses::isFinished(task.status) && left >= 0 && left <= *dueWithin;
                if (!(overdueOnly && overdue) && !dueSoon)
                    continue;
            }
            m_out << task.number << u'\t' << task.part << u'\t' << TrafficLights::id(light) << u'\t'
                  << (task.deadline.due.isValid() ? task.deadline.due.toString(Qt::ISODate) : u"-"_s) << u'\t'
                  << TaskStatuses::id(task.status) << u'\t' << task.leadUnits.join(u"、"_s) << u'\t' << task.title
                  << u'\n';
        }
        if (page.size() < pageSize)
            break;
        after = page.constLast().id;
    }
    m_out.flush();
    return 0;
}

} // namespace Taizhang
