#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace Taizhang {

// Every export reaches its file through here: written to a temporary file beside it and renamed
// over it only when all went well (QSaveFile), so a failed or cancelled export leaves no partial
// file and the old one as it was.
class ExportFile {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::ExportFile)

public:
    // `write` fills the device and returns an empty string, or what went wrong. Returns an empty
    // string on success, else a sentence naming the file (in the user's language).
    using Writer = std::function<QString(QIODevice *out)>;
    static QString save(const QString &path, const Writer &write);
};

} // namespace Taizhang
