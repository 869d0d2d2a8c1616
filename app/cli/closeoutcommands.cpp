#include "closeoutcommands.h"

#include "cliledger.h"
#include "clioptions.h"
#include "document/ledgercloseouts.h"
#include "document/ledgerdocument.h"
#include "export/exportfile.h"
#include "export/pdfexporter.h"
#include "rounds/closeoutform.h"
#include "rounds/evidencefile.h"

#include <QCommandLineParser>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
QString stateId(CloseOutRequest::State state)
{
    switch (state) {
    case CloseOutRequest::State::Pending: return u"pending"_s;
    case CloseOutRequest::State::Approved: return u"approved"_s;
    case CloseOutRequest::State::Returned: return u"returned"_s;
    }
    return {};
}

} // namespace

CloseOutCommands::CloseOutCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CloseOutCommands::fail(const QString &message, int exitCode)
{
    return CliLedger::fail(m_err, message, exitCode);
}

int CloseOutCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"request")
        return request(rest);
    if (command == u"decide")
        return decide(rest);
    if (command == u"list")
        return list(rest);
    if (command == u"form")
        return form(rest);
    if (command == u"evidence")
        return evidence(rest);
    return fail(tr("closeout takes request, decide, list, form or evidence, not \"%1\".").arg(command), 2);
}

namespace {
// The task a command names by its id; 0 with the reason said when there is none.
qint64 taskOf(const LedgerDocument &document, const QString &text, QTextStream &err)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || !document.store().task(id)) {
        CliLedger::fail(err, CloseOutCommands::tr("there is no task %1 in the ledger.").arg(text), 2);
        return 0;
    }
    return id;
}

// Parses, opens the ledger; 0 or the exit code. Refusals of the document land in `refusal`.
int prepare(QCommandLineParser &parser, const QStringList &arguments, LedgerDocument &document, bool write,
    int positionals, QString *refusal, QTextStream &err)
{
    parser.addOption({u"today"_s, CloseOutCommands::tr("Take this date as today."), u"YYYY-MM-DD"_s});
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return CliLedger::fail(err, error, 2);
    if (parser.positionalArguments().size() < positionals)
        return CliLedger::fail(err, CloseOutCommands::tr("name the ledger file and the task."), 2);
    QObject::connect(&document, &LedgerDocument::errorOccurred, [refusal](const QString &m) { *refusal = m; });
    if (const int failed = CliLedger::setToday(document, parser, err))
        return failed;
    return CliLedger::open(document, parser.positionalArguments().first(), write, err);
}
} // namespace

int CloseOutCommands::request(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"note"_s, tr("What was done: the close-out's reason."), u"TEXT"_s});
    parser.addOption({u"evidence"_s, tr("A file proving it (repeatable): PDF, PNG, JPEG, .docx, .xlsx."), u"FILE"_s});
    parser.addOption({u"unit"_s, tr("The unit asking; the task's lead unit when not given."), u"NAME"_s});
    LedgerDocument document;
    QString refusal;
    if (const int failed = prepare(parser, arguments, document, true, 2, &refusal, m_err))
        return failed;
    const qint64 taskId = taskOf(document, parser.positionalArguments().at(1), m_err);
    if (!taskId)
        return 2;
    if (parser.value(u"note"_s).trimmed().isEmpty())
        return fail(tr("say with --note what was done."), 2);
    CloseOutRequest r;
    r.taskId = taskId;
    r.note = parser.value(u"note"_s);
    r.unit = parser.isSet(u"unit"_s) ? parser.value(u"unit"_s) : document.store().task(taskId)->leadUnits.value(0);
    for (const QString &path : parser.values(u"evidence"_s)) {
        QString why;
        const std::optional<Evidence> e = EvidenceFile::read(path, document.closeOuts().maxEvidenceBytes(), &why);
        if (!e)
            return fail(why + u' ' + tr("Nothing was recorded."), 2);
        r.evidence.append(*e);
    }
    const qint64 id = document.closeOuts().requestCloseOut(r);
    if (!id)
        return fail(refusal, 2);
    m_out << id << Qt::endl;
    return 0;
}

int CloseOutCommands::decide(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"approve"_s, tr("Close the task out.")});
    parser.addOption({u"return"_s, tr("Send the request back (the task is open again).")});
    parser.addOption({u"note"_s, tr("The decision's note; when returning, the reason the unit reads."), u"TEXT"_s});
    parser.addOption({u"by"_s, tr("Who decides (default: this computer's user)."), u"NAME"_s});
    LedgerDocument document;
    QString refusal;
    if (const int failed = prepare(parser, arguments, document, true, 2, &refusal, m_err))
        return failed;
    const qint64 taskId = taskOf(document, parser.positionalArguments().at(1), m_err);
    if (!taskId)
        return 2;
    if (parser.isSet(u"approve"_s) == parser.isSet(u"return"_s))
        return fail(tr("say --approve or --return."), 2);
    const std::optional<CloseOutRequest> pending = document.closeOuts().pendingRequest(taskId);
    if (!pending)
        return fail(tr("task %1 has no close-out request waiting for a decision.").arg(parser.positionalArguments().at(1)), 2);
    const QString by = parser.isSet(u"by"_s) ? parser.value(u"by"_s) : document.author();
    const bool ok = parser.isSet(u"approve"_s) ? document.closeOuts().approve(pending->id, by, parser.value(u"note"_s))
                                               : document.closeOuts().returnRequest(pending->id, by, parser.value(u"note"_s));
    return ok ? 0 : fail(refusal, 2);
}

int CloseOutCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    LedgerDocument document;
    QString refusal;
    if (const int failed = prepare(parser, arguments, document, false, 1, &refusal, m_err))
        return failed;
    for (const CloseOutRequest &r : document.closeOuts().requests()) {
        const std::optional<Task> task = document.store().task(r.taskId);
        QStringList files;
        for (const Evidence &e : r.evidence)
            files.append(u"%1:%2"_s.arg(e.id).arg(e.name));
        m_out << r.id << u'\t' << (task ? task->number : QString::number(r.taskId)) << u'\t' << r.unit << u'\t'
              << r.requested.toString(Qt::ISODate) << u'\t' << stateId(r.state) << u'\t'
              << (r.decided.isValid() ? r.decided.toString(Qt::ISODate) : u"-"_s) << u'\t' << files.join(u' ') << Qt::endl;
    }
    return 0;
}

int CloseOutCommands::form(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_s, tr("The PDF to write."), u"FILE"_s});
    LedgerDocument document;
    QString refusal;
    if (const int failed = prepare(parser, arguments, document, false, 2, &refusal, m_err))
        return failed;
    if (!parser.isSet(u"out"_s))
        return fail(tr("name the PDF with --out FILE."), 2);
    QList<CloseOutForm::Entry> entries;
    for (const QString &text : parser.positionalArguments().mid(1)) {
        const qint64 taskId = taskOf(document, text, m_err);
        if (!taskId)
            return 2;
        const QList<CloseOutRequest> requests = document.closeOuts().requestsOf(taskId);
        if (requests.isEmpty())
            return fail(tr("task %1 has no close-out request.").arg(text), 2);
        entries.append({*document.store().task(taskId), requests.constLast()});
    }
    TaskSelection selection;
    selection.today = document.clock().today();
    CloseOutForm report(ReportContext::fromStore(document.store(), selection), entries);
    if (const QString error = PdfExporter::write(report, parser.value(u"out"_s)); !error.isEmpty())
        return fail(error);
    return 0;
}

int CloseOutCommands::evidence(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_s, tr("Where to save the copy."), u"FILE"_s});
    LedgerDocument document;
    QString refusal;
    if (const int failed = prepare(parser, arguments, document, false, 2, &refusal, m_err))
        return failed;
    const std::optional<QByteArray> data = document.store().evidenceData(parser.positionalArguments().at(1).toLongLong());
    if (!data)
        return fail(tr("there is no evidence %1 in the ledger.").arg(parser.positionalArguments().at(1)), 2);
    if (!parser.isSet(u"out"_s))
        return fail(tr("name the copy with --out FILE."), 2);
    const QString error = ExportFile::save(parser.value(u"out"_s),
        [&data](QIODevice *out) { return out->write(*data) == data->size() ? QString() : out->errorString(); });
    return error.isEmpty() ? 0 : fail(error);
}

} // namespace Taizhang
