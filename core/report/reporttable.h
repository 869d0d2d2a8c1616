#pragma once

#include "model/trafficlight.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Taizhang {

// A table as a printed report lays it out: columns sharing the page width, a header repeated on
// every page, and columns whose runs of equal cells print as one merged cell (the ledger's 主题事项).
struct ReportTable {
    struct Column {
        QString header;
        qreal weight = 1; // share of the table's width
        bool merge = false; // a run of rows with the same key prints as one cell
        bool centered = false;
    };
    struct Row {
        QStringList cells;
        QStringList keys; // merge keys by column; the cell's text where missing
        bool heading = false; // one cell across the width: a section heading
        QHash<int, QColor> marks; // column -> a traffic-light dot before the text
        qreal minHeightMm = 0; // room for handwriting

        QString key(int column) const { return column < keys.size() ? keys.at(column) : cells.value(column); }
    };

    QList<Column> columns;
    QList<Row> rows;
    bool shadeFirstColumn = false; // a label column (the notice's field names)
    bool showHeader = true;

    // What offices print the lights in: red, amber, green, grey for done, blue for ongoing.
    static QColor markColor(TrafficLight light)
    {
        switch (light) {
        case TrafficLight::Overdue: return QColor(0xd3, 0x2f, 0x2f);
        case TrafficLight::DueSoon: return QColor(0xf5, 0x9e, 0x0b);
        case TrafficLight::OnTrack: return QColor(0x2e, 0x7d, 0x32);
        case TrafficLight::Done: return QColor(0x9e, 0x9e, 0x9e);
        case TrafficLight::Ongoing: return QColor(0x1e, 0x6f, 0xb8);
        }
        return Qt::black;
    }
};

} // namespace Taizhang
