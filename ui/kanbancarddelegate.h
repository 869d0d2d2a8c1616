#pragma once

#include <QStyledItemDelegate>

namespace Taizhang {

// Paints a task as a kanban card: number and title, lead unit, due date with its traffic light,
// days overdue or left, latest percent. One delegate paints every card of a column, so a column of
// 5,000 cards is one list view, not 5,000 widgets.
class KanbanCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int cardHeight = 82;
};

} // namespace Taizhang
