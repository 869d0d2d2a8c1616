#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Taizhang {

// A horizontal bar chart drawn into a report: one bar per category, stacked when there are
// several series. Horizontal, because the categories are long Chinese unit names.
struct ReportChart {
    struct Series {
        QString name;
        QColor color;
        QList<double> values; // one per category
    };
    QString title;
    QStringList categories;
    QList<Series> series;
    double maximum = 0; // 0: the largest total
    QString valueFormat = QStringLiteral("%1"); // "%1%" for rates
};

} // namespace Taizhang
