#include "historycommand.h"

#include "cliledger.h"
#include "clioptions.h"
#include "document/ledgerdocument.h"
#include "export/csvexporter.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Taizhang {

HistoryCommand::HistoryCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int HistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"task"_s, tr("Only this task's changes."), u"TASK_ID"_s});
    parser.addOption({u"format"_s, tr("tsv or csv."), u"FORMAT"_s, u"tsv"_s});
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return CliLedger::fail(m_err, error, 2);
    if (parser.positionalArguments().isEmpty())
        return CliLedger::fail(m_err, tr("name the ledger file first."), 2);
    const QString format = parser.value(u"format"_s);
    if (format != u"tsv" && format != u"csv")
        return CliLedger::fail(m_err, tr("--format is tsv or csv, not \"%1\".").arg(format), 2);
    qint64 taskId = 0;
    if (parser.isSet(u"task"_s)) {
        bool ok = false;
        taskId = parser.value(u"task"_s).toLongLong(&ok);
        if (!ok || taskId <= 0)
            return CliLedger::fail(m_err, tr("--task takes a task id, not \"%1\".").arg(parser.value(u"task"_s)), 2);
    }
    LedgerDocument document;
    if (const int failed = CliLedger::open(document, parser.positionalArguments().first(), false, m_err))
        return failed;
    const bool csv = format == u"csv";
    auto cell = [csv](QString text) {
        if (csv)
            return CsvExporter::field(text);
        text.replace(u'\t', u' ').replace(u'\n', u' ');
        return text;
    };
    const QChar separator = csv ? u',' : u'\t';
    if (csv)
        m_out << QStringList {u"at"_s, u"who"_s, u"task"_s, u"field"_s, u"old"_s, u"new"_s, u"action"_s}.join(separator)
              << u"\r\n"_s;
    for (const HistoryEntry &e : document.store().history(taskId)) {
        m_out << QStringList {e.at.toUTC().toString(Qt::ISODate), cell(e.who), QString::number(e.taskId), e.field,
            cell(e.oldValue), cell(e.newValue), e.action}
                     .join(separator)
              << (csv ? u"\r\n"_s : u"\n"_s);
    }
    m_out.flush();
    return 0;
}

} // namespace Taizhang
