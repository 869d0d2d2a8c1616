#include "preferences.h"

#include "i18n/localization.h"
#include "model/trafficlight.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QString officeKey = u"office/name"_s;
const QString dueSoonKey = u"dueSoonDays"_s;
const QString folderKey = u"folders/default"_s;
const QString authorKey = u"author"_s;

QString systemUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user; // Windows
}
} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    preferences.officeName = settings.value(officeKey).toString();
    preferences.dueSoonDays = settings.value(dueSoonKey, TrafficLights::defaultDueSoonDays).toInt();
    preferences.language = Localization::configuredLanguage();
    preferences.folder = settings.value(folderKey).toString();
    preferences.author = settings.value(authorKey, systemUserName()).toString();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(officeKey, officeName);
    settings.setValue(dueSoonKey, dueSoonDays);
    settings.setValue(folderKey, folder);
    settings.setValue(authorKey, author);
    Localization::setConfiguredLanguage(language);
}

QString Preferences::startFolder()
{
    const QString chosen = load().folder;
    if (!chosen.isEmpty() && QDir(chosen).exists())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace Taizhang
