#pragma once

#include <QDate>
#include <QString>

namespace Taizhang {

// A policy document (方案) whose tasks the ledger tracks.
struct Plan {
    qint64 id = 0;
    QString title;
    QString issuer; // 巫山县人民政府办公室
    QString docNumber; // 巫山府办发〔2021〕66号
    QDate issued;
    int year = 0; // fills in deadlines that name no year
    QString source; // the file it was imported from
    QString notes; // preamble, goals and closing requirements: kept, but not tasks
};

} // namespace Taizhang
