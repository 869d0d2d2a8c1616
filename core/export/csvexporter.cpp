#include "csvexporter.h"

#include "report/ledgersheet.h"
#include "report/report.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Taizhang {

QString CsvExporter::field(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = u"=+-@\t\r"_s;
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u'"') || value.contains(u',') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value;
}

QString CsvExporter::displayName() const
{
    return tr("CSV, UTF-8");
}

ExportResult CsvExporter::exportLedger(const ExportJob &job) const
{
    return writeStreamOrFile(job, [&job](QIODevice *out) { return write(job.context, out); });
}

QString CsvExporter::write(const ReportContext &context, QIODevice *out)
{
    const LedgerSheet ledger(context.sections);
    auto put = [out](const QString &line) {
        const QByteArray bytes = line.toUtf8();
        return out->write(bytes) == bytes.size();
    };
    QStringList header;
    for (int c = 0; c < LedgerSheet::ColumnCount; ++c)
        header << field(LedgerSheet::header(LedgerSheet::Column(c)));
    if (!out->write("\xEF\xBB\xBF") || !put(header.join(u',') + u"\r\n"_s))
        return out->errorString();

    int serial = 0;
    bool ok = true;
    context.tasks([&](const Task &task, TrafficLight light) {
        QStringList fields;
        for (int c = 0; c < LedgerSheet::ColumnCount; ++c) {
            fields << field(c == LedgerSheet::SerialColumn ? QString::number(serial + 1)
                                                           : ledger.cell(task, LedgerSheet::Column(c), light));
        }
        ++serial;
        ok = put(fields.join(u',') + u"\r\n"_s);
        return ok;
    });
    return ok ? QString() : out->errorString();
}

} // namespace Taizhang
