#include "scorecommand.h"

#include "cliledger.h"
#include "clioptions.h"
#include "document/ledgerdocument.h"
#include "export/exportfile.h"
#include "export/pdfexporter.h"
#include "export/scoreworkbook.h"
#include "report/scorereport.h"
#include "report/unitscores.h"

#include <QCommandLineParser>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Taizhang {

ScoreCommand::ScoreCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int ScoreCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"from"_s, tr("The period's first day."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("The period's last day."), u"YYYY-MM-DD"_s});
    parser.addOption({u"format"_s, tr("tsv, pdf or xlsx."), u"FORMAT"_s, u"tsv"_s});
    parser.addOption({u"out"_s, tr("Output file; standard output when omitted (tsv)."), u"FILE"_s});
    parser.addOption({u"today"_s, tr("Take this date as today."), u"YYYY-MM-DD"_s});
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return CliLedger::fail(m_err, error, 2);
    if (parser.positionalArguments().isEmpty())
        return CliLedger::fail(m_err, tr("name the ledger file first."), 2);
    const QDate from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from)
        return CliLedger::fail(m_err, tr("--from and --to must be days such as 2024-01-01 and 2024-12-31, the first not after the last."), 2);
    const QString format = parser.value(u"format"_s);
    if (format != u"tsv" && format != u"pdf" && format != u"xlsx")
        return CliLedger::fail(m_err, tr("--format is tsv, pdf or xlsx, not \"%1\".").arg(format), 2);
    if (format != u"tsv" && !parser.isSet(u"out"_s))
        return CliLedger::fail(m_err, tr("name the file with --out FILE."), 2);
    LedgerDocument document;
    if (const int failed = CliLedger::setToday(document, parser, m_err))
        return failed;
    if (const int failed = CliLedger::open(document, parser.positionalArguments().first(), false, m_err))
        return failed;

    const UnitScores scores
        = UnitScores::of(document.store(), ScoreScheme::load(document.store()), from, to, document.clock().today());
    if (format == u"xlsx") {
        const QString failed = ScoreWorkbook::write(scores, parser.value(u"out"_s));
        return failed.isEmpty() ? 0 : CliLedger::fail(m_err, failed, 1);
    }
    if (format == u"pdf") {
        TaskSelection selection;
        selection.today = document.clock().today();
        ScoreReport report(ReportContext::fromStore(document.store(), selection), scores);
        const QString failed = PdfExporter::write(report, parser.value(u"out"_s));
        return failed.isEmpty() ? 0 : CliLedger::fail(m_err, failed, 1);
    }
    QString text;
    QTextStream lines(&text);
    for (const UnitScores::Unit &unit : scores.units) {
        lines << unit.rank << u'\t' << unit.name << u'\t' << QString::number(unit.score, 'f', 1);
        for (ScoreScheme::Rule rule : ScoreScheme::rules)
            lines << u'\t' << QString::number(unit.byRule[rule], 'f', 1);
        lines << u'\n';
    }
    lines.flush();
    if (!parser.isSet(u"out"_s) || parser.value(u"out"_s) == u"-") {
        m_out << text << Qt::flush;
        return 0;
    }
    const QByteArray bytes = text.toUtf8();
    const QString failed = ExportFile::save(parser.value(u"out"_s),
        [&bytes](QIODevice *out) { return out->write(bytes) == bytes.size() ? QString() : out->errorString(); });
    return failed.isEmpty() ? 0 : CliLedger::fail(m_err, failed, 1);
}

} // namespace Taizhang
