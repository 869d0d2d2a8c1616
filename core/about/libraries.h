#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Taizhang {

// The libraries Taizhang is built on, with the versions it runs with and their licences: what
// Help → About shows and support asks for.
class Libraries {
    Q_DECLARE_TR_FUNCTIONS(Taizhang::Libraries)

public:
    struct Library {
        QString name;
        QString version; // empty where the library does not say
        QString licence;
    };
    static QList<Library> all();
};

} // namespace Taizhang
