#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace Taizhang {

class MainWindow;

// The program's windows, one ledger each. Opening a ledger that a window already shows brings that
// window to the front instead of opening the file twice. When the language changes, the windows
// are built anew in it, each keeping its ledger and undo history.
class LedgerWindows : public QObject {
    Q_OBJECT

public:
    explicit LedgerWindows(QObject *parent = nullptr);
    ~LedgerWindows() override;

    // The window showing `path`, raised; else a new window with it (or the first, when that one
    // holds no ledger yet). Null when the ledger could not be opened (the window said why).
    MainWindow *open(const QString &path);
    // Starts the program: `files` each in a window, or the last ledger used.
    void start(const QStringList &files);
    // A second start without files: bring a window to the front.
    void raise();

    QList<MainWindow *> windows() const;
    MainWindow *windowFor(const QString &path) const;

protected:
    // A new language: every window is built anew around its ledger.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildWindows();
    bool m_rebuildPending = false;
    MainWindow *newWindow();
    QList<QPointer<MainWindow>> m_windows;
};

} // namespace Taizhang
