#include "sheetstamp.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
const QString magic = u"taizhang-return-sheet"_s;
}

QString SheetStamp::fingerprint(const Task &task)
{
    const ProgressEntry *latest = task.latestProgress();
    const QString state = QStringList {latest ? QString::number(latest->id) : QString(),
        latest ? QString::number(latest->percent) : QString(), task.requirement, task.deadline.text}
                              .join(u'\x1f');
    return QString::fromLatin1(QCryptographicHash::hash(state.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString SheetStamp::checksum() const
{
    QString text = QStringList {magic, QString::number(version), ledgerId, QString::number(roundId), roundName, unit}
                       .join(u'\n');
    for (const StampedTask &t : tasks)
        text += u"\n%1\t%2\t%3\t%4"_s.arg(t.id).arg(t.label, t.fingerprint).arg(t.row);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QList<QStringList> SheetStamp::rows() const
{
    QList<QStringList> rows {{magic, QString::number(version)}, {u"ledger"_s, ledgerId},
        {u"round"_s, QString::number(roundId), roundName}, {u"unit"_s, unit},
        {u"tasks"_s, QString::number(tasks.size())}};
    for (const StampedTask &t : tasks)
        rows.append({u"task"_s, QString::number(t.id), t.label, t.fingerprint, QString::number(t.row)});
    rows.append({u"checksum"_s, checksum()});
    return rows;
}

SheetStamp::Reading SheetStamp::parse(const QList<QStringList> &rows, SheetStamp *stamp)
{
    auto cell = [&rows](qsizetype row, qsizetype column) { return rows.value(row).value(column).trimmed(); };
    if (cell(0, 0) != magic)
        return Reading::Missing;
    SheetStamp read;
    QString sum;
    bool wellFormed = cell(0, 1) == QString::number(version);
    for (qsizetype r = 1; r < rows.size() && wellFormed; ++r) {
        const QString key = cell(r, 0);
        if (key == u"ledger") {
            read.ledgerId = cell(r, 1);
        } else if (key == u"round") {
            read.roundId = cell(r, 1).toLongLong();
            read.roundName = cell(r, 2);
        } else if (key == u"unit") {
            read.unit = cell(r, 1);
        } else if (key == u"task") {
            if (read.tasks.size() >= maxTasks)
                wellFormed = false;
            else
                read.tasks.append({cell(r, 1).toLongLong(), cell(r, 2), cell(r, 3), cell(r, 4).toInt()});
        } else if (key == u"checksum") {
            sum = cell(r, 1);
        }
    }
    *stamp = read;
    return wellFormed && !sum.isEmpty() && sum == read.checksum() ? Reading::Intact : Reading::Tampered;
}

} // namespace Taizhang
