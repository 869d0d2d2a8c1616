#pragma once

#include <QCoreApplication>
#include <QStringList>

class QXmlStreamReader;
typedef struct zip zip_t;

namespace Taizhang {

// The zip container of a .docx or .xlsx, read defensively: an entry may not inflate beyond a
// limit nor at a ratio no real document has (a zip bomb), and its XML may not carry a DTD (entity
// expansion is how XML bombs and external-entity reads work; Office never writes one).
// Read with libzip: QuaZip carries its own copy of minizip's symbols with another ABI, and in one
// process with libxlsxwriter (which uses Debian's minizip) one of the two calls the wrong zipOpen.
class OfficeArchive {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::OfficeArchive)

public:
    explicit OfficeArchive(const QString &path);
    ~OfficeArchive();
    OfficeArchive(const OfficeArchive &) = delete;
    OfficeArchive &operator=(const OfficeArchive &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    bool contains(const QString &entry) const;
    // The entry's bytes; empty with error() set when it is missing or refused.
    QByteArray read(const QString &entry);

    // Call on each token: false (with error() set) when the XML declares a DTD.
    bool accept(const QXmlStreamReader &xml);
    // After reading an entry: true (with error() set) when it was refused or is not well-formed.
    bool xmlFailed(const QXmlStreamReader &xml, const QString &entry);

    static constexpr qint64 maxEntrySize = 64 * 1024 * 1024;
    static constexpr qint64 maxRatio = 200; // text XML deflates ~10:1; a bomb, 1000:1 and more

private:
    zip_t *m_zip = nullptr;
    QStringList m_entries;
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace Taizhang
