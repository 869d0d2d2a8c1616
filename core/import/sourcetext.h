#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Taizhang {

// A source document decoded to text, with what it was read as. Word, Excel and PDF files become
// text too: paragraphs as lines, table rows as tab-separated cells, PDF pages after "# Page N:".
struct SourceText {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::SourceText)

public:
    QString fileName; // shown to users and stored as the plan's source
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030" …; empty for Word, Excel and PDF files
    QString kind; // what the file was read as, for the import preview: "text", "docx", "xlsx", "csv", "pdf"
    QString error; // set when the bytes could not be read as text

    bool isValid() const { return error.isEmpty(); }

    // Reads a file of any kind Taizhang imports. Text: a BOM decides; otherwise valid UTF-8 is
    // UTF-8 (never misread as GBK); otherwise uchardet names the encoding, GB18030 (the superset of
    // GBK Chinese offices save) when it cannot tell. `encoding` overrides all of that.
    static SourceText fromFile(const QString &path, const QString &encoding = {});
    static SourceText fromBytes(const QByteArray &bytes, const QString &fileName, const QString &encoding = {});
    static QStringList knownEncodings(); // what the user may choose from

    static constexpr qint64 maxFileSize = 64 * 1024 * 1024; // a policy document is far smaller
};

} // namespace Taizhang
