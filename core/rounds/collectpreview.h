#pragma once

#include "model/reportinground.h"
#include "model/taskstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Taizhang {

// What collecting a set of returned sheets would store, shown before anything is: per file the
// unit it is from and how it was recognised, per row the new progress, percent and status beside
// the old, and every problem found. Rows and files can be accepted or left out before storing.
struct CollectPreview {
    struct Problem {
        enum class Severity { Error, Warning };
        Severity severity = Severity::Warning;
        QString text;
    };
    struct Row {
        qint64 taskId = 0; // 0: the row names no task of the unit's in this round
        QString label;
        QString keyWork;
        ReportRole role = ReportRole::Lead;
        int oldPercent = -1;
        int newPercent = -1;
        TaskStatus oldStatus = TaskStatus::NotStarted;
        std::optional<TaskStatus> newStatus; // from the lead unit's sheet only
        bool closeOutRequested = false;
        QString progress; // the text of the progress entry
        QString problemsReported; // 存在问题, for the task's problems field (lead unit)
        QString author;
        QString ledgerProgress; // the ledger's latest now, shown when it changed since sending
        QList<Problem> problems;
        bool accepted = false;

        bool hasError() const
        {
            for (const Problem &p : problems) {
                if (p.severity == Problem::Severity::Error)
                    return true;
            }
            return false;
        }
    };
    struct File {
        QString path;
        QString fileName;
        QDateTime modified;
        QString unit; // empty when not recognised
        bool matchedByStamp = false;
        bool refused = false; // nothing of it is stored
        bool superseded = false; // the unit returned a later sheet in the same batch
        QList<Problem> problems;
        QList<Row> rows;

        int acceptedRows() const
        {
            int n = 0;
            for (const Row &r : rows)
                n += r.accepted ? 1 : 0;
            return refused || superseded ? 0 : n;
        }
    };

    ReportingRound round;
    QDate collected; // the day the entries are dated
    QList<File> files;

    bool anyRefused() const
    {
        for (const File &f : files) {
            if (f.refused)
                return true;
        }
        return false;
    }
    int acceptedRows() const
    {
        int n = 0;
        for (const File &f : files)
            n += f.acceptedRows();
        return n;
    }
};

} // namespace Taizhang
