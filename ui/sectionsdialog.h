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
// at once and is one undo step of the document; the tree follows the document.
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

    // Tests answer: where the tasks of a deleted section go (the choices; an index, or -1 to cancel).
    std::function<int(const QStringList &choices)> moveTasksPrompt;

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
