#pragma once

#include "importissue.h"
#include "model/plan.h"
#include "model/section.h"
#include "model/task.h"

#include <QList>

namespace Taizhang {

// What an importer read, before anything is stored: the preview shows and corrects it, the store
// commits it. Sections refer to their parent and tasks to their section by index into `sections`.
struct DraftSection {
    int parent = -1;
    QString label;
    QString title;
};

// Where a field was read from, in DraftTask::sourceText.
struct SourceSpan {
    qsizetype start = -1;
    qsizetype length = 0;
    bool isValid() const { return start >= 0 && length > 0; }
};

struct DraftTask {
    int section = -1;
    int sourceLine = 0;
    Task task;
    QString sourceText; // the paragraph or row the task was read from, for the preview
    SourceSpan titleSpan;
    SourceSpan unitsSpan;
    SourceSpan deadlineSpan;
    bool included = true; // the preview can drop what is not a task
};

struct DraftPlan {
    Plan plan;
    qint64 targetPlanId = 0; // add the tasks to this plan of the ledger; 0: store as a new plan
    QList<DraftSection> sections;
    QList<DraftTask> tasks;
};

struct ImportDraft {
    QList<DraftPlan> plans;
    QList<ImportIssue> issues;

    int taskCount() const
    {
        int count = 0;
        for (const DraftPlan &plan : plans) {
            for (const DraftTask &task : plan.tasks)
                count += task.included ? 1 : 0;
        }
        return count;
    }
    bool hasErrors() const
    {
        for (const ImportIssue &issue : issues) {
            if (issue.severity == ImportIssue::Severity::Error)
                return true;
        }
        return false;
    }
};

} // namespace Taizhang
