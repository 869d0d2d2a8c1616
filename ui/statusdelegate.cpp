#include "statusdelegate.h"

#include "model/taskstatus.h"

#include <QComboBox>

namespace Taizhang {

QWidget *StatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QComboBox(parent);
    for (TaskStatus status : TaskStatuses::all)
        editor->addItem(TaskStatuses::label(status), int(status));
    return editor;
}

void StatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void StatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData().toInt(), Qt::EditRole);
}

} // namespace Taizhang
