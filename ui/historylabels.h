#pragma once

#include <QCoreApplication>
#include <QString>

namespace Taizhang {

// The change history's field and action ids (status, progress …; edit, undo …) as users read them,
// for the task's Changes tab and View → History alike. An id it does not know is shown as it is.
class HistoryLabels {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::HistoryLabels)

public:
    static QString field(const QString &id);
    static QString action(const QString &id);
};

} // namespace Taizhang
