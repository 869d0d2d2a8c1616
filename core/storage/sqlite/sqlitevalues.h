#pragma once

#include "model/deadline.h"
#include "model/taskstatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How the file ledger writes values: dates as ISO text, missing ids as NULL, text columns never
// NULL. Shared by the SQLite row classes only.
namespace Taizhang::SqliteValues {

inline QVariant date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// Qt SQL binds a null QString as SQL NULL; text columns are NOT NULL and hold '' instead.
inline QVariant text(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant id(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDate readDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString deadlineKindId(Deadline::Kind kind);
Deadline::Kind deadlineKindFromId(const QString &id);
TaskStatus statusFromId(const QString &id);

} // namespace Taizhang::SqliteValues
