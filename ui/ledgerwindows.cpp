#include "ledgerwindows.h"

#include "document/ledgerdocument.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

namespace Taizhang {

namespace {
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

void bringToFront(MainWindow *window)
{
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
}
} // namespace

LedgerWindows::LedgerWindows(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool LedgerWindows::eventFilter(QObject *watched, QEvent *event)
{
    // Installing translators sends a burst of these; the windows are rebuilt once, afterwards.
    if (watched == qApp && event->type() == QEvent::LanguageChange && !m_rebuildPending) {
        m_rebuildPending = true;
        QTimer::singleShot(0, this, &LedgerWindows::rebuildWindows);
    }
    return QObject::eventFilter(watched, event);
}

void LedgerWindows::rebuildWindows()
{
    m_rebuildPending = false;
    for (MainWindow *old : windows()) {
        MainWindow *fresh = newWindow();
        fresh->restoreGeometry(old->saveGeometry());
        if (std::unique_ptr<LedgerDocument> document = old->takeDocument())
            fresh->adoptDocument(std::move(document));
        fresh->show();
        m_windows.removeAll(old);
        old->close();
    }
}

LedgerWindows::~LedgerWindows()
{
    for (const QPointer<MainWindow> &window : std::as_const(m_windows))
        delete window.data();
}

QList<MainWindow *> LedgerWindows::windows() const
{
    QList<MainWindow *> open;
    for (const QPointer<MainWindow> &window : m_windows) {
        if (window)
            open.append(window);
    }
    return open;
}

MainWindow *LedgerWindows::windowFor(const QString &path) const
{
    const QString wanted = canonical(path);
    for (MainWindow *window : windows()) {
        if (window->document() && canonical(window->document()->path()) == wanted)
            return window;
    }
    return nullptr;
}

MainWindow *LedgerWindows::newWindow()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->raiseWindowShowing = [this, window](const QString &path) {
        MainWindow *showing = windowFor(path);
        if (!showing || showing == window)
            return false;
        bringToFront(showing);
        return true;
    };
    m_windows.append(window);
    return window;
}

MainWindow *LedgerWindows::open(const QString &path)
{
    if (MainWindow *showing = windowFor(path)) {
        bringToFront(showing);
        return showing;
    }
    MainWindow *window = nullptr;
    for (MainWindow *candidate : windows()) {
        if (!candidate->document())
            window = candidate;
    }
    const bool created = !window;
    if (created)
        window = newWindow();
    window->show();
    if (!window->openLedger(path)) {
        if (created && windows().size() > 1)
            window->close(); // the window that asked is still there to show the next one
        return nullptr;
    }
    bringToFront(window);
    return window;
}

void LedgerWindows::start(const QStringList &files)
{
    for (const QString &file : files)
        open(file);
    if (windows().isEmpty()) {
        MainWindow *window = newWindow();
        window->show();
        window->openStartupLedger();
    }
}

void LedgerWindows::raise()
{
    const QList<MainWindow *> open = windows();
    if (!open.isEmpty())
        bringToFront(open.constLast());
}

} // namespace Taizhang
