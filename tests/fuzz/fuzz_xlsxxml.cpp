// Fuzz target: the XML of a worksheet, zipped into an .xlsx with a workbook and shared strings, so
// mutations reach the reader's rows, cell references, merges and sizes instead of the zip layer.
#include "fuzzsupport.h"
#include "import/xlsxreader.h"
#include "writezip.h"

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    const QString path = Fuzz::asFile({}, QStringLiteral("fuzz.xlsx"));
    const QByteArray strings = "<sst><si><t>序号</t></si><si><t>具体要求</t></si><si><t>责任单位</t></si>"
                               "<si><t>完成时限</t></si><si><t>市政务服务局</t></si></sst>";
    if (TestData::writeZip(path, {{QStringLiteral("[Content_Types].xml"), "<Types/>"},
            {QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet name=\"台账\" sheetId=\"1\"/></sheets></workbook>"},
            {QStringLiteral("xl/sharedStrings.xml"), strings}, {QStringLiteral("xl/worksheets/sheet1.xml"), input}}))
        (void)XlsxReader::read(path);
}
