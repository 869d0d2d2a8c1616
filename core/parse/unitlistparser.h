#pragma once

#include <QString>
#include <QStringList>

namespace Taizhang {

// Who answers for a task, as read from a units cell or a units parenthesis.
struct UnitAssignment {
    QStringList lead; // 牵头单位 / 责任单位: accountable
    QStringList co; // 配合单位
    QStringList leaders; // people named beside the units (责任领导); set by the clause, not the parser
    // Text before the first label of a labelled cell ("展中心、人行拉萨中心支行 牵头单位：…"):
    // in a table exported from PDF it is the tail of the cell above that spilled over a page break.
    QString unlabelledPrefix;

    bool isEmpty() const { return lead.isEmpty() && co.isEmpty(); }
};

// Reads both shapes units come in:
//  - labelled cells: "牵头单位：市市场监管局 配合单位：市行政审批局、市公安局";
//  - prose: "〔省发展改革委、省大数据管理局牵头，各市（州）按职责分工负责〕", "(市公安局负责)".
// Lists split on 、，,；; and on 和/及 before 各…; brackets stay inside names; a shared prefix is
// distributed ("市公安局、人社局" -> 市公安局, 市人社局); boilerplate (按职责分工负责) is dropped.
class UnitListParser {
public:
    enum Option { NoOptions = 0, SplitOnSpaces = 1 }; // table cells separate names by spaces too

    static UnitAssignment parse(const QString &text, int options = NoOptions);
    static QStringList splitList(const QString &list, int options = NoOptions);
    // People's names ("张明、李华"): split at list marks only, no unit suffix taken off.
    static QStringList splitNames(const QString &list);

private:
    // `carriedPrefix`: the level prefix ("市") in force from an earlier list of the same clause.
    static QStringList splitList(const QString &list, int options, QString *carriedPrefix);
};

} // namespace Taizhang
