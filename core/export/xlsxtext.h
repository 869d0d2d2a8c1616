#pragma once

#include <QByteArray>
#include <QString>

namespace Taizhang {

// Text as an Excel cell can hold it: valid XML characters only, at most Excel's 32,767. Written
// with worksheet_write_string it stays text, never a formula, whatever its first character.
QByteArray xlsxCellText(const QString &text);

} // namespace Taizhang
