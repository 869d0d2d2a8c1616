#pragma once

#include "model/plan.h"
#include "model/section.h"
#include "reportsettings.h"
#include "taskselection.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;

namespace Taizhang {

class LedgerStore;
class ReportRecords;
class ReportWriter;

// What a report is printed from: the ledger's plans and sections, the office's settings, today,
// and the tasks to cover (the GUI's filtered view or the CLI's selection).
struct ReportContext {
    QList<Plan> plans;
    QList<Section> sections;
    ReportSettings settings;
    TaskSelection selection; // today, the due-soon window, the unit asked for
    TaskFeed tasks;
    int meetingDays = TrafficLights::defaultDueSoonDays; // the meeting sheet's "due within N days"
    ReportRecords *records = nullptr; // notice numbers and bulletin figures are kept here; null: not kept
    const LedgerStore *ledger = nullptr; // the whole ledger, for what writes all of it (JSON)

    // The ledger's plans, sections and settings, its tasks paged by `selection`.
    static ReportContext fromStore(const LedgerStore &store, const TaskSelection &selection,
        ReportRecords *records = nullptr, const QString &defaultOffice = {});
};

// A printed report. prepare() gathers the tasks (and numbers the notices, saves the bulletin's
// figures), once however often it is called; write() lays the pages out and may run more than
// once (a preview repaints), so it changes nothing.
class Report {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::Report)

public:
    enum class Kind { Ledger, Unit, Meeting, Notice, Bulletin };
    static constexpr Kind kinds[] = {Kind::Ledger, Kind::Unit, Kind::Meeting, Kind::Notice, Kind::Bulletin};

    static std::unique_ptr<Report> create(Kind kind, const ReportContext &context);
    static QString id(Kind kind); // ledger, unit, meeting, notice, bulletin
    static bool fromId(const QString &id, Kind *kind);
    static QString label(Kind kind); // 台账, 单位任务清单 …
    // Whether preparing it records something in the ledger (notice numbers, bulletin figures).
    static bool recordsIssues(Kind kind) { return kind == Kind::Notice || kind == Kind::Bulletin; }

    explicit Report(const ReportContext &context)
        : m_context(context)
    {
    }
    virtual ~Report() = default;

    virtual QString title() const = 0;
    virtual QPageLayout::Orientation orientation() const { return QPageLayout::Landscape; }
    void prepare();
    virtual void write(ReportWriter &writer) const = 0;
    // A report with nothing in it (no overdue task for notices) says so instead of printing.
    virtual QString emptyMessage() const { return {}; }

    // prepare(), then write() onto the device. An empty string on success, else what failed.
    QString print(QPagedPaintDevice *device);
    int pageCount() const { return m_pageCount; }

    // The office and "截至2026年11月23日", under every title.
    static QString dateLine(const ReportContext &context);
    static QString longDate(const QDate &date);

protected:
    // What prepare() does the first time.
    virtual void gather() = 0;

    ReportContext m_context;

private:
    bool m_prepared = false;
    int m_pageCount = 0;
};

} // namespace Taizhang
