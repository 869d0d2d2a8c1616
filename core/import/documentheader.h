#pragma once

#include "documentoutline.h"

#include <QDate>

namespace Taizhang {

// What the head and foot of a policy document say about it: its title (a title wrapped over two
// lines joined back), document number, issuer, date, and the year its deadlines belong to.
struct DocumentHeader {
    QString title;
    QString docNumber; // 巫山府办发〔2021〕66号
    QString issuer;
    QDate issued;
    int year = 0;
    int titleLine = 0;

    // Reads the lines before the first numbered heading and the signature at the end.
    static DocumentHeader read(const QList<SourceLine> &lines, int firstHeadingLine);
    // "陕西省人民政府办公厅关于…的通知（2023 年5 月9 日）": a compilation names each document
    // this way; the date in brackets comes off.
    static DocumentHeader fromEntryTitle(const QString &entry);
    // 〔2023〕 in the number, else the date's year, else a year in the title.
    void inferYear();
};

} // namespace Taizhang
