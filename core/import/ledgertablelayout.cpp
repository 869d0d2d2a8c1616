#include "ledgertablelayout.h"

#include "parse/textnormalizer.h"

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
bool isBareNumber(const QString &text, int number)
{
    return TextNormalizer::clean(text) == QString::number(number);
}
} // namespace

// Header names and their synonyms, as offices write them.
const QStringList &LedgerTableLayout::synonyms(int column)
{
    // Chinese as offices write them, then the names Taizhang's own table copies with in English.
    static const QStringList names[ColumnCount] = {
        {u"主题事项"_s, u"重点领域"_s, u"改革事项"_s, u"任务类别"_s, u"领域"_s, u"Theme"_s},
        {u"重点工作"_s, u"重点任务"_s, u"工作任务"_s, u"主要任务"_s, u"任务事项"_s, u"任务名称"_s, u"Key work"_s},
        {u"具体要求"_s, u"具体措施"_s, u"工作措施"_s, u"主要内容"_s, u"工作要求"_s, u"任务内容"_s, u"工作举措"_s,
            u"主要措施"_s, u"具体任务"_s, u"工作内容"_s, u"改革举措"_s, u"Requirement"_s},
        {u"责任单位"_s, u"牵头单位"_s, u"责任部门"_s, u"牵头部门"_s, u"Lead units"_s},
        {u"配合单位"_s, u"配合部门"_s, u"Cooperating units"_s},
        {u"完成时限"_s, u"时间节点"_s, u"完成时间"_s, u"时限要求"_s, u"时限"_s, u"Deadline"_s},
        {u"进展情况"_s, u"工作进展"_s, u"推进情况"_s, u"完成情况"_s, u"当前进度"_s, u"进展"_s, u"推进进度"_s,
            u"Latest progress"_s},
        {u"问题建议"_s, u"存在问题"_s, u"问题及建议"_s, u"存在问题及建议"_s, u"Problems"_s},
        {u"备注"_s, u"Remarks"_s},
        {u"责任领导"_s, u"牵头领导"_s, u"分管领导"_s, u"包抓领导"_s, u"责任市领导"_s, u"联系领导"_s, u"牵头市领导"_s,
            u"Responsible leaders"_s},
        {u"序号"_s, u"编号"_s, u"No."_s},
    };
    return names[column];
}

std::optional<LedgerTableLayout> LedgerTableLayout::find(const QStringList &lines)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].contains(u'\t'))
            continue;
        const QStringList cells = lines[i].split(u'\t');
        LedgerTableLayout header;
        header.line = i;
        std::fill(std::begin(header.column), std::end(header.column), -1);
        int known = 0;
        for (int c = 0; c < cells.size(); ++c) {
            const QString name = TextNormalizer::clean(cells[c]);
            // Beside a 牵头单位 column, 责任单位 are the cooperating units.
            if (header.column[Units] >= 0 && header.column[CoUnits] < 0
                && (name == u"责任单位" || name == u"责任部门")) {
                header.column[CoUnits] = c;
                ++known;
                continue;
            }
            for (int col = 0; col < ColumnCount; ++col) {
                if (header.column[col] < 0 && synonyms(col).contains(name)) {
                    header.column[col] = c;
                    ++known;
                    break;
                }
            }
        }
        if (known >= 3 && header.column[Requirement] >= 0 && header.column[Units] >= 0)
            return header;
    }
    return std::nullopt;
}

bool LedgerTableLayout::isHeaderName(const QString &text)
{
    const QString name = TextNormalizer::clean(text);
    for (int col = 0; col < ColumnCount; ++col) {
        if (synonyms(col).contains(name))
            return true;
    }
    return false;
}

QStringList LedgerTableLayout::unfoldCellPerLine(const QStringList &lines)
{
    // A table copied out of a web page or PDF viewer may arrive one cell per line: the header's
    // names one under another, then each row's cells.
    // PDF text breaks even a header cell: "序\n号", "具体\n措施". Put such names back together first.
    QStringList joined;
    for (int i = 0; i < lines.size(); ++i) {
        if (i + 1 < lines.size() && !isHeaderName(lines.at(i)) && lines.at(i).trimmed().size() <= 3
            && isHeaderName(lines.at(i).trimmed() + lines.at(i + 1).trimmed())) {
            joined.append(lines.at(i).trimmed() + lines.at(i + 1).trimmed());
            ++i;
        } else {
            joined.append(lines.at(i));
        }
    }
    return unfoldRows(joined);
}

QStringList LedgerTableLayout::unfoldRows(const QStringList &lines)
{
    constexpr int minColumns = 3;
    for (int start = 0; start < lines.size(); ++start) {
        int end = start;
        while (end < lines.size() && !lines.at(end).contains(u'\t') && isHeaderName(lines.at(end)))
            ++end;
        const int columns = end - start;
        if (columns < minColumns) {
            start = end;
            continue;
        }
        QStringList header;
        for (int i = start; i < end; ++i)
            header.append(TextNormalizer::clean(lines.at(i)));
        const bool numbered = header.constFirst() == u"序号";
        const int requirement = [&] {
            for (int i = 0; i < columns; ++i) {
                if (synonyms(Requirement).contains(header.at(i)))
                    return i;
            }
            return int(columns) - 1;
        }();
        QStringList unfolded = lines.mid(0, start);
        unfolded.append(header.join(u'\t'));
        int i = end;
        int number = 1;
        while (i < lines.size()) {
            QStringList cells;
            if (numbered) {
                // A row runs from its number to the next one; a wrapped cell adds lines, an empty cell
                // may be an empty line or nothing at all.
                if (!isBareNumber(lines.at(i), number))
                    break;
                int next = i + 1;
                while (next < lines.size() && !isBareNumber(lines.at(next), number + 1))
                    ++next;
                cells = lines.mid(i, next - i);
                i = next;
                ++number;
            } else {
                cells = lines.mid(i, columns);
                i += columns;
            }
            while (cells.size() > columns && cells.constLast().trimmed().isEmpty())
                cells.removeLast();
            while (cells.size() > columns) // the overflow is a long requirement wrapped over lines
                cells[requirement] += cells.takeAt(requirement + 1);
            while (cells.size() < columns)
                cells.append(QString());
            for (QString &cell : cells)
                cell = cell.trimmed();
            unfolded.append(cells.join(u'\t'));
        }
        unfolded += lines.mid(i);
        return unfolded;
    }
    return lines;
}

} // namespace Taizhang
