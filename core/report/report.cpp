#include "report.h"

#include "ledgerreport.h"
#include "meetingsheet.h"
#include "monthlybulletin.h"
#include "reportwriter.h"
#include "storage/ledgerstore.h"
#include "supervisionnotice.h"
#include "unittasksheet.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

ReportContext ReportContext::fromStore(
    const LedgerStore &store, const TaskSelection &selection, ReportRecords *records, const QString &defaultOffice)
{
    ReportContext context;
    context.plans = store.plans();
    context.sections = store.sections();
    context.settings = ReportSettings::load(store, defaultOffice);
    context.selection = selection;
    context.tasks = storeFeed(store, selection);
    context.records = records;
    context.ledger = &store;
    return context;
}

std::unique_ptr<Report> Report::create(Kind kind, const ReportContext &context)
{
    switch (kind) {
    case Kind::Ledger: return std::make_unique<LedgerReport>(context);
    case Kind::Unit: return std::make_unique<UnitTaskSheet>(context);
    case Kind::Meeting: return std::make_unique<MeetingSheet>(context);
    case Kind::Notice: return std::make_unique<SupervisionNotice>(context);
    case Kind::Bulletin: return std::make_unique<MonthlyBulletin>(context);
    }
    return nullptr;
}

QString Report::id(Kind kind)
{
    switch (kind) {
    case Kind::Ledger: return u"ledger"_s;
    case Kind::Unit: return u"unit"_s;
    case Kind::Meeting: return u"meeting"_s;
    case Kind::Notice: return u"notice"_s;
    case Kind::Bulletin: return u"bulletin"_s;
    }
    return {};
}

bool Report::fromId(const QString &text, Kind *kind)
{
    for (const Kind candidate : kinds) {
        if (id(candidate) == text) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString Report::label(Kind kind)
{
    switch (kind) {
    case Kind::Ledger: return tr("Task ledger");
    case Kind::Unit: return tr("Unit task sheets");
    case Kind::Meeting: return tr("Meeting sheet");
    case Kind::Notice: return tr("Supervision notices");
    case Kind::Bulletin: return tr("Monthly bulletin");
    }
    return {};
}

QString Report::longDate(const QDate &date)
{
    return tr("%1-%2-%3", "a date as printed: year, month, day").arg(date.year()).arg(date.month()).arg(date.day());
}

QString Report::dateLine(const ReportContext &context)
{
    const QString asOf = tr("As of %1").arg(longDate(context.selection.today));
    if (context.settings.officeName.isEmpty())
        return asOf;
    return tr("%1    %2").arg(context.settings.officeName, asOf);
}

void Report::prepare()
{
    if (m_prepared)
        return;
    gather();
    m_prepared = true;
}

QString Report::print(QPagedPaintDevice *device)
{
    prepare();
    if (const QString empty = emptyMessage(); !empty.isEmpty())
        return empty;
    ReportWriter writer(device);
    writer.setRunningTitle(title());
    if (!writer.print(orientation(), [this](ReportWriter &w) { write(w); }))
        return tr("The report could not be printed (is the disk full or the printer gone?).");
    m_pageCount = writer.pageCount();
    return {};
}

} // namespace Taizhang
