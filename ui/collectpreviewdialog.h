#pragma once

#include "rounds/collectpreview.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Taizhang {

// The preview before returned sheets are stored: each file with the unit it is from and its
// problems, each row with the new progress, percent and status beside the old. Rows and files
// can be unticked; a refused file cannot be ticked. Storing is one undo step.
class CollectPreviewDialog : public QDialog {
    Q_OBJECT

public:
    explicit CollectPreviewDialog(const CollectPreview &preview, QWidget *parent = nullptr);

    // The preview with the rows and files as ticked.
    CollectPreview preview() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    void updateSummary();

    CollectPreview m_preview;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace Taizhang
