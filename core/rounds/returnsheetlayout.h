#pragma once

#include "model/reportinground.h"
#include "model/task.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Taizhang {

// The columns of a unit's progress sheet (进展填报表) and what its cells may say: one place for the
// sheet written out, printed, and read back.
class ReturnSheetLayout {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ReturnSheetLayout)

public:
    enum Column {
        Number, // 序号: the task's number in the plan
        KeyWork, // 重点工作
        Requirement, // 具体要求
        Deadline, // 完成时限
        Role, // 牵头 / 配合
        PreviousProgress, // 上期进展: the ledger's latest when the sheet was written
        Progress, // 本期进展: the first cell the unit fills in
        Percent, // 完成进度 (%)
        Status,
        Problems, // 存在问题
        NextSteps, // 下步打算
        Reporter, // 填报人
        Phone, // 联系电话
        ColumnCount
    };
    static QString header(Column column);
    // The header as first written (Chinese) and in English, so a sheet written in either reads back.
    static bool isHeader(Column column, const QString &text);
    static bool isInput(Column column) { return column >= Progress; }
    static double width(Column column); // in characters

    static constexpr int headerRow = 3; // 0-based: title, unit line, instructions, then the header
    static QString title(const QString &roundName);
    static QString unitLabel(); // 填报单位：
    static QString roundLabel(); // 填报轮次：
    static QString dueLabel(); // 报送截止：
    static QString instructions(const QDate &due);
    // The hidden sheet that says which ledger, round, unit and tasks a sheet is for.
    static QString stampSheetName();

    static QString roleLabel(ReportRole role);
    // The task as the round asks about it: without what the round's own units reported since it
    // opened, so 上期进展 is the last period's, and a unit reporting first changes nothing another
    // unit's sheet was written against.
    // `units`: the round's, as a set (asked for every task).
    static Task beforeRound(Task task, const QDate &opened, const QSet<QString> &units);
    // 上期进展 as the sheet shows it: the latest entry (of beforeRound), with its percent.
    static QString previousProgress(const Task &task);
    // "62", or "62-2" for the second requirement row of key work 62.
    static QString taskLabel(const Task &task);

    // The choices of the status cell: four statuses a unit may report and 申请销号.
    static QStringList statusChoices();
    struct ReportedStatus {
        std::optional<TaskStatus> status; // none when the cell asks for close-out
        bool closeOutRequested = false;
    };
    // What a status cell says; nullopt when it names nothing known. An empty cell: no status.
    static std::optional<ReportedStatus> readStatus(const QString &text);
    static QString closeOutRequestLabel(); // 申请销号
    // What the unit reads under 上期进展 when its last close-out request was returned.
    static QString closeOutReturnedNote(const QString &reason);
};

} // namespace Taizhang
