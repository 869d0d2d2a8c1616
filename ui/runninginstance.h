#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Taizhang {

// One Taizhang per user: a second start (a double-click in the file manager) hands its files to the
// running one over a local socket and quits, so a ledger is never opened by two programs at once.
class RunningInstance : public QObject {
    Q_OBJECT

public:
    explicit RunningInstance(const QString &name = defaultName(), QObject *parent = nullptr);

    // Gives `files` (absolute paths; none: just come to the front) to a running Taizhang. False
    // when there is none.
    bool handOver(const QStringList &files) const;
    // Becomes the Taizhang later starts hand over to.
    bool listen();

    static QString defaultName(); // per user

signals:
    void filesReceived(const QStringList &files);

private:
    void readClient();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Taizhang
