#include "testsupport.h"

#include "import/ledgertableimporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>
using namespace Qt::StringLiterals;

namespace Taizhang::TestData {

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(TAIZHANG_TEST_DATA)).filePath(name);
}

ImportDraft lhasaDraft()
{
    return LedgerTableImporter().read(SourceText::fromFile(dataPath(u"ledger-lhasa-2021.txt"_s)), {});
}

SmallDisk::SmallDisk(const QString &size)
    : m_mount(m_dir.path(QStringLiteral("disk")))
{
    QDir().mkpath(m_mount);
    m_mounted = QProcess::execute(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                        QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_mount})
        == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount});
}

bool SmallDisk::remountReadOnly()
{
    return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount})
        == 0;
}

bool SmallDisk::canMount()
{
    return getuid() == 0;
}

void SmallDisk::fill(int pagesLeft)
{
    int pages = 0;
    for (;; ++pages) {
        QFile page(path(QStringLiteral("page-%1").arg(pages)));
        if (!page.open(QIODevice::WriteOnly) || page.write(QByteArray(4096, 'x')) != 4096 || !page.flush()) {
            page.close();
            page.remove();
            break;
        }
    }
    for (int i = 0; i < pagesLeft && i < pages; ++i)
        QFile::remove(path(QStringLiteral("page-%1").arg(i)));
}

} // namespace Taizhang::TestData
