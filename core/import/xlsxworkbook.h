#pragma once

#include "officearchive.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace Taizhang {

// One cell as a workbook stores it: its value as text (a shared string resolved, a date cell as
// ISO date) and whether a formula produced it. A formula is never evaluated: its stored value is
// what the text holds.
struct XlsxCell {
    QString text;
    bool formula = false;
};

// An Excel (.xlsx) workbook opened for reading: its sheets by name, in the workbook's order, and
// each sheet's cells. Read through OfficeArchive (size and ratio limits, no DTDs); a row or column
// past Excel's own limits is taken as damage, never as a size to allocate.
class XlsxWorkbook {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::XlsxReader)

public:
    struct Sheet {
        QString name;
        QString part; // xl/worksheets/sheet1.xml
        bool hidden = false; // hidden or very hidden
    };
    // Row index (0-based) -> the row's cells by column (0-based); missing cells are empty.
    using Rows = QMap<int, QList<XlsxCell>>;

    explicit XlsxWorkbook(const QString &path);

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QList<Sheet> sheets() const { return m_sheets; }
    // The first worksheet part by file name (sheet1.xml, sheet2.xml …), as ledger tables are read.
    QString firstSheetPart() const;
    // The cells of a sheet part; nullopt with error() set when it is damaged or refused.
    std::optional<Rows> readSheet(const QString &part);

private:
    bool readSharedStrings();
    void readDateStyles();
    void readSheetList();

    QString m_path;
    OfficeArchive m_archive;
    QStringList m_shared;
    QSet<int> m_dateStyles;
    QList<Sheet> m_sheets;
    QString m_error;
    bool m_open = false;
};

} // namespace Taizhang
