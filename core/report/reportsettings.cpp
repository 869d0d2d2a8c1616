#include "reportsettings.h"

#include "storage/ledgerstore.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QString officeKey = u"office.name"_s;
const QString ledgerTitleKey = u"report.ledger_title"_s;
const QString noticePrefixKey = u"notice.prefix"_s;
const QString replyDaysKey = u"notice.reply_days"_s;
const QString bulletinTitleKey = u"bulletin.title"_s;
} // namespace

ReportSettings ReportSettings::load(const LedgerStore &store, const QString &defaultOffice)
{
    ReportSettings settings;
    settings.officeName = store.setting(officeKey, defaultOffice);
    settings.ledgerTitle = store.setting(ledgerTitleKey);
    settings.noticePrefix = store.setting(noticePrefixKey, tr("Supervision"));
    bool ok = false;
    const int days = store.setting(replyDaysKey).toInt(&ok);
    if (ok && days > 0)
        settings.replyDays = days;
    settings.bulletinTitle = store.setting(bulletinTitleKey, tr("Bulletin on the Progress of Key Reform Tasks"));
    settings.escalation = EscalationRules::load(store);
    settings.scoring = ScoreScheme::load(store);
    return settings;
}

QList<std::pair<QString, QString>> ReportSettings::values() const
{
    return QList<std::pair<QString, QString>> {{officeKey, officeName}, {ledgerTitleKey, ledgerTitle},
               {noticePrefixKey, noticePrefix}, {replyDaysKey, QString::number(replyDays)},
               {bulletinTitleKey, bulletinTitle}}
        + escalation.values() + scoring.values();
}

QString ReportSettings::noticeNumber(int year, int serial) const
{
    return tr("%1 [%2] No. %3").arg(noticePrefix).arg(year).arg(serial);
}

} // namespace Taizhang
