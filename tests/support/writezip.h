#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Taizhang::TestData {

// Writes a zip archive holding `entries` (name, bytes), deflated: a hand-made .docx or .xlsx.
// Apart from the rest of the test support, so the fuzz targets can build archives too.
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries);

} // namespace Taizhang::TestData
