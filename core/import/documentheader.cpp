#include "documentheader.h"

#include "parse/textnormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

const QRegularExpression &docNumberPattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*([^\s，。：:]{1,16}[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*\d{1,4}\s*号)\s*$)"_s);
    return pattern;
}

const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(uR"((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)"_s);
    return pattern;
}

// A title names the kind of document it is in its last word.
bool endsLikeTitle(const QString &text)
{
    static const QRegularExpression kinds(
        uR"((方案|意见|措施|要点|规划|计划|办法|细则|清单|通知|决定|安排|任务|条例|规定|举措|函)(（[^）]*）)?$)"_s);
    return kinds.match(text).hasMatch();
}

bool couldBeTitleLine(const QString &text)
{
    static const QString stops = u"。：:，,；;！？"_s;
    return !text.isEmpty() && text.size() <= 80 && !stops.contains(text.back()) && !text.startsWith(u'《')
        && !DocumentOutline::isDateLine(text) && !docNumberPattern().match(text).hasMatch();
}

bool looksLikeIssuer(const QString &text)
{
    static const QRegularExpression issuer(uR"(^\S{2,30}(办公厅|办公室|人民政府|委员会|局|厅|委|政府|领导小组)$)"_s);
    return issuer.match(text).hasMatch();
}

QString innerTitle(const QString &notice)
{
    static const QRegularExpression printed(uR"(关于印发《?(.+?)》?的通知$)"_s);
    const auto m = printed.match(notice);
    return m.hasMatch() ? m.captured(1) : notice;
}

} // namespace

DocumentHeader DocumentHeader::read(const QList<SourceLine> &lines, int firstHeadingLine)
{
    DocumentHeader header;
    QList<SourceLine> head;
    for (const SourceLine &line : lines) {
        if (firstHeadingLine > 0 && line.number >= firstHeadingLine)
            break;
        const QString text = TextNormalizer::clean(line.text);
        if (!text.isEmpty() && !DocumentOutline::isPageMarker(text))
            head.append({line.number, text});
    }

    QString notice; // "关于印发…的通知": the title when the document has no other
    int noticeLine = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const QString &text = head.at(i).text;
        if (header.docNumber.isEmpty()) {
            if (const auto m = docNumberPattern().match(text); m.hasMatch()) {
                header.docNumber = m.captured(1).remove(QRegularExpression(u"\\s"_s));
                continue;
            }
        }
        if (!couldBeTitleLine(text))
            continue;
        QString candidate = text;
        if (!endsLikeTitle(candidate) && i + 1 < head.size() && couldBeTitleLine(head.at(i + 1).text)
            && endsLikeTitle(text + head.at(i + 1).text)) {
            candidate += head.at(i + 1).text; // a title wrapped over two lines
            ++i;
        }
        if (!endsLikeTitle(candidate))
            continue;
        if (candidate.endsWith(u"通知") || candidate.endsWith(u"函")) {
            if (notice.isEmpty()) {
                notice = candidate;
                noticeLine = head.at(i).number;
            }
        } else {
            header.title = candidate;
            header.titleLine = head.at(i).number;
        }
    }
    if (header.title.isEmpty() && !notice.isEmpty()) {
        header.title = innerTitle(notice);
        header.titleLine = noticeLine;
    }

    // The signature: an issuer above a date, at the head (巫山) or the foot (西藏) of the document.
    QList<QString> all;
    for (const SourceLine &line : lines)
        all.append(TextNormalizer::clean(line.text));
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!DocumentOutline::isDateLine(all.at(i)))
            continue;
        const auto m = datePattern().match(all.at(i));
        header.issued = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        for (qsizetype j = i - 1; j >= 0 && j >= i - 3; --j) {
            if (looksLikeIssuer(all.at(j))) {
                header.issuer = all.at(j);
                break;
            }
        }
        break;
    }
    header.inferYear();
    return header;
}

DocumentHeader DocumentHeader::fromEntryTitle(const QString &entry)
{
    DocumentHeader header;
    QString title = TextNormalizer::clean(entry);
    static const QRegularExpression dated(uR"([（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]\s*$)"_s);
    if (const auto m = dated.match(title); m.hasMatch()) {
        header.issued = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        title.truncate(m.capturedStart());
    }
    header.title = title;
    static const QRegularExpression issuer(uR"(^(.{2,30}?)(?:关于|印发))"_s);
    if (const auto m = issuer.match(title); m.hasMatch())
        header.issuer = m.captured(1);
    header.inferYear();
    return header;
}

void DocumentHeader::inferYear()
{
    static const QRegularExpression numberYear(uR"([〔\[［【(（](\d{4})[〕\]］】)）])"_s);
    static const QRegularExpression titleYear(uR"((\d{4})\s*年)"_s);
    if (const auto m = numberYear.match(docNumber); m.hasMatch())
        year = m.captured(1).toInt();
    else if (issued.isValid())
        year = issued.year();
    else if (const auto t = titleYear.match(title); t.hasMatch())
        year = t.captured(1).toInt();
}

} // namespace Taizhang
