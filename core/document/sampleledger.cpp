#include "sampleledger.h"

#include "import/ledgertableimporter.h"
#include "ledgerdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Taizhang {

QString SampleLedger::fileName()
{
    return QCoreApplication::translate("SampleLedger", "Sample ledger - Lhasa 2021") + u".taizhang"_s;
}

QString SampleLedger::ensure(const QString &dataDir, const QString &sourcePath, QString *error)
{
    const QString path = QDir(dataDir).filePath(fileName());
    if (QFile::exists(path))
        return path;
    if (!QDir().mkpath(dataDir)) {
        *error = QCoreApplication::translate("SampleLedger", "Cannot create the folder %1.").arg(dataDir);
        return {};
    }
    const SourceText source = SourceText::fromFile(sourcePath);
    if (!source.isValid()) {
        *error = source.error;
        return {};
    }
    const ImportDraft draft = LedgerTableImporter().read(source, {});
    // Built beside its final name and renamed, so a crash never leaves half a sample behind.
    const QString partial = path + u".part"_s;
    QFile::remove(partial);
    {
        LedgerDocument document;
        if (!document.open(partial, LedgerStore::OpenMode::CreateOrOpen)
            || !document.importDraft(draft, QCoreApplication::translate("SampleLedger", "Sample ledger"))) {
            *error = document.errorString();
            document.close();
            QFile::remove(partial);
            return {};
        }
    }
    if (!QFile::rename(partial, path)) {
        *error = QCoreApplication::translate("SampleLedger", "Cannot create %1.").arg(path);
        QFile::remove(partial);
        return {};
    }
    return path;
}

} // namespace Taizhang
