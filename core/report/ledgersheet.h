#pragma once

#include "model/section.h"
#include "model/sectiontree.h"
#include "model/task.h"
#include "model/trafficlight.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Taizhang {

// The classic ledger layout (DOMAIN.md) and what each of its cells says for a task. The printed
// ledger, the .xlsx and the .csv export all read their cells here, so the three always agree.
class LedgerSheet {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::LedgerSheet)

public:
    enum Column {
        SerialColumn, // 序号: running number of the row
        ThemeColumn, // 主题事项: the task's section
        KeyWorkColumn, // 重点工作: "1. 简化企业开办流程。"
        RequirementColumn, // 具体要求
        UnitsColumn, // 责任单位: lead, then cooperating units
        DeadlineColumn, // 完成时限, as written
        ProgressColumn, // 进展情况: the latest report
        ProblemsColumn, // 问题建议
        StatusColumn,
        LightColumn,
        RemarksColumn,
        ColumnCount
    };
    // The eight columns offices print; status, light and remarks are added to exported tables.
    static constexpr int printedColumns = ProblemsColumn + 1;

    explicit LedgerSheet(const QList<Section> &sections);

    static QString header(Column column);
    // Every cell but the serial number, which only the writer of the rows knows. Plain text.
    QString cell(const Task &task, Column column, TrafficLight light) const;

    static QString keyWork(const Task &task);
    static QString units(const Task &task);
    static QString progress(const Task &task);

    // The headings above a task's own section, outermost first ("一、…" over "（一）…").
    QList<const Section *> headingsAbove(const Task &task) const;
    QString themeOf(const Task &task) const;

    // The ledger's title: the office's own setting, else the plan's title (as a 台账 when it is
    // not already one), else a generic one.
    static QString title(const QString &configured, const QStringList &planTitles);

private:
    SectionTree m_tree; // walks up a damaged tree without looping
};

} // namespace Taizhang
