#include "deadlineparser.h"

#include "chinesenumber.h"
#include "textnormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

QString normalized(const QString &text)
{
    QString result = TextNormalizer::toHalfWidth(TextNormalizer::stripTags(text));
    result.remove(QRegularExpression(u"\\s+"_s));
    return result;
}

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

// One expression for every form, alternatives ordered longest first. Group names say what they hold.
const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(
        uR"((?<iso>(?<isoY>\d{4})[-/.](?<isoM>\d{1,2})[-/.](?<isoD>\d{1,2})))"
        uR"(|(?:(?<y>\d{4})年|(?<rel>今年|本年|当年|明年|次年))?(?:)"
        uR"((?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:(?<d>[0-3]?\d)[日号]|(?<part>底|末|上旬|中旬|下旬|中|份))?)"
        uR"(|第?(?<q>[1-4一二三四])季度(?:末|底)?)"
        uR"(|(?<half>上|下)半年)"
        uR"(|(?<yearEnd>年底|年末|年内|底|末|内)))"
        uR"((?<start>开始|起)?)"_s);
    return pattern;
}

} // namespace

bool DeadlineParser::mentionsOngoing(const QString &text)
{
    static const QRegularExpression ongoing(u"常态|长期|持续|经常性|长效|每年|每季度|每月|定期"_s);
    return ongoing.match(text).hasMatch();
}

QList<DeadlineParser::Found> DeadlineParser::findDates(const QString &text) const
{
    QList<Found> found;
    auto it = datePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0 || m.capturedLength(u"start") > 0)
            continue; // "2019年1月开始" says when work starts, not when it is due

        int year = m_planYear;
        if (m.capturedLength(u"y"))
            year = m.captured(u"y").toInt();
        else if (m.captured(u"rel") == u"明年" || m.captured(u"rel") == u"次年")
            year = m_planYear + 1;
        const bool yearWritten = m.capturedLength(u"y") > 0;

        QDate date;
        if (m.capturedLength(u"iso")) {
            date = QDate(m.captured(u"isoY").toInt(), m.captured(u"isoM").toInt(), m.captured(u"isoD").toInt());
        } else if (m.capturedLength(u"m")) {
            const int month = ChineseNumber::parse(m.captured(u"m"));
            if (year <= 0 || month < 1 || month > 12)
                continue;
            const QString part = m.captured(u"part");
            // "统一月报" holds 一月 too: a month in Chinese numerals needs a year, day or 底 beside it.
            const bool chineseMonth = !m.captured(u"m").at(0).isDigit();
            if (chineseMonth && part.isEmpty() && !m.capturedLength(u"d") && !yearWritten && !m.capturedLength(u"rel"))
                continue;
            if (m.capturedLength(u"d"))
                date = QDate(year, month, m.captured(u"d").toInt());
            else if (part == u"上旬")
                date = QDate(year, month, 10);
            else if (part == u"中旬" || part == u"中")
                date = QDate(year, month, 20);
            else
                date = endOfMonth(year, month);
        } else if (m.capturedLength(u"q")) {
            if (year <= 0)
                continue;
            const int quarter = ChineseNumber::parse(m.captured(u"q"));
            date = endOfMonth(year, quarter * 3);
        } else if (m.capturedLength(u"half")) {
            if (year <= 0)
                continue;
            date = m.captured(u"half") == u"上" ? QDate(year, 6, 30) : QDate(year, 12, 31);
        } else if (m.capturedLength(u"yearEnd")) {
            // A bare 底/末/内 only means the year's end right after a year ("2023年底"); "年底" alone
            // means this year.
            const QString word = m.captured(u"yearEnd");
            if (word.size() == 1 && !yearWritten && !m.capturedLength(u"rel"))
                continue;
            // "四年内", "3年内" count years, they name none.
            const QChar before = m.capturedStart() > 0 ? text.at(m.capturedStart() - 1) : QChar();
            if (!yearWritten && !m.capturedLength(u"rel")
                && (before.isDigit() || ChineseNumber::parse(QStringView(&before, 1)) >= 0 || before == u'个'))
                continue;
            if (year <= 0)
                continue;
            date = QDate(year, 12, 31);
        }
        if (date.isValid())
            found.append({date, m.capturedStart(), m.capturedEnd()});
    }
    return found;
}

Deadline DeadlineParser::parse(const QString &text) const
{
    Deadline deadline;
    deadline.text = TextNormalizer::clean(text);
    if (deadline.text.isEmpty())
        return deadline;

    const QList<Found> dates = findDates(normalized(deadline.text));
    if (!dates.isEmpty()) {
        deadline.kind = Deadline::Kind::Date;
        for (const Found &f : dates)
            deadline.due = std::max(deadline.due, f.date);
    } else if (mentionsOngoing(deadline.text)) {
        deadline.kind = Deadline::Kind::Ongoing;
    } else {
        deadline.kind = Deadline::Kind::Unparsed;
    }
    return deadline;
}

QList<Milestone> DeadlineParser::milestones(const QString &requirement) const
{
    const QString text = normalized(requirement);
    QList<Milestone> result;
    static const QString stops = u"；;。"_s;
    for (const Found &f : findDates(text)) {
        qsizetype end = f.end;
        while (end < text.size() && !stops.contains(text.at(end)))
            ++end;
        const QString clause = text.mid(f.start, end - f.start);
        const Milestone milestone {f.date, clause};
        if (!result.contains(milestone))
            result.append(milestone);
    }
    return result;
}

} // namespace Taizhang
