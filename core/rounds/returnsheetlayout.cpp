#include "returnsheetlayout.h"

#include "report/ledgersheet.h"
#include "report/report.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
struct ColumnText {
    const char *english;
    const char16_t *chinese;
    double width;
};
// QT_TRANSLATE_NOOP keeps the headers in the translation files; the Chinese is what a sheet
// written in Chinese says, read back whatever the language of the Taizhang reading it.
constexpr ColumnText columns[ReturnSheetLayout::ColumnCount] = {
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "No."), u"序号", 5},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Key work"), u"重点工作", 16},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Requirement"), u"具体要求", 28},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Deadline"), u"完成时限", 9},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Role"), u"角色", 5},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Previous progress"), u"上期进展", 20},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Progress this period"), u"本期进展", 28},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Completion (%)"), u"完成进度（%）", 7},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Status"), u"状态", 8},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Problems"), u"存在问题", 18},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Next steps"), u"下步打算", 18},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Reported by"), u"填报人", 7},
    {QT_TRANSLATE_NOOP("Taizhang::ReturnSheetLayout", "Phone"), u"联系电话", 11},
};

QString normalized(QString text)
{
    text.remove(u' ');
    text.remove(u'\u3000');
    text.replace(u'(', u'（');
    text.replace(u')', u'）');
    return text;
}
} // namespace

QString ReturnSheetLayout::header(Column column)
{
    return tr(columns[column].english);
}

bool ReturnSheetLayout::isHeader(Column column, const QString &text)
{
    const QString wanted = normalized(text);
    return wanted == normalized(QString::fromUtf16(columns[column].chinese))
        || wanted.compare(normalized(QString::fromLatin1(columns[column].english)), Qt::CaseInsensitive) == 0
        || wanted == normalized(header(column));
}

double ReturnSheetLayout::width(Column column)
{
    return columns[column].width;
}

QString ReturnSheetLayout::title(const QString &roundName)
{
    return tr("Progress report on key tasks, %1").arg(roundName);
}

QString ReturnSheetLayout::unitLabel()
{
    return tr("Reporting unit:");
}

QString ReturnSheetLayout::roundLabel()
{
    return tr("Round:");
}

QString ReturnSheetLayout::dueLabel()
{
    return tr("Return by:");
}

QString ReturnSheetLayout::instructions(const QDate &due)
{
    return tr("Fill in the white cells only (progress this period, completion, status, problems, next steps, who "
              "reported and a phone number) and return this file unrenamed by %1. Lead units report the whole task; "
              "cooperating units their own part.")
        .arg(Report::longDate(due));
}

QString ReturnSheetLayout::stampSheetName()
{
    return u"taizhang"_s;
}

QString ReturnSheetLayout::roleLabel(ReportRole role)
{
    return role == ReportRole::Lead ? tr("Lead") : tr("Cooperating");
}

QString ReturnSheetLayout::taskLabel(const Task &task)
{
    if (task.number.isEmpty())
        return task.part > 1 ? QString::number(task.part) : QString();
    return task.part > 1 ? u"%1-%2"_s.arg(task.number).arg(task.part) : task.number;
}

Task ReturnSheetLayout::beforeRound(Task task, const QDate &opened, const QSet<QString> &units)
{
    task.progress.removeIf([&](const ProgressEntry &e) { return e.date >= opened && units.contains(e.unit); });
    return task;
}

QString ReturnSheetLayout::previousProgress(const Task &task)
{
    return LedgerSheet::progress(task);
}

QString ReturnSheetLayout::closeOutRequestLabel()
{
    return tr("Request close-out");
}

QString ReturnSheetLayout::closeOutReturnedNote(const QString &reason)
{
    return tr("Close-out request returned: %1").arg(reason);
}

QStringList ReturnSheetLayout::statusChoices()
{
    return {TaskStatuses::label(TaskStatus::NotStarted), TaskStatuses::label(TaskStatus::InProgress),
        TaskStatuses::label(TaskStatus::Blocked), TaskStatuses::label(TaskStatus::Done), closeOutRequestLabel()};
}

std::optional<ReturnSheetLayout::ReportedStatus> ReturnSheetLayout::readStatus(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return ReportedStatus {};
    if (wanted == u"申请销号" || wanted == closeOutRequestLabel() || wanted.compare(u"Request close-out"_s, Qt::CaseInsensitive) == 0)
        return ReportedStatus {std::nullopt, true};
    static const struct {
        const char *english;
        TaskStatus status;
    } english[] = {{"Not started", TaskStatus::NotStarted}, {"In progress", TaskStatus::InProgress},
        {"Blocked", TaskStatus::Blocked}, {"Done", TaskStatus::Done}};
    for (const auto &e : english) {
        if (wanted.compare(QLatin1String(e.english), Qt::CaseInsensitive) == 0)
            return ReportedStatus {e.status, false};
    }
    TaskStatus status = TaskStatus::NotStarted;
    // A unit cannot close a task itself: 已销号 is the office's word after approval.
    if (TaskStatuses::fromString(wanted, &status) && status != TaskStatus::Closed)
        return ReportedStatus {status, false};
    return std::nullopt;
}

} // namespace Taizhang
