#pragma once

#include "model/reportinground.h"

#include <QCoreApplication>

#include <optional>

namespace Taizhang {

// A file offered as evidence for a close-out, read and checked before it goes into the ledger:
// its type judged by its content, not its name (PDF, PNG, JPEG, Word .docx, Excel .xlsx), its
// name's extension agreeing with it, within the size allowed. A program, a renamed file, an empty,
// missing or oversized file is refused with a sentence saying why. Nothing is ever run.
class EvidenceFile {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::EvidenceFile)

public:
    // The evidence with its data, size, SHA-256 and type; nullopt with `error` set when refused.
    // `maxBytes`: the ledger's limit (LedgerCloseOuts::maxEvidenceBytes).
    static std::optional<Evidence> read(const QString &path, qint64 maxBytes, QString *error);
    // The type of these bytes, or empty when they are none of the kinds evidence may be.
    static QString typeOf(const QByteArray &data);
    // The extension a file of `type` carries (pdf, png, jpg, docx, xlsx).
    static QString suffixFor(const QString &type);
};

} // namespace Taizhang
