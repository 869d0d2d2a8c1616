#include "compilationindex.h"

#include "parse/textnormalizer.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

QList<CompilationEntry> CompilationIndex::find(const QList<SourceLine> &lines)
{
    static const QRegularExpression numbered(uR"(^\s*(\d{1,3})\s*[.．、]\s*(.*)$)"_s);
    // "（2023 年3 月20 日）"; the compilation sometimes drops the 日 ("（2023 年3 月20）").
    static const QRegularExpression datedEnd(uR"([（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*[）)]$)"_s);
    static const QRegularExpression documentWords(u"关于|印发|通知|意见|方案|决定"_s);
    constexpr int maxTitleLines = 5;
    constexpr int maxTitleLength = 160;

    // Numbering restarts in each part of a compilation (（三）甘肃 1., 2. …) and skips the
    // documents left out, so an entry is known by its title, not by its number.
    QList<CompilationEntry> entries;
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = numbered.match(lines.at(i).text);
        if (!m.hasMatch())
            continue;
        QString title = m.captured(2);
        int j = i;
        int taken = 0;
        while (true) {
            const QString cleaned = TextNormalizer::clean(title);
            if (datedEnd.match(cleaned).hasMatch()) {
                if (documentWords.match(cleaned).hasMatch() && cleaned.size() >= 16) {
                    entries.append({i, j + 1, cleaned});
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
    // One entry cut from a compilation: its title line opens the file.
    const bool opensFile = entries.size() == 1
        && std::all_of(lines.cbegin(), lines.cbegin() + entries.constFirst().firstIndex, [](const SourceLine &line) {
               return line.text.trimmed().isEmpty() || DocumentOutline::isPageMarker(line.text);
           });
    if (entries.size() < 2 && !opensFile)
        entries.clear();
    return entries;
}

} // namespace Taizhang
