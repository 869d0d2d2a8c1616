#pragma once

#include <QString>

namespace Taizhang {

// The user's own choices, kept with QSettings (per user, not per ledger): the office a ledger
// prints as when it names none, the due-soon window, the language, where ledgers and exports go,
// and the name stamped on progress entries.
struct Preferences {
    QString officeName;
    int dueSoonDays = 15;
    QString language; // zh_CN or en
    QString folder; // for ledgers and exports
    QString author;

    static Preferences load();
    void save() const;

    // The folder file dialogs start in: the chosen one, else Documents.
    static QString startFolder();
};

} // namespace Taizhang
