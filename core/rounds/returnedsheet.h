#pragma once

#include "sheetstamp.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Taizhang {

// A progress sheet as it came back, read but not yet judged: its stamp (if it kept one), the unit
// and round its heading names, and each task row's cells as the unit left them.
struct ReturnedSheet {
    QString path;
    QString fileName;
    QDateTime modified;
    QString error; // not readable as a progress sheet at all: nothing else is set

    SheetStamp::Reading stampReading = SheetStamp::Reading::Missing;
    SheetStamp stamp;
    QString headingUnit; // 填报单位 as the visible sheet says it
    QString headingRound;

    struct Row {
        int sheetRow = 0; // 0-based
        QString label; // 序号
        QString keyWork;
        QString previous;
        QString progress;
        QString percent;
        QString status;
        QString problems;
        QString nextSteps;
        QString reporter;
        QString phone;
        QStringList formulaColumns; // headers of input cells that held formulas (values read, not run)

        bool isEmpty() const
        {
            return progress.isEmpty() && percent.isEmpty() && status.isEmpty() && problems.isEmpty()
                && nextSteps.isEmpty();
        }
    };
    QList<Row> rows;
};

} // namespace Taizhang
