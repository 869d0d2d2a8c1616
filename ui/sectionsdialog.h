#pragma once

#include <QDialog>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;

namespace Taizhang {

class LedgerDocument;

// Edit → Sections…: every plan's section tree, edited in place. New section, new subsection,
// rename (F2, or double-click; the number "（一）" and the title are read apart), delete (Delete;
// a section holding tasks asks where they go), move up and down (Alt+↑/↓). Each change is written
// at once and is one undo step of the document; the tree follows the document. It stays open beside
// the window, so table rows can be dragged onto a section.
class SectionsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SectionsDialog(LedgerDocument *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void selectSection(qint64 sectionId);

    void newSection();
    void newSubsection();
    void renameCurrent();
    void deleteCurrent();
    void moveCurrent(int delta);
    // Table rows dropped on a section: the tasks of its plan move into it, one step.
    void moveTasksTo(const QList<qint64> &taskIds, qint64 sectionId);

    // Tests answer: where the tasks of a deleted section go (the choices; an index, or -1 to cancel).
    std::function<int(const QStringList &choices)> moveTasksPrompt;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void addSection(bool under);
    void renamed(QTreeWidgetItem *item, int column);
    qint64 currentSection() const;
    qint64 currentPlan() const;

    LedgerDocument *m_document;
    QTreeWidget *m_tree;
    bool m_filling = false;
};

} // namespace Taizhang
