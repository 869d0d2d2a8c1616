#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Taizhang {

// A source document decoded to text, with the encoding it was read in.
struct SourceText {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::SourceText)
public:
    QString fileName; // shown to users and stored as the plan's source
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030" …
    QString error; // set when the bytes could not be read as text

    bool isValid() const { return error.isEmpty(); }

    // Reads a file: a BOM decides; otherwise valid UTF-8 is UTF-8 (never misread as GBK), and
    // anything else is tried as GB18030, the superset of GBK that Chinese offices save.
    static SourceText fromFile(const QString &path);
    static SourceText fromBytes(const QByteArray &bytes, const QString &fileName);

    static constexpr qint64 maxFileSize = 64 * 1024 * 1024; // a policy document is far smaller
};

} // namespace Taizhang
