#include "escalatecommand.h"

#include "cliledger.h"
#include "clioptions.h"
#include "document/ledgerdocument.h"
#include "export/pdfexporter.h"
#include "report/escalationladder.h"
#include "report/escalationnotice.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Taizhang {

EscalateCommand::EscalateCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int EscalateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"today"_s, tr("Take this date as today."), u"YYYY-MM-DD"_s});
    parser.addOption({u"issue"_s, tr("Record the notices due and print them (with --out).")});
    parser.addOption({u"out"_s, tr("The PDF to print the issued notices to."), u"FILE"_s});
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return CliLedger::fail(m_err, error, 2);
    if (parser.positionalArguments().isEmpty())
        return CliLedger::fail(m_err, tr("name the ledger file first."), 2);
    const bool issue = parser.isSet(u"issue"_s);
    if (issue && !parser.isSet(u"out"_s))
        return CliLedger::fail(m_err, tr("name the PDF with --out FILE to issue the notices."), 2);
    LedgerDocument document;
    if (const int failed = CliLedger::setToday(document, parser, m_err))
        return failed;
    if (const int failed = CliLedger::open(document, parser.positionalArguments().first(), issue, m_err))
        return failed;
    const EscalationRules rules = EscalationRules::load(document.store());
    const QList<DueEscalation> due = EscalationLadder::due(document.store(), rules, document.clock().today());
    for (const DueEscalation &d : due)
        m_out << EscalationLevels::id(d.level) << u'\t' << d.task.number << u'\t' << d.task.leadUnits.join(u'、')
              << u'\t' << d.daysOverdue << u'\t' << d.reason << Qt::endl;
    if (!issue || due.isEmpty())
        return 0;
    TaskSelection selection;
    selection.today = document.clock().today();
    EscalationNotice notices(ReportContext::fromStore(document.store(), selection, document.records()), due, rules);
    if (const QString failed = PdfExporter::write(notices, parser.value(u"out"_s)); !failed.isEmpty())
        return CliLedger::fail(m_err, failed, 1);
    return notices.issued().size() == due.size() ? 0 : 1;
}

} // namespace Taizhang
