#pragma once

#include <QHash>
#include <QString>

namespace Taizhang {

class OfficeArchive;

// The numbers Word draws in front of list paragraphs ("1.", "（一）", "一、"): not in the text,
// but defined in word/numbering.xml and counted paragraph by paragraph. Documents typed in Word
// often number their tasks this way; the prose reader needs the numbers written out.
class DocxNumbering {
public:
    // Reads numbering.xml; a document without one numbers nothing. False when it was refused.
    bool read(OfficeArchive &archive);
    // The label of the next paragraph in list `numId` at level `level` ("3."), counting it.
    QString next(int numId, int level);

private:
    struct Level {
        int start = 1;
        QString format = QStringLiteral("decimal"); // w:numFmt
        QString text; // w:lvlText, "%1." or "（%1）"
    };
    static QString formatNumber(int value, const QString &format);

    QHash<int, QHash<int, Level>> m_abstract; // abstractNumId -> level -> definition
    QHash<int, int> m_abstractOfNum; // numId -> abstractNumId
    QHash<int, QHash<int, int>> m_counters; // numId -> level -> last number given
};

} // namespace Taizhang
