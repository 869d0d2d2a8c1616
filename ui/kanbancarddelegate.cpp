#include "kanbancarddelegate.h"

#include "itemmodels/tasktablemodel.h"
#include "model/trafficlight.h"

#include <QAbstractProxyModel>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

// The latest percent reported, read from the task itself behind the column's proxy.
int latestPercent(const QModelIndex &index)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
    const auto *tasks = proxy ? qobject_cast<const TaskTableModel *>(proxy->sourceModel()) : nullptr;
    if (!tasks)
        return -1;
    const ProgressEntry *latest = tasks->taskAt(proxy->mapToSource(index).row()).latestProgress();
    return latest ? latest->percent : -1;
}
} // namespace

QSize KanbanCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {std::max(option.rect.width(), 120), cardHeight};
}

void KanbanCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const auto light = TrafficLight(index.data(TaskTableModel::LightRole).toInt());
    const QColor lightColour = TaskTableModel::lightColor(light);
    const bool selected = option.state & QStyle::State_Selected;

    QPainterPath shape;
    shape.addRoundedRect(card, 5, 5);
    painter->fillPath(shape, selected ? option.palette.color(QPalette::Highlight).lighter(185) : QColor(Qt::white));
    painter->setPen(
        QPen(selected ? option.palette.color(QPalette::Highlight) : QColor(0xd6, 0xd9, 0xde), selected ? 2 : 1));
    painter->drawPath(shape);
    painter->fillRect(QRectF(card.left(), card.top() + 1, 5, card.height() - 2), lightColour);

    const QRectF text = card.adjusted(12, 6, -8, -6);
    const int line = text.height() / 3;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(QColor(0x21, 0x25, 0x29));
    const QString heading
        = cell(index, TaskTableModel::NumberColumn) + u"  "_s + cell(index, TaskTableModel::TitleColumn);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(heading, Qt::ElideRight, int(text.width())));

    painter->setFont(option.font);
    painter->setPen(QColor(0x5f, 0x66, 0x6d));
    const QFontMetrics metrics(option.font);
    painter->drawText(QRectF(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(cell(index, TaskTableModel::LeadUnitsColumn), Qt::ElideRight, int(text.width())));

    QString due = cell(index, TaskTableModel::DueColumn);
    if (due.isEmpty())
        due = cell(index, TaskTableModel::DeadlineColumn);
    if (index.data(TaskTableModel::DueDateRole).toDate().isValid() && light != TrafficLight::Done
        && light != TrafficLight::Ongoing) {
        const int days = index.data(TaskTableModel::DaysLeftRole).toInt();
        due += u"  "_s
            + (days < 0         ? tr("%n day(s) overdue", nullptr, -days)
                    : days == 0 ? tr("due today")
                                : tr("%n day(s) left", nullptr, days));
    }
    const QRectF bottom(text.left(), text.top() + 2 * line, text.width(), line);
    painter->setBrush(lightColour);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(bottom.left() + 5, bottom.center().y()), 4.5, 4.5);
    painter->setPen(light == TrafficLight::Overdue ? lightColour.darker(115) : QColor(0x3d, 0x44, 0x4b));
    const int percent = latestPercent(index);
    const QString percentText = percent >= 0 ? u"%1%"_s.arg(percent) : QString();
    const int percentWidth = percentText.isEmpty() ? 0 : metrics.horizontalAdvance(percentText) + 8;
    painter->drawText(bottom.adjusted(14, 0, -percentWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(due, Qt::ElideRight, int(bottom.width()) - 14 - percentWidth));
    if (!percentText.isEmpty()) {
        painter->setPen(QColor(0x3b, 0x7d, 0xc4));
        painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, percentText);
    }
    painter->restore();
}

} // namespace Taizhang
