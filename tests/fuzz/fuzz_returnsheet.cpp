// Fuzz target: a unit's returned progress sheet. The input is the XML of its visible sheet, zipped
// with a workbook naming it and a stamp sheet, so mutations reach the header search, the heading
// labels, the rows and the formula flags of ReturnSheetReader, then the stamp's parsing.
#include "fuzzsupport.h"
#include "rounds/returnsheetreader.h"
#include "writezip.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    const QString path = Fuzz::asFile({}, QStringLiteral("returned.xlsx"));
    const QByteArray workbook = "<workbook xmlns:r=\"r\"><sheets><sheet name=\"进展填报\" sheetId=\"1\" r:id=\"rId1\"/>"
                                "<sheet name=\"taizhang\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/></sheets></workbook>";
    const QByteArray rels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                            "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/></Relationships>";
    auto cell = [](const char *ref, const char *text) {
        return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    };
    const QByteArray stamp = "<worksheet><sheetData><row r=\"1\">" + cell("A1", "taizhang-return-sheet") + cell("B1", "1")
        + "</row><row r=\"2\">" + cell("A2", "ledger") + cell("B2", "x") + "</row><row r=\"3\">" + cell("A3", "task")
        + cell("B3", "1") + cell("C3", "1") + cell("D3", "f") + cell("E3", "4") + "</row><row r=\"4\">"
        + cell("A4", "checksum") + cell("B4", "0") + "</row></sheetData></worksheet>";
    if (TestData::writeZip(path, {{QStringLiteral("[Content_Types].xml"), "<Types/>"}, {QStringLiteral("xl/workbook.xml"), workbook},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), rels}, {QStringLiteral("xl/worksheets/sheet1.xml"), input},
            {QStringLiteral("xl/worksheets/sheet2.xml"), stamp}}))
        (void)ReturnSheetReader::read(path);
}
