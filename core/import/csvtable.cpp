#include "csvtable.h"

namespace Taizhang::CsvTable {

QString toTabSeparated(const QString &csv)
{
    QString out;
    out.reserve(csv.size());
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                    out += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\n' || c == u'\r' || c == u'\t') {
                out += u' ';
            } else {
                out += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out += u'\t';
        } else if (c == u'\t') {
            out += u' ';
        } else if (c != u'\r') {
            out += c;
        }
    }
    return out;
}

} // namespace Taizhang::CsvTable
