// Fuzz target: any bytes opened as a ledger file, read whole and exported as JSON.
#include "fuzzsupport.h"
#include "export/jsonexporter.h"
#include "storage/sqlite/sqliteledgerstore.h"

#include <QBuffer>

using namespace Taizhang;

void Taizhang::Fuzz::fuzzOne(const QByteArray &input)
{
    const QString path = Fuzz::asFile(input, QStringLiteral("fuzz.taizhang"));
    QFile::remove(path + QStringLiteral("-journal"));
    SqliteLedgerStore store;
    if (!store.open(path, LedgerStore::OpenMode::ReadOnly))
        return;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    (void)JsonExporter::write(store, &out);
}
