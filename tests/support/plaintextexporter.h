#pragma once

#include "export/ledgerexporter.h"
#include "model/task.h"

#include <QFile>

namespace Taizhang::TestData {

// A format of the tests' own, registered the way a new one would be: one class, one add() call.
// It writes "number<TAB>title" per task of the job's selection.
class PlainTextExporter final : public LedgerExporter {
public:
    QString formatId() const override { return QStringLiteral("txt"); }
    QString displayName() const override { return QStringLiteral("Plain text"); }
    QString fileSuffix() const override { return QStringLiteral("txt"); }
    ExportResult exportLedger(const ExportJob &job) const override
    {
        QByteArray text;
        job.context.tasks([&text](const Task &task, TrafficLight) {
            text += (task.number + u'\t' + task.title + u'\n').toUtf8();
            return true;
        });
        QFile file(job.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {file.errorString(), {}, -1};
        return {};
    }
};

} // namespace Taizhang::TestData
