#include "xlsxexporter.h"

#include "exportfile.h"
#include "report/ledgersheet.h"
#include "report/report.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <array>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>
#include "xlsxtext.h"

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

constexpr int columnCount = LedgerSheet::ColumnCount;
// Every cell of the export goes through the one guard.
QByteArray cellText(const QString &text)
{
    return xlsxCellText(text);
}

// Excel's own good/neutral/bad fills, which print legibly in grey too.
lxw_color_t lightFill(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Overdue: return 0xFFC7CE;
    case TrafficLight::DueSoon: return 0xFFEB9C;
    case TrafficLight::OnTrack: return 0xC6EFCE;
    case TrafficLight::Done: return 0xEDEDED;
    case TrafficLight::Ongoing: return 0xDDEBF7;
    }
    return 0xFFFFFF;
}

struct Formats {
    explicit Formats(lxw_workbook *book)
    {
        auto make = [book](bool bold, bool border) {
            lxw_format *format = workbook_add_format(book);
            format_set_font_name(format, "SimSun");
            format_set_font_size(format, 10);
            if (bold)
                format_set_bold(format);
            if (border)
                format_set_border(format, LXW_BORDER_THIN);
            format_set_text_wrap(format);
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
            return format;
        };
        title = make(true, false);
        format_set_font_size(title, 16);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
        subtitle = make(false, false);
        format_set_align(subtitle, LXW_ALIGN_CENTER);
        header = make(true, true);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(header, 0xD9D9D9);
        body = make(false, true);
        centered = make(false, true);
        format_set_align(centered, LXW_ALIGN_CENTER);
        merged = make(false, true);
        format_set_align(merged, LXW_ALIGN_VERTICAL_CENTER);
        heading = make(true, true);
        format_set_bg_color(heading, 0xF2F2F2);
        for (const TrafficLight light : TrafficLights::all) {
            lxw_format *format = make(false, true);
            format_set_align(format, LXW_ALIGN_CENTER);
            format_set_bg_color(format, lightFill(light));
            lights[size_t(light)] = format;
        }
    }
    lxw_format *title, *subtitle, *header, *body, *centered, *merged, *heading;
    lxw_format *lights[std::size(TrafficLights::all)] {};
};

// Everything the writing thread needs of one task, prepared on the reading thread: the export
// reads the store and lays out text on one core while libxlsxwriter compresses on the other.
struct PreparedRow {
    QList<QByteArray> headings; // section headings opened above it on the ledger sheet
    QByteArray themeKey;
    QByteArray keyWorkKey;
    // The cells' text, each ended by a NUL, in one allocation (the threads hand over 100,000 rows).
    QByteArray text;
    std::array<int, columnCount> offsets {}; // where each cell starts; the serial is the sheet's own
    const char *cell(int column) const { return text.constData() + offsets[size_t(column)]; }
    TrafficLight light = TrafficLight::OnTrack;
    QStringList units; // the unit sheets it also goes on
};
using RowBatch = std::vector<PreparedRow>;

// A bounded hand-over of batches from the reading thread to the writing one.
class RowQueue {
public:
    void push(RowBatch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < capacity; });
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
    }
    bool pop(RowBatch *batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    static constexpr size_t capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_batches;
    bool m_closed = false;
};

// One worksheet being written row by row. In constant-memory mode a row is flushed as soon as
// the next one is started, so a merge is declared while its last row is still the current one.
class SheetWriter {
public:
    SheetWriter(lxw_worksheet *sheet, const Formats &formats)
        : m_sheet(sheet)
        , m_formats(formats)
    {
    }

    void begin(const QString &title, const QString &subtitle)
    {
        const double widths[columnCount] = {6, 18, 24, 50, 24, 12, 36, 20, 8, 8, 14};
        for (int c = 0; c < columnCount; ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        worksheet_set_row(m_sheet, 0, 30, nullptr);
        worksheet_merge_range(m_sheet, 0, 0, 0, columnCount - 1, cellText(title).constData(), m_formats.title);
        worksheet_merge_range(m_sheet, 1, 0, 1, columnCount - 1, cellText(subtitle).constData(), m_formats.subtitle);
        for (int c = 0; c < columnCount; ++c) {
            worksheet_write_string(m_sheet, 2, lxw_col_t(c),
                cellText(LedgerSheet::header(LedgerSheet::Column(c))).constData(), m_formats.header);
        }
        worksheet_freeze_panes(m_sheet, 3, 0);
        worksheet_repeat_rows(m_sheet, 2, 2);
        worksheet_set_landscape(m_sheet);
        worksheet_set_paper(m_sheet, 9); // A4
        worksheet_fit_to_pages(m_sheet, 1, 0);
        worksheet_set_margins(m_sheet, 0.4, 0.4, 0.5, 0.5);
        worksheet_set_footer(m_sheet, cellText(XlsxExporter::tr("&CPage &P of &N")).constData());
        m_row = 3;
    }

    void add(const PreparedRow &row, bool withHeadings)
    {
        for (const QByteArray &heading : withHeadings ? row.headings : QList<QByteArray>()) {
            closeRuns();
            worksheet_merge_range(m_sheet, m_row, 0, m_row, columnCount - 1, heading.constData(), m_formats.heading);
            ++m_row;
        }
        continueOrStart(m_theme, LedgerSheet::ThemeColumn, row.themeKey, row.cell(LedgerSheet::ThemeColumn));
        continueOrStart(m_keyWork, LedgerSheet::KeyWorkColumn, row.keyWorkKey, row.cell(LedgerSheet::KeyWorkColumn));

        worksheet_write_number(m_sheet, m_row, LedgerSheet::SerialColumn, ++m_serial, m_formats.centered);
        for (int c = LedgerSheet::RequirementColumn; c < columnCount; ++c) {
            lxw_format *format = m_formats.body;
            if (c == LedgerSheet::DeadlineColumn || c == LedgerSheet::StatusColumn)
                format = m_formats.centered;
            else if (c == LedgerSheet::LightColumn)
                format = m_formats.lights[size_t(row.light)];
            worksheet_write_string(m_sheet, m_row, lxw_col_t(c), row.cell(c), format);
        }
        ++m_row;
    }

    void finish() { closeRuns(); }

private:
    struct Run {
        QByteArray key;
        lxw_row_t first = 0;
        QByteArray text;
    };

    void continueOrStart(Run &run, int column, const QByteArray &key, const char *text)
    {
        if (!key.isEmpty() && key == run.key) {
            worksheet_write_blank(m_sheet, m_row, lxw_col_t(column), m_formats.merged);
            return;
        }
        closeRun(run, column);
        run = {key, m_row, text};
        worksheet_write_string(m_sheet, m_row, lxw_col_t(column), run.text.constData(), m_formats.merged);
    }

    // Declared while the run's last row (m_row - 1) is still the row being written.
    void closeRun(Run &run, int column)
    {
        if (!run.key.isEmpty() && m_row > run.first + 1)
            worksheet_merge_range(m_sheet, run.first, lxw_col_t(column), m_row - 1, lxw_col_t(column),
                run.text.constData(), m_formats.merged);
        run = {};
    }

    void closeRuns()
    {
        closeRun(m_theme, LedgerSheet::ThemeColumn);
        closeRun(m_keyWork, LedgerSheet::KeyWorkColumn);
    }

    lxw_worksheet *m_sheet;
    const Formats &m_formats;
    lxw_row_t m_row = 0;
    int m_serial = 0;
    Run m_theme;
    Run m_keyWork;
};

// Reads a task into the row the writing thread puts on the sheets.
class RowPreparer {
public:
    RowPreparer(const LedgerSheet &ledger, bool sheetPerUnit)
        : m_ledger(ledger)
        , m_sheetPerUnit(sheetPerUnit)
    {
    }

    PreparedRow prepare(const Task &task, TrafficLight light)
    {
        PreparedRow row;
        const QList<const Section *> headings = m_ledger.headingsAbove(task);
        int same = 0;
        while (same < headings.size() && same < m_headings.size() && headings.at(same) == m_headings.at(same))
            ++same;
        for (int i = same; i < headings.size(); ++i)
            row.headings << cellText(headings.at(i)->displayName());
        m_headings = headings;

        row.text.reserve(2048);
        for (int c = LedgerSheet::ThemeColumn; c < columnCount; ++c) {
            row.offsets[size_t(c)] = int(row.text.size());
            row.text += cellText(m_ledger.cell(task, LedgerSheet::Column(c), light));
            row.text += '\0';
        }
        row.offsets[LedgerSheet::SerialColumn] = int(row.text.size() - 1); // an empty string
        row.themeKey = QByteArray::number(task.sectionId);
        // A key work is merged over its requirement rows only within one section.
        if (*row.cell(LedgerSheet::KeyWorkColumn))
            row.keyWorkKey = row.themeKey + '/' + row.cell(LedgerSheet::KeyWorkColumn);
        row.light = light;
        if (m_sheetPerUnit) {
            for (const QString &unit : task.leadUnits + task.coUnits) {
                if (!row.units.contains(unit))
                    row.units << unit;
            }
        }
        return row;
    }

private:
    const LedgerSheet &m_ledger;
    bool m_sheetPerUnit;
    QList<const Section *> m_headings;
};

// A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique regardless of case.
QString sheetName(const QString &wanted, QSet<QString> *taken)
{
    QString name = wanted;
    for (const QChar bad : u"[]:*?/\\"_s)
        name.replace(bad, u'_');
    name = name.left(31);
    if (name.isEmpty())
        name = u"_"_s;
    QString candidate = name;
    for (int n = 2; taken->contains(candidate.toCaseFolded()); ++n) {
        const QString suffix = u"(%1)"_s.arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    taken->insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace

QString XlsxExporter::displayName() const
{
    return tr("Excel workbook");
}

ExportResult XlsxExporter::exportLedger(const ExportJob &job) const
{
    ExportResult result;
    result.error = write(job.context, job.path, job.report == Report::Kind::Unit, job.progress);
    return result;
}

QString XlsxExporter::write(
    const ReportContext &context, const QString &path, bool sheetPerUnit, const Progress &progress)
{
    // libxlsxwriter writes to a file name; the finished workbook is then copied through QSaveFile.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return tr("No temporary folder can be written: %1").arg(scratch.errorString());
    const QByteArray workbookPath = QFile::encodeName(scratch.filePath(u"ledger.xlsx"_s));
    const QByteArray tempDir = QFile::encodeName(scratch.path());
    lxw_workbook_options workbookOptions {};
    workbookOptions.constant_memory = LXW_TRUE;
    workbookOptions.tmpdir = const_cast<char *>(tempDir.constData());
    workbookOptions.use_zip64 = LXW_TRUE; // 100,000 rows with long text can pass 4 GB uncompressed
    lxw_workbook *book = workbook_new_opt(workbookPath.constData(), &workbookOptions);
    if (!book)
        return tr("The workbook could not be created.");

    const Formats formats(book);
    const LedgerSheet ledger(context.sections);
    QStringList planTitles;
    for (const Plan &plan : context.plans)
        planTitles << plan.title;
    const QString title = LedgerSheet::title(context.settings.ledgerTitle, planTitles);

    QSet<QString> taken;
    lxw_worksheet *main = workbook_add_worksheet(book, cellText(sheetName(tr("Ledger"), &taken)).constData());
    SheetWriter mainWriter(main, formats);
    const QString dateLine = Report::dateLine(context);
    mainWriter.begin(title, dateLine);

    // From here on only the writing thread calls libxlsxwriter, until it is joined.
    RowQueue queue;
    std::thread writing([&] {
        std::map<QString, std::unique_ptr<SheetWriter>> unitSheets;
        const QString unitTitle = tr("Task sheet of %1");
        RowBatch batch;
        while (queue.pop(&batch)) {
            for (const PreparedRow &row : batch) {
                mainWriter.add(row, true);
                for (const QString &unit : row.units) {
                    auto it = unitSheets.find(unit);
                    if (it == unitSheets.end()) {
                        lxw_worksheet *sheet
                            = workbook_add_worksheet(book, cellText(sheetName(unit, &taken)).constData());
                        it = unitSheets.emplace(unit, std::make_unique<SheetWriter>(sheet, formats)).first;
                        it->second->begin(unitTitle.arg(unit), dateLine);
                    }
                    it->second->add(row, false);
                }
            }
        }
        mainWriter.finish();
        for (auto &[unit, writer] : unitSheets)
            writer->finish();
    });

    constexpr size_t batchSize = 256;
    RowPreparer preparer(ledger, sheetPerUnit);
    RowBatch batch;
    batch.reserve(batchSize);
    int written = 0;
    bool cancelled = false;
    context.tasks([&](const Task &task, TrafficLight light) {
        if (cancelled)
            return false;
        batch.push_back(preparer.prepare(task, light));
        if (batch.size() == batchSize) {
            queue.push(std::move(batch));
            batch = {};
            batch.reserve(batchSize);
        }
        ++written;
        if (progress && written % 1000 == 0 && !progress(written)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!batch.empty() && !cancelled)
        queue.push(std::move(batch));
    queue.close();
    writing.join();

    const lxw_error closed = workbook_close(book);
    if (cancelled)
        return tr("The export was cancelled; nothing was written.");
    if (closed != LXW_NO_ERROR)
        return tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(closed)));

    QFile finished(scratch.filePath(u"ledger.xlsx"_s));
    if (!finished.open(QIODevice::ReadOnly))
        return finished.errorString();
    return ExportFile::save(path, [&finished](QIODevice *out) {
        char buffer[1 << 16];
        for (qint64 n; (n = finished.read(buffer, sizeof buffer)) > 0;) {
            if (out->write(buffer, n) != n)
                return out->errorString();
        }
        return QString();
    });
}

} // namespace Taizhang
