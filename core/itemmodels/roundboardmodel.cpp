#include "roundboardmodel.h"

#include "report/report.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Taizhang {

RoundBoardModel::RoundBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoundBoardModel::setBoard(const RoundBoard &board)
{
    beginResetModel();
    m_board = board;
    m_rows = board.byWhatIsMissing();
    endResetModel();
}

int RoundBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoundBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RoundBoard::Unit &unit = m_rows.at(index.row());
    if (role == UnitNameRole)
        return unit.name;
    if (role == SortRole) {
        switch (index.column()) {
        case UnitColumn: return unit.name;
        case TasksColumn: return unit.tasks;
        case ReportedColumn: return unit.tasks - unit.reported; // most missing first when descending
        case ReturnedColumn: return unit.missing() ? QString() : unit.returned.toString(Qt::ISODate);
        case LateColumn: return int(unit.late) * 2 + int(unit.missing());
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UnitColumn: return unit.name;
        case TasksColumn:
            if (unit.leads == unit.tasks)
                return tr("%1 (lead)").arg(unit.tasks);
            return unit.leads == 0 ? tr("%1 (cooperating)").arg(unit.tasks)
                                   : tr("%1 (%2 lead)").arg(unit.tasks).arg(unit.leads);
        case ReportedColumn: return tr("%1 of %2").arg(unit.reported).arg(unit.tasks);
        case ReturnedColumn:
            if (unit.missing())
                return tr("Missing");
            return unit.returns > 1 ? tr("%1 (%2 sheets)").arg(unit.returned.toString(Qt::ISODate)).arg(unit.returns)
                                    : unit.returned.toString(Qt::ISODate);
        case LateColumn:
            if (!unit.late)
                return unit.missing() ? tr("Not yet due") : tr("On time");
            return unit.missing() ? tr("Overdue") : tr("Late");
        }
    }
    if (role == Qt::ForegroundRole && (index.column() == ReturnedColumn || index.column() == LateColumn)) {
        if (unit.late)
            return QColor(0xc6, 0x28, 0x28);
        if (!unit.missing())
            return QColor(0x2e, 0x7d, 0x32);
    }
    if (role == Qt::TextAlignmentRole && index.column() != UnitColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant RoundBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn: return tr("Unit");
    case TasksColumn: return tr("Tasks");
    case ReportedColumn: return tr("Reported");
    case ReturnedColumn: return tr("Sheet returned");
    case LateColumn: return tr("On time");
    }
    return {};
}

} // namespace Taizhang
