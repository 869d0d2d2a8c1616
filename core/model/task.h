#pragma once

#include "deadline.h"
#include "milestone.h"
#include "progressentry.h"
#include "taskstatus.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Taizhang {

// One accountable row of the ledger: a key work (重点工作) or one of its requirement rows.
struct Task {
    qint64 id = 0;
    qint64 planId = 0;
    qint64 sectionId = 0;
    QString number; // "62"
    int part = 1; // 1, 2, ... when one key work has several requirement rows
    double order = 0; // its place in the ledger: its id, unless moved by hand (0: not read yet)
    QString title; // the key-work phrase
    QString requirement;
    QStringList leadUnits;
    QStringList coUnits;
    QStringList leaders; // people answerable for the task (责任领导, 分管市领导): named, never units
    Deadline deadline;
    QList<Milestone> milestones;
    TaskStatus status = TaskStatus::NotStarted;
    QList<ProgressEntry> progress; // oldest first; a table row holds only the latest
    QString problems;
    QString remarks;
    QDateTime created;
    QDateTime updated;

    const ProgressEntry *latestProgress() const { return progress.isEmpty() ? nullptr : &progress.constLast(); }
};

} // namespace Taizhang
