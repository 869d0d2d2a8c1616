#pragma once

#include "report/roundboard.h"

#include <QAbstractTableModel>

namespace Taizhang {

// A round's board as a table: one row per unit, missing units first (most tasks first), then the
// late, then the rest. SortRole gives each column a value that sorts as users expect.
class RoundBoardModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UnitColumn, TasksColumn, ReportedColumn, ReturnedColumn, LateColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int UnitNameRole = Qt::UserRole + 2;

    explicit RoundBoardModel(QObject *parent = nullptr);

    void setBoard(const RoundBoard &board);
    const RoundBoard &board() const { return m_board; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RoundBoard m_board;
    QList<RoundBoard::Unit> m_rows;
};

} // namespace Taizhang
