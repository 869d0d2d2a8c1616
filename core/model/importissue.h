#pragma once

#include <QString>

namespace Taizhang {

// Something an importer wants the user to see, with where in the source it stands.
struct ImportIssue {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    int line = 0; // 1-based; 0 when the issue concerns the whole source
    int column = 0; // 1-based table column or character; 0 when unknown
    QString message;
    QString file; // the source's file name, when the draft was read from several

    // "plan.txt:12:3", as compilers write positions.
    QString position() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where;
    }
};

} // namespace Taizhang
