#include "runninginstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
constexpr int timeoutMs = 2000;
}

RunningInstance::RunningInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

QString RunningInstance::defaultName()
{
    // The home folder tells users apart on every platform, without asking the system who we are.
    const QByteArray home = QDir::homePath().toUtf8();
    return u"taizhang-"_s
        + QString::fromLatin1(QCryptographicHash::hash(home, QCryptographicHash::Sha1).toHex().left(12));
}

bool RunningInstance::handOver(const QStringList &files) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running Taizhang answers once it has the files, so this one may quit.
    return socket.waitForReadyRead(timeoutMs) && socket.read(1) == "1";
}

bool RunningInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by a Taizhang that crashed: nobody answered handOver(), so take its place.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (!client->canReadLine())
                    return;
                const QJsonArray files = QJsonDocument::fromJson(client->readLine()).array();
                client->write("1");
                client->flush();
                client->disconnectFromServer();
                QStringList paths;
                for (const QJsonValue &file : files)
                    paths << file.toString();
                emit filesReceived(paths);
            });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace Taizhang
