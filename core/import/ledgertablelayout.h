#pragma once

#include <QStringList>

#include <optional>

namespace Taizhang {

// Where the columns of a ledger table stand: its header line found by the names offices give
// them (主题事项, 重点工作, 具体要求, 责任单位, 完成时限 … and their synonyms), and a table that
// reached us one cell per line folded back into rows first.
struct LedgerTableLayout {
    enum Column {
        Theme,
        KeyWork,
        Requirement,
        Units,
        CoUnits,
        DeadlineCol,
        Progress,
        Problems,
        Remarks,
        Leaders,
        Number,
        ColumnCount
    };

    int line = -1; // 0-based index of the header line
    int column[ColumnCount];

    // The first line naming at least three known columns, requirement and units among them.
    static std::optional<LedgerTableLayout> find(const QStringList &lines);
    static const QStringList &synonyms(int column); // as offices write them, then in English
    static bool isHeaderName(const QString &text);
    // A table that reached us one cell per line (copied from a web page or PDF viewer), its header
    // names one under another, folded back into tab-separated rows; other lines unchanged.
    static QStringList unfoldCellPerLine(const QStringList &lines);

private:
    static QStringList unfoldRows(const QStringList &lines);
};

} // namespace Taizhang
