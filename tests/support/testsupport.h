#pragma once

#include "writezip.h"

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

// A small tmpfs mounted for one test, for a disk that fills up; unmounted when it goes. Mounting
// needs root, as CI has: use TAIZHANG_NEEDS_SMALL_DISK() first, which skips the test elsewhere
// with a message and fails it under CI=true, where it must run.
class SmallDisk {
public:
    explicit SmallDisk(const QString &size); // "1m", "256k"
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_mount + u'/' + name; }
    // Fills it with 4 KB files until nothing fits, then frees `pagesLeft` of them.
    void fill(int pagesLeft = 0);
    bool remountReadOnly(); // read-only media: nothing on it can be written, root or not
    static bool canMount();

private:
    ScratchDir m_dir;
    QString m_mount;
    bool m_mounted = false;
};

#define TAIZHANG_NEEDS_SMALL_DISK()                                                                                    \
    do {                                                                                                               \
        if (!Taizhang::TestData::SmallDisk::canMount()) {                                                              \
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))                                                  \
                FAIL() << "CI runs as root and mounts a small tmpfs for this test";                                    \
            GTEST_SKIP() << "needs root to mount a small tmpfs";                                                       \
        }                                                                                                              \
    } while (false)


} // namespace Taizhang::TestData
