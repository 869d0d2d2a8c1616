#include "compilationindex.h"

#include "parse/textnormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Taizhang {

QList<CompilationEntry> CompilationIndex::find(const QList<SourceLine> &lines)
{
    static const QRegularExpression numbered(uR"(^\s*(\d{1,3})\s*[.．、]\s*(.*)$)"_s);
    static const QRegularExpression datedEnd(uR"([（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]$)"_s);
    static const QRegularExpression documentWords(u"关于|印发|通知|意见|方案|决定"_s);
    constexpr int maxTitleLines = 5;
    constexpr int maxTitleLength = 160;

    QList<CompilationEntry> entries;
    int lastNumber = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = numbered.match(lines.at(i).text);
        if (!m.hasMatch() || m.captured(1).toInt() <= lastNumber)
            continue;
        QString title = m.captured(2);
        int j = i;
        int taken = 0;
        while (true) {
            const QString cleaned = TextNormalizer::clean(title);
            if (datedEnd.match(cleaned).hasMatch()) {
                if (documentWords.match(cleaned).hasMatch()) {
                    entries.append({i, j + 1, cleaned});
                    lastNumber = m.captured(1).toInt();
                    i = j;
                }
                break;
            }
            if (++taken >= maxTitleLines || cleaned.size() > maxTitleLength || ++j >= lines.size())
                break;
            if (DocumentOutline::isPageMarker(lines.at(j).text))
                continue;
            if (numbered.match(lines.at(j).text).hasMatch())
                break; // an entry starts no earlier than its own number
            title += lines.at(j).text.trimmed();
        }
    }
    if (entries.size() < 2)
        entries.clear();
    return entries;
}

} // namespace Taizhang
