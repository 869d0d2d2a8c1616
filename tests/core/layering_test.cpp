// The core's layers as the build declares them (core/CMakeLists.txt: each taizhang_layer and the
// layers it links) are the only ones its sources may include. A static library does not stop a
// wrong-way include by itself, since every layer shares one include root; this test does.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString coreDir = QStringLiteral(TAIZHANG_SOURCE_DIR) + u"/core"_s;

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Layer -> the layers it links directly, from `taizhang_layer(NAME LINKS … taizhang_X …)`, and
// the folders each layer's sources live in.
struct Layers {
    QHash<QString, QSet<QString>> links;
    QHash<QString, QString> layerOfFolder;
};

Layers declaredLayers()
{
    Layers layers;
    const QString cmake = readAll(coreDir + u"/CMakeLists.txt"_s);
    static const QRegularExpression layerCall(u"taizhang_layer\\((\\w+)\\s+LINKS([^\\n]*)\\n\\s+SOURCES([^)]*)\\)"_s);
    static const QRegularExpression linked(u"taizhang_(\\w+)"_s);
    static const QRegularExpression folder(u"(\\w+)/[\\w/]+\\.(?:h|cpp)"_s);
    for (const QRegularExpressionMatch &call : layerCall.globalMatch(cmake)) {
        const QString name = call.captured(1);
        QSet<QString> &links = layers.links[name];
        for (const QRegularExpressionMatch &dependency : linked.globalMatch(call.captured(2)))
            links.insert(dependency.captured(1));
        for (const QRegularExpressionMatch &source : folder.globalMatch(call.captured(3)))
            layers.layerOfFolder.insert(source.captured(1), name);
    }
    return layers;
}

QSet<QString> reachable(const Layers &layers, const QString &layer)
{
    QSet<QString> seen {layer};
    QList<QString> pending {layer};
    while (!pending.isEmpty()) {
        for (const QString &next : layers.links.value(pending.takeLast())) {
            if (!seen.contains(next)) {
                seen.insert(next);
                pending.append(next);
            }
        }
    }
    return seen;
}

} // namespace

TEST(Layering, shouldReadTheLayersTheBuildDeclares)
{
    const Layers layers = declaredLayers();
    for (const char *layer : {"model", "parse", "import", "storage", "report", "document", "export", "itemmodels"})
        EXPECT_TRUE(layers.links.contains(QString::fromLatin1(layer))) << layer;
    EXPECT_TRUE(layers.links.value(u"model"_s).isEmpty()) << "the model depends on no other layer";
    EXPECT_TRUE(reachable(layers, u"itemmodels"_s).contains(u"storage"_s));
    EXPECT_FALSE(reachable(layers, u"storage"_s).contains(u"import"_s));
}

TEST(Layering, shouldIncludeOnlyTheLayersALayerLinks)
{
    const Layers layers = declaredLayers();
    ASSERT_FALSE(layers.layerOfFolder.isEmpty());
    static const QRegularExpression include(u"^#include \"(\\w+)/"_s, QRegularExpression::MultilineOption);
    QStringList wrongWay;
    int files = 0;
    QDirIterator it(coreDir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(coreDir.size() + 1);
        const QString layer = layers.layerOfFolder.value(relative.section(u'/', 0, 0));
        ASSERT_FALSE(layer.isEmpty()) << relative.toStdString() << " is in no layer's library";
        const QSet<QString> allowed = reachable(layers, layer);
        ++files;
        for (const QRegularExpressionMatch &match : include.globalMatch(readAll(path))) {
            const QString target = layers.layerOfFolder.value(match.captured(1));
            if (target.isEmpty()) // a folder of the same layer (storage/sqlite/…) or none of ours
                continue;
            if (!allowed.contains(target))
                wrongWay.append(relative + u" includes "_s + match.captured(1) + u"/ ("_s + target + u")"_s);
        }
    }
    EXPECT_GT(files, 100);
    EXPECT_TRUE(wrongWay.isEmpty()) << wrongWay.join(u'\n').toStdString();
}
