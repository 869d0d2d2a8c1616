#pragma once

#include "escalationladder.h"
#include "unitscores.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace Taizhang {

class LedgerStore;

// What an office sets once per ledger and every printed sheet carries: its name, the ledger's
// title, how supervision notices are numbered and how long a unit has to answer one. Kept in
// the ledger's own settings table, so the file carries them to whoever prints from it.
struct ReportSettings {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ReportSettings)

public:
    QString officeName; // 拉萨市优化营商环境工作领导小组办公室
    QString ledgerTitle; // empty: taken from the plan
    QString noticePrefix; // 督办 -> 督办〔2026〕3号
    int replyDays = 7; // a notice asks for a reply within this many days
    QString bulletinTitle;
    EscalationRules escalation; // when each rung of the ladder is due
    ScoreScheme scoring; // the unit scores' rules
    // As the ledger keeps them; `defaultOffice` (the user's own office) where it names none.
    static ReportSettings load(const LedgerStore &store, const QString &defaultOffice = {});
    // The ledger settings they are kept as; written through LedgerDocument::setReportSettings.
    QList<std::pair<QString, QString>> values() const;
    bool operator==(const ReportSettings &) const = default;

    // 督办〔2026〕3号
    QString noticeNumber(int year, int serial) const;
};

} // namespace Taizhang
