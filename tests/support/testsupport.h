#pragma once

#include "model/importdraft.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>
#include <utility>

// Readable failure messages for Qt strings (gtest finds these by argument-dependent lookup).
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(" | ")).toStdString() << ']';
}

namespace Taizhang::TestData {

// A file under tests/data (copied from ../shared/samples where it is a sample).
QString dataPath(const QString &name);

// The Lhasa 2021 ledger table, read by the ledger-table importer.
ImportDraft lhasaDraft();

// A scratch folder for ledgers, removed after the test.
class ScratchDir {
public:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// Writes a zip archive holding `entries` (name, bytes), deflated: a hand-made .docx or .xlsx.
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries);

} // namespace Taizhang::TestData
