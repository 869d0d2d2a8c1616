#include "docxnumbering.h"

#include "officearchive.h"
#include "parse/chinesenumber.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Taizhang {

bool DocxNumbering::read(OfficeArchive &archive)
{
    const QString part = u"word/numbering.xml"_s;
    if (!archive.contains(part))
        return true;
    QXmlStreamReader xml(archive.read(part));
    int abstractId = -1;
    int numId = -1;
    int level = -1;
    auto value = [&xml] { return xml.attributes().value(u"w:val"_s).toString(); };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!archive.accept(xml))
            break;
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"abstractNum") {
            abstractId = xml.attributes().value(u"w:abstractNumId"_s).toInt();
            numId = -1;
        } else if (name == u"num") {
            numId = xml.attributes().value(u"w:numId"_s).toInt();
            abstractId = -1;
        } else if (name == u"abstractNumId" && numId >= 0) {
            m_abstractOfNum.insert(numId, value().toInt());
        } else if (name == u"lvl" && abstractId >= 0) {
            level = xml.attributes().value(u"w:ilvl"_s).toInt();
            m_abstract[abstractId][level] = Level();
        } else if (abstractId >= 0 && level >= 0) {
            Level &definition = m_abstract[abstractId][level];
            if (name == u"start")
                definition.start = value().toInt();
            else if (name == u"numFmt")
                definition.format = value();
            else if (name == u"lvlText")
                definition.text = value();
        }
    }
    return !archive.xmlFailed(xml, part);
}

QString DocxNumbering::formatNumber(int value, const QString &format)
{
    if (format.startsWith(u"chinese") || format.startsWith(u"ideograph") || format.startsWith(u"japaneseCounting")
        || format == u"taiwaneseCounting")
        return ChineseNumber::toChinese(value);
    if (format.startsWith(u"decimalEnclosedCircle") && value >= 1 && value <= 20)
        return QChar(char16_t(0x2460 + value - 1));
    if (format == u"upperLetter" || format == u"lowerLetter") {
        const char16_t base = format == u"upperLetter" ? u'A' : u'a';
        return QChar(char16_t(base + (value - 1) % 26));
    }
    if (format == u"none" || format == u"bullet")
        return {};
    return QString::number(value);
}

QString DocxNumbering::next(int numId, int level)
{
    const auto abstract = m_abstract.constFind(m_abstractOfNum.value(numId, -1));
    if (abstract == m_abstract.cend() || !abstract->contains(level))
        return {};
    QHash<int, int> &counters = m_counters[numId];
    const Level &definition = abstract->value(level);
    counters[level] = counters.contains(level) ? counters.value(level) + 1 : definition.start;
    for (auto it = counters.begin(); it != counters.end();) {
        if (it.key() > level)
            it = counters.erase(it); // a new item restarts the lists below it
        else
            ++it;
    }
    if (definition.format == u"bullet")
        return {};
    QString label = definition.text;
    for (int l = 0; l <= level; ++l) {
        const QString placeholder = u"%%1"_s.arg(l + 1);
        if (label.contains(placeholder))
            label.replace(
                placeholder, formatNumber(counters.value(l, abstract->value(l).start), abstract->value(l).format));
    }
    return label;
}

} // namespace Taizhang
