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
    // The day it became 已完成 and the day it was closed (已销号); invalid while it is not. Ledgers
    // older than these dates get them from the last progress entry, marked estimated.
    QDate completed;
    QDate closedOn;
    bool completionEstimated = false;
    QList<ProgressEntry> progress; // oldest first; a table row holds only the latest
    QString problems;
    QString remarks;
    QDateTime created;
    QDateTime updated;

    const ProgressEntry *latestProgress() const { return progress.isEmpty() ? nullptr : &progress.constLast(); }
    // Its status set to `to` on `day`, the completion dates following: finished on that day (kept
    // when it was finished already), closed on that day, both cleared when it is open again.
    void setStatus(TaskStatus to, const QDate &day)
    {
        if (TaskStatuses::isFinished(to) && !completed.isValid()) {
            completed = day;
            completionEstimated = false;
        }
        if (to == TaskStatus::Closed && status != TaskStatus::Closed)
            closedOn = day;
        if (to != TaskStatus::Closed)
            closedOn = {};
        if (!TaskStatuses::isFinished(to)) {
            completed = {};
            completionEstimated = false;
        }
        status = to;
    }
};

} // namespace Taizhang
