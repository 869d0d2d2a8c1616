<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CloseOutCommand</name>
    <message>
        <source>Request close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return close-out request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectReturnsCommand</name>
    <message>
        <source>Collect the sheet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Collect %n returned sheet(s)</source>
        <translation>
            <numerusform>Collect %n returned sheet</numerusform>
            <numerusform>Collect %n returned sheets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditTasksCommand</name>
    <message>
        <source>Edit number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit key work of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit requirement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lead units of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cooperating units of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deadline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit problems of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit remarks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit responsible leaders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to another section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationLevel</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urging Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>%1 holds no ledger table or plan that Taizhang recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown import format &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Edit plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCommand</name>
    <message>
        <source>Add progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove progress report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePlanCommand</name>
    <message>
        <source>Delete plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundCommand</name>
    <message>
        <source>Open reporting round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close reporting round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen reporting round %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleLedger</name>
    <message>
        <source>Sample ledger - Lhasa 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::AboutDialog</name>
    <message>
        <source>About Taizhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taizhang %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ledger of a reform plan: import, track, warn, print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taizhang itself is free software under the GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1
Settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n selected task(s)</source>
        <translation>
            <numerusform>Edit %n selected task</numerusform>
            <numerusform>Edit %n selected tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units separated by 、, or a deadline such as 9月底前</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set one field on all %n selected task(s); Edit → Undo takes it back.</source>
        <translation>
            <numerusform>Set one field on the selected task; Edit → Undo takes it back.</numerusform>
            <numerusform>Set one field on all %n selected tasks; Edit → Undo takes it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible leaders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ChaseNotice</name>
    <message>
        <source>Reminder to Report Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit has returned its sheet for %1: there is no one to remind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[Reminder] %1: the progress sheet for %2 was due on %3 and has not been received. It covers %n task(s) (No. %4). Please return it as soon as possible.</source>
        <translation>
            <numerusform>[Reminder] %1: the progress sheet for %2 was due on %3 and has not been received. It covers %n task (No. %4). Please return it as soon as possible.</numerusform>
            <numerusform>[Reminder] %1: the progress sheet for %2 was due on %3 and has not been received. It covers %n tasks (No. %4). Please return it as soon as possible.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The progress sheet for %1 was sent to your unit on %2 and was due on %3. As of %4 it has not been received. Please report the progress of the %n task(s) below by %5.</source>
        <translation>
            <numerusform>The progress sheet for %1 was sent to your unit on %2 and was due on %3. As of %4 it has not been received. Please report the progress of the task below by %5.</numerusform>
            <numerusform>The progress sheet for %1 was sent to your unit on %2 and was due on %3. As of %4 it has not been received. Please report the progress of the %n tasks below by %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by (seal): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::CliLedger</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only file or folder); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date such as 2024-07-01, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::CliRunner</name>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger file to import into (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s year, for deadlines that name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one SOURCE and --into LEDGER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year such as 2021, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 tasks in %2 plans into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one LEDGER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks of this unit (lead or cooperating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only unfinished tasks due within DAYS from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due-soon window in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list needs exactly one LEDGER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date such as 2021-07-01, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use not_started, in_progress, blocked, done or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due-soon-days must be a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due-within must be a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source format: auto, ledger-table or policy-document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of text sources; detected when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export: ledger, unit, meeting, notice or bulletin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file; standard output when omitted (json and csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; use ledger, unit, meeting, notice or bulletin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open in Taizhang (%2); close it there first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot hold the %2 report; export it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 cannot be written now (%2), so this %3 is not recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in Taizhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove the mark, open the ledger in Taizhang. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  taizhang-cli import SOURCE... --into LEDGER [--year YYYY] [--format auto|ledger-table|policy-document]
                      [--encoding UTF-8|GB18030|UTF-16LE|UTF-16BE|Big5]
  taizhang-cli export LEDGER --format %1 [--report ledger|unit|meeting|notice|bulletin]
                      [--unit NAME] [--due-within DAYS] [--today YYYY-MM-DD] --out FILE
  taizhang-cli list LEDGER [--unit NAME] [--status STATUS] [--overdue] [--due-within DAYS] [--today YYYY-MM-DD]
  taizhang-cli task add LEDGER --plan PLAN_ID --section TITLE --title TEXT [--number N] [--requirement TEXT]
                      [--lead UNITS] [--co UNITS] [--deadline TEXT] [--after TASK_ID]   (prints the new id)
  taizhang-cli task set LEDGER TASK_ID FIELD VALUE   (title requirement lead co leaders deadline status
                      number problems remarks)
  taizhang-cli task delete LEDGER TASK_ID...
  taizhang-cli task move LEDGER TASK_ID --section TITLE [--before TASK_ID]
  taizhang-cli plan set LEDGER PLAN_ID FIELD VALUE   (title doc_number issuer issued year)
  taizhang-cli progress add LEDGER TASK_ID --unit NAME [--percent P] --text TEXT [--date YYYY-MM-DD]
                      [--author NAME]
  taizhang-cli round open LEDGER --name NAME --due YYYY-MM-DD [--period-end YYYY-MM-DD] [--unit NAME]...
                      [--today YYYY-MM-DD]   (prints: name, units, tasks)
  taizhang-cli round sheets LEDGER --round NAME --out DIR [--format xlsx|pdf] [--unit NAME]...
  taizhang-cli round collect LEDGER --round NAME FILE... [--today YYYY-MM-DD]   (exit 2: a file refused)
  taizhang-cli round status LEDGER --round NAME [--today YYYY-MM-DD]
                      (unit, tasks, reported, returned date or missing, late yes/no)
  taizhang-cli round chase LEDGER --round NAME [--out FILE.pdf] [--today YYYY-MM-DD]
  taizhang-cli round list LEDGER
  taizhang-cli round close LEDGER --round NAME [--today YYYY-MM-DD]
  taizhang-cli closeout request LEDGER TASK_ID --note TEXT [--evidence FILE]... [--unit NAME]
  taizhang-cli closeout decide LEDGER TASK_ID --approve|--return --note TEXT [--by NAME]
  taizhang-cli closeout list LEDGER
  taizhang-cli closeout form LEDGER TASK_ID... --out FILE.pdf
  taizhang-cli closeout evidence LEDGER EVIDENCE_ID --out FILE
  taizhang-cli score LEDGER --from YYYY-MM-DD --to YYYY-MM-DD [--format tsv|pdf|xlsx] [--out FILE]
                      [--today YYYY-MM-DD]   (rank, unit, score, then each rule&apos;s points)
  taizhang-cli history LEDGER [--task TASK_ID] [--format tsv|csv]
                      (when, who, task, field, old value, new value, action)
  taizhang-cli escalate LEDGER [--today YYYY-MM-DD] [--issue --out FILE.pdf]
                      (level, task number, lead units, days overdue, reason)
  taizhang-cli --version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::CloseOutCommands</name>
    <message>
        <source>closeout takes request, decide, list, form or evidence, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no task %1 in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the ledger file and the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done: the close-out&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file proving it (repeatable): PDF, PNG, JPEG, .docx, .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit asking; the task&apos;s lead unit when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say with --note what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the task out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request back (the task is open again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s note; when returning, the reason the unit reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides (default: this computer&apos;s user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say --approve or --return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 has no close-out request waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the PDF with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 has no close-out request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no evidence %1 in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the copy with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::CloseOutDialog</name>
    <message>
        <source>Request Close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, and how it can be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::CloseOutForm</name>
    <message>
        <source>Close-out Approval Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no close-out request to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB, SHA-256 %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: closed out on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned on %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by: %1        Approved by: %1        Date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    -    -    </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::CloseOutPanel</name>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Close-out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Close-out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return Close-out Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Close-out Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-out of task %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return Close-out Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it returned? The unit reads this on its next sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::CollectPreviewDialog</name>
    <message>
        <source>Collect Returned Sheets — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: nothing from this file is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: a later sheet of this unit is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to store</source>
        <translation>
            <numerusform>%n row to store</numerusform>
            <numerusform>%n rows to store</numerusform>
        </translation>
    </message>
    <message>
        <source> (asks to close out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be stored as progress reports, as one step that can be undone.</source>
        <translation>
            <numerusform>%n row will be stored as progress reports, as one step that can be undone.</numerusform>
            <numerusform>%n rows will be stored as progress reports, as one step that can be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n file refused.</numerusform>
            <numerusform>%n files refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::CsvExporter</name>
    <message>
        <source>CSV, UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::Dashboard</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units by overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open them in the table</source>
        <translation>
            <numerusform>… and %n more: open them in the table</numerusform>
            <numerusform>… and %n more: open them in the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::DeadlineCharts</name>
    <message>
        <source>Due per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-up %1: tasks due and done, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units by traffic light, worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate by lead unit (done on time ÷ due by today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: due dates and milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalateCommand</name>
    <message>
        <source>Take this date as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the notices due and print them (with --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to print the issued notices to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the ledger file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the PDF with --out FILE to issue the notices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalationDialog</name>
    <message>
        <source>Today&apos;s Notices — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the escalation ladder is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a notice not to issue it today, and say why in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Today&apos;s Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is open read-only: notices cannot be issued from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalationLadder</name>
    <message numerus="yes">
        <source>%n supervision notice(s) went unanswered</source>
        <translation>
            <numerusform>%n supervision notice went unanswered</numerusform>
            <numerusform>%n supervision notices went unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>the supervision notice of %1 went unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the urging notice of %1 went unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet returned in the round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalationNotice</name>
    <message>
        <source>Today&apos;s Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the escalation ladder is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is due on %1. Please make sure it is finished on time and report its progress by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report in writing by %1 what has been done, why the deadline was missed and when the task will be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is named in this month&apos;s bulletin. Please report by %1 how it will be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s responsible leader is asked to an interview about this task; please report by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalationRules</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] No. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::EvidenceFile</name>
    <message>
        <source>%1 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence may be at most %3 MB a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was read; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a program, not a document; it cannot be evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF, a picture (PNG, JPEG), a Word .docx or an Excel .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named .%2 but holds a .%3 file; rename it to what it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::FilterBar</name>
    <message>
        <source>Search key work, requirement, units, progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::HistoryCommand</name>
    <message>
        <source>Only this task&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsv or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the ledger file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is tsv or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task takes a task id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task, field or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::HistoryLabels</name>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close-out request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close-out decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::HtmlReader</name>
    <message>
        <source>%1 could not be read as a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportDraftModel</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>A task with this title is already in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportPreviewPage</name>
    <message>
        <source>Check what was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct any field, merge or split tasks, and uncheck what is not a task. Source colours: title yellow, units blue, deadline red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the selected task and the one after it (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make two tasks of the requirement, at the cursor (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop / keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected task out of the import, or take it back in (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate names with 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read as %2: %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 &quot;%2&quot; is already in the ledger; uncheck it unless you want it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to check. </source>
        <translation>
            <numerusform>%n warning to check. </numerusform>
            <numerusform>%n warnings to check. </numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible leaders (people, not units), separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportSourcePage</name>
    <message>
        <source>Choose what to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy document (Word, WPS saved as .docx, PDF or text) or a ledger table (Excel, CSV). Nothing is stored until the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .docx, .xlsx, .csv, .pdf or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste the document&apos;s text here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and ledger tables (*.docx *.xlsx *.csv *.tsv *.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportTargetPage</name>
    <message>
        <source>Store the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new plan(s)</source>
        <translation>
            <numerusform>%n new plan</numerusform>
            <numerusform>%n new plans</numerusform>
        </translation>
    </message>
    <message>
        <source>Each document becomes a plan of its own, or adds its tasks to a plan already in the ledger. Check its title and the year its deadlines belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be imported; %2. The import is one step: Edit → Undo takes it back whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportWizard</name>
    <message>
        <source>Import a plan or ledger table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::JsonExporter</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::KanbanBoard</name>
    <message>
        <source>Move to &amp;next column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;previous column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No swimlanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimlanes by lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closing %n task(s) (已销号). Say why: what was done, which document confirms it.</source>
        <translation>
            <numerusform>Closing %n task (已销号). Say why: what was done, which document confirms it.</numerusform>
            <numerusform>Closing %n tasks (已销号). Say why: what was done, which document confirms it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag cards to change their status; Ctrl+←/→ moves the selected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lead unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimlanes by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::KanbanCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerCloseOuts</name>
    <message>
        <source>Task %1 is not in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is closed out already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 has a close-out request waiting for a decision already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is returned: the unit reads it on its next sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close-out request is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This close-out request was decided on %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger holds %1 MB of evidence and may hold %2 MB; these files would pass that. Send fewer or smaller files (a scan at a lower resolution, a PDF instead of photos).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerDocument</name>
    <message>
        <source>Closed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge unit %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Taizhang (%2). It can be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change report settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1 is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has subsections; delete or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section&apos;s tasks cannot move into the section being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks can move only to a section of the same plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n task(s); choose a section to move them to.</source>
        <translation>
            <numerusform>%1 holds %n task; choose a section to move it to.</numerusform>
            <numerusform>%1 holds %n tasks; choose a section to move them to.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger; the step cannot be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was changed since this step; the step is dropped and the newer change kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as open in Taizhang on another computer (%2). If that Taizhang is no longer running there (the computer crashed or was switched off), the mark can be removed; otherwise it can be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: %2, so Taizhang cannot keep others from changing it at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taizhang stopped while %1 was open, and a full check now finds it damaged (%2). Nothing more will be written into it: open it read-only to read and export what it holds, and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was changed since these sheets were collected; the step is dropped and the newer change kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerEdits</name>
    <message>
        <source>there is no task %1 in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section &quot;%1&quot;; the sections are:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 sections; give its path:
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task takes add, set, delete or move, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task add needs LEDGER, --plan PLAN_ID, --section TITLE and --title TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no plan %1 in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task set needs LEDGER TASK_ID FIELD VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use not_started, in_progress, blocked, done or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task delete needs LEDGER and at least one TASK_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task move needs LEDGER TASK_ID and --section TITLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan takes set, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan set needs LEDGER PLAN_ID FIELD VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan field &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued must be a date such as 2024-03-15, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year must be a year such as 2024, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan&apos;s title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress takes add, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress add needs LEDGER TASK_ID, --unit NAME and --text TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress add needs a unit and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--percent must be 0 to 100, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date such as 2024-06-30, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerExporter</name>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerLock</name>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, process %3, since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file could not be written: is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerReport</name>
    <message>
        <source>%1    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s). A red dot marks an overdue deadline, an amber dot one due within %1 days.</source>
        <translation>
            <numerusform>%n task. A red dot marks an overdue deadline, an amber dot one due within %1 days.</numerusform>
            <numerusform>%n tasks. A red dot marks an overdue deadline, an amber dot one due within %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerRounds</name>
    <message>
        <source>A reporting round needs a name, such as 2024年6月.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a reporting round named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open task names a unit to report on it; the round %1 was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting round %1 needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reporting round is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reporting round is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No returned sheet has anything to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting round of these sheets is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting round %1 is closed; undo its closing to collect more sheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerSheet</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reform task ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible leaders: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerStore</name>
    <message>
        <source>The ledger %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Taizhang ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Taizhang ledger (it is not a ledger database). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Taizhang ledger. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Taizhang (ledger format %2; this version reads up to %3). Update Taizhang to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains database code that Taizhang never writes (triggers or views); it was refused to keep your computer safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is locked by another program; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file or its folder cannot be written; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not be written (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to import into is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s sections do not form a tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left in the middle of a save by a crash, and its folder cannot be written to finish undoing it. Copy the file and %2 to a writable folder and open it there; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ledger on a database server; this version of Taizhang opens ledger files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting round is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returned sheet is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close-out request is no longer in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerTableImporter</name>
    <message>
        <source>Ledger table (tab-separated text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger header row found in %1: expected columns such as 重点工作, 具体要求, 责任单位, 完成时限.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger names no year; deadlines without a year stay undated. Give the year to import with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key work &quot;%1&quot; has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requirement row before the first key work was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 names no lead unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 has no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: deadline &quot;%2&quot; names no date Taizhang understands; it is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key work %1 is missing from the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key works %1–%2 are missing from the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger table in %1 has a header but no task rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::Libraries</name>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due-Soon Window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample ledger could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n task(s)</source>
        <translation>
            <numerusform>Import %n task</numerusform>
            <numerusform>Import %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n task(s).</source>
        <translation>
            <numerusform>Imported %n task.</numerusform>
            <numerusform>Imported %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due-Soon Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn (yellow) this many days before a deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taizhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tasks shown  ·  overdue %3  ·  due soon %4  ·  on track %5  ·  ongoing %6  ·  done %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taizhang ledgers (*.taizhang);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected from the chart.</source>
        <translation>
            <numerusform>%n task selected from the chart.</numerusform>
            <numerusform>%n tasks selected from the chart.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Selected Tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the tasks to edit in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Taizhang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Mark and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::MeetingSheet</name>
    <message numerus="yes">
        <source>Scheduling meeting: overdue tasks and tasks due within %n day(s)</source>
        <translation>
            <numerusform>Scheduling meeting: overdue tasks and tasks due within %n day</numerusform>
            <numerusform>Scheduling meeting: overdue tasks and tasks due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(no lead unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No task is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>No task is overdue or due within %n day.</numerusform>
            <numerusform>No task is overdue or due within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 task(s) of %2 unit(s): %3 overdue, %4 due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::MonthlyBulletin</name>
    <message>
        <source>Issue %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 the ledger holds %2 tasks: %3 done, %4 on track, %5 due within %6 days, %7 overdue and %8 ongoing without a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous bulletin of %1: done %2, overdue %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first bulletin; there is no earlier one to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by warning, the %1 units with most overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate by lead unit (done on time ÷ due by today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate by lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>4. Progress reporting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1 units asked to report by %2, %3 reported on time, %4 late and %5 not at all; %6 of %7 tasks were reported on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Tasks named in this bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following tasks went unanswered on the escalation ladder and are named here:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::NewRoundDialog</name>
    <message>
        <source>Every open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n task(s) the filter shows</source>
        <translation>
            <numerusform>The %n task the filter shows</numerusform>
            <numerusform>The %n tasks the filter shows</numerusform>
        </translation>
    </message>
    <message>
        <source>New Reporting Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of the next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns due on day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::OfficeArchive</name>
    <message>
        <source>%1 is not a readable Word or Excel file (the zip container is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the part %2 a Word or Excel file has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 MB: it is refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains XML with a document type declaration, which Office files never have; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not well-formed XML (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::OfficeConverter</name>
    <message>
        <source>%1 is an older or WPS office file, which Taizhang reads through LibreOffice, and LibreOffice is not installed. Install it (apt install libreoffice-writer libreoffice-calc), or save the file as .%2 and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder to convert %1 in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice (%1) could not be started to convert %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice did not finish converting %1 within %2 seconds; save it as .%3 and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: it is damaged, protected or not an office document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::PdfExporter</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::PdfReader</name>
    <message>
        <source>The PDF file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is password-protected; save an unprotected copy and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file holds no text, only images (a scan?): Taizhang cannot read it without OCR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::PlanEditActions</name>
    <message>
        <source>Taizhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sect&amp;ions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan &quot;%1&quot; with its sections and %n task(s), their progress records too? Edit → Undo brings it all back.</source>
        <translation>
            <numerusform>Delete the plan &quot;%1&quot; with its sections and its %n task, its progress records too? Edit → Undo brings it all back.</numerusform>
            <numerusform>Delete the plan &quot;%1&quot; with its sections and %n tasks, their progress records too? Edit → Undo brings it all back.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the plan (方案):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger has no plan yet: import one or make a new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read the deadlines of %n task(s) that name no year again as %1?</source>
        <translation>
            <numerusform>Read the deadline of %n task that names no year again as %1?</numerusform>
            <numerusform>Read the deadlines of %n tasks that name no year again as %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 巫山府办发〔2021〕66号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines that name no year (&quot;6月底&quot;) are read in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and requirements of the plan (工作目标, 工作要求 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing &amp;office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::PolicyDocumentImporter</name>
    <message>
        <source>Task %1 repeats task %2 word for word (the document was pasted twice?); it is imported once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 names no lead unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: &quot;%2&quot; names no date Taizhang understands; set the deadline by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 gives no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy document (plan, opinions, compilation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbered tasks found in %1: a plan lists its tasks as &quot;1.&quot;, &quot;（一）&quot; or &quot;一、&quot; items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in %2; it is imported once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no year; deadlines without one are read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no numbered tasks; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names no responsible units for any of its %n task(s); they are imported without units, to be assigned by hand.</source>
        <translation>
            <numerusform>&quot;%1&quot; names no responsible units for its only task; it is imported without units, to be assigned by hand.</numerusform>
            <numerusform>&quot;%1&quot; names no responsible units for any of its %n tasks; they are imported without units, to be assigned by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1 is printed twice in &quot;%2&quot;; both items are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; skips number %2 (the next item is %3); check that nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; skips numbers %2–%3 (the next item is %4); check that nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment at line %1 of &quot;%2&quot; lists items that name no units (a form, rules or a list of materials); it is kept in the plan&apos;s notes, not read as tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n numbered line(s) of &quot;%1&quot;, from line %2 on, follow no numbering of the plan and were not read as tasks; they are kept in the plan&apos;s notes. Check that none of them is a task.</source>
        <translation>
            <numerusform>%n numbered line of &quot;%1&quot;, from line %2 on, follows no numbering of the plan and was not read as a task; it is kept in the plan&apos;s notes. Check that it is not a task.</numerusform>
            <numerusform>%n numbered lines of &quot;%1&quot;, from line %2 on, follow no numbering of the plan and were not read as tasks; they are kept in the plan&apos;s notes. Check that none of them is a task.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on reports when the ledger names no office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped on the progress entries you add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for ledgers and &amp;exports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for Ledgers and Exports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::Report</name>
    <message>
        <source>Task ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit task sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date as printed: year, month, day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed (is the disk full or the printer gone?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed and nothing was written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportDialog</name>
    <message>
        <source>Only the tasks the current filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting sheet: &amp;due within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportSettings</name>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin on the Progress of Key Reform Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] No. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportSettingsDialog</name>
    <message>
        <source>Report Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ledger title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulletin title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also when the lead unit missed a reporting round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> unanswered supervision notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urging notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or when an urging notice&apos;s reply date passed unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the bulletin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportingView</name>
    <message>
        <source>&amp;New Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Sheets for &amp;Paper (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect Returned Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy Reminders for Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the sheets units returned here to collect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reporting round yet: open one to send units their sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 · returns due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1 · returns were due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units · %2 returned · %3 missing · %4 late · %5 of %6 tasks reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting round %1: %2 of %3 units returned, %4 missing (due %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting round %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Sheets for Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n sheet written to %1.</numerusform>
            <numerusform>%n sheets written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect Returned Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n progress report(s) stored from the returned sheets.</source>
        <translation>
            <numerusform>%n progress report stored from the returned sheets.</numerusform>
            <numerusform>%n progress reports stored from the returned sheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminders for %n unit(s) copied: paste them into the office&apos;s messenger.</source>
        <translation>
            <numerusform>Reminders for %n unit copied: paste them into the office&apos;s messenger.</numerusform>
            <numerusform>Reminders for %n units copied: paste them into the office&apos;s messenger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect a &amp;Folder of Returned Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a Folder of Returned Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s Notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;Scores…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnCollector</name>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned a later sheet, %2; this one is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also returned %2; this later sheet is the one kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sheet sent from another ledger, not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the round %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden part of %1 was changed, so it is matched by the unit named in it and its task numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has lost its hidden part (copied into another workbook?), so it is matched by the unit named in it and its task numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which unit filled it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is from %2, which does not report in the round %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came back empty: no task has anything filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already returned a sheet in this round; this one is stored as a later report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger (deleted since the sheet was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 names task %2, which is not one of %3&apos;s tasks in this round (an edited or out-of-date sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 changed in the ledger since the sheet was sent; the ledger now says: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion of task %1, &quot;%2&quot;, is not a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cooperates on task %2: its status is set by the lead unit&apos;s sheet only, so &quot;%3&quot; is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of task %1, &quot;%2&quot;, is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2 held a formula; the value it showed was read, nothing was calculated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheet</name>
    <message>
        <source>progress report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheetLayout</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report on key tasks, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the white cells only (progress this period, completion, status, problems, next steps, who reported and a phone number) and return this file unrenamed by %1. Lead units report the whole task; cooperating units their own part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-out request returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheetPrint</name>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit reports in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ____________    %2 ____________    %3 ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheetReader</name>
    <message>
        <source>%1 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, far larger than any progress sheet; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password or is an old .xls workbook. Ask the unit to save it as .xlsx without a password, then collect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a progress sheet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a progress sheet: no sheet in it has the header row (%2, %3 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; no unit reports on that many tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheetWriter</name>
    <message>
        <source>A whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;C%1 — page &amp;P of &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::RoundBoardModel</name>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cooperating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::RoundCommands</name>
    <message>
        <source>round takes open, sheets, collect, status, chase, list or close, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting round, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the ledger file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the round with --round NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger has no reporting round yet; open one with round open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no round named &quot;%1&quot; (the ledger has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s name, such as 2024年6月.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When sheets are due back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the round reports on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this unit reports (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due must be a date such as 2024-07-05, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period-end must be a date such as 2024-06-30, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger names no unit &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the sheets into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx (to fill in) or pdf (to print).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this unit&apos;s sheet (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is xlsx or pdf, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the folder with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit of those named reports in the round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the returned sheets to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write the reminders to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::RoundSchedule</name>
    <message>
        <source>first quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ScoreCommand</name>
    <message>
        <source>The period&apos;s first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file; standard output when omitted (tsv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the ledger file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be days such as 2024-01-01 and 2024-12-31, the first not after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsv, pdf or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is tsv, pdf or xlsx, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ScoreReport</name>
    <message>
        <source>Unit Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is named in the ledger: there is nothing to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each score was reached (base %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule applied in this period: every unit has the base score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ScoreScheme</name>
    <message>
        <source>Finished on time (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on time (cooperating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (cooperating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::ScoreWorkbook</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit scores, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::SectionsDialog</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Subsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tasks and its plan has no other section to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tasks. Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::SourceText</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, too large for a policy document or ledger table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text in any encoding Taizhang reads (UTF-8, UTF-16, GBK/GB18030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid %2 text; choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OFD file, which Taizhang cannot read yet; save or print it as PDF from the OFD reader and import that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::SupervisionNotice</name>
    <message>
        <source>Supervision Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is overdue: there is nothing to supervise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress has been reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report in writing by %1 what has been done, why the deadline was missed and when the task will be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by (seal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: %1        Date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by (seal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1        Date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    -    -    </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::TaskDetailPanel</name>
    <message>
        <source>Add Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, what is next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date / done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>ongoing, reported every period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood as a date; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible leaders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::TaskEditActions</name>
    <message>
        <source>&amp;New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Requirement Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taizhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requirement row of task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n tasks</source>
        <translation>
            <numerusform>Duplicate %n task</numerusform>
            <numerusform>Duplicate %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)?</source>
        <translation>
            <numerusform>Delete %n task?</numerusform>
            <numerusform>Delete %n tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The progress records of %n of them go too.</source>
        <translation>
            <numerusform>Its progress records go too.</numerusform>
            <numerusform>The progress records of %n of them go too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s).</source>
        <translation>
            <numerusform>Deleted %n task.</numerusform>
            <numerusform>Deleted %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no sections to move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to:</source>
        <translation>
            <numerusform>Move %n task to:</numerusform>
            <numerusform>Move %n tasks to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;number Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task added as &quot;%1&quot;; edit it in the table or the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) up</source>
        <translation>
            <numerusform>Move %n task up</numerusform>
            <numerusform>Move %n tasks up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) down</source>
        <translation>
            <numerusform>Move %n task down</numerusform>
            <numerusform>Move %n tasks down</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>Paste %n task</numerusform>
            <numerusform>Paste %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::TaskTableModel</name>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible leaders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::UnitScores</name>
    <message>
        <source>Task %1 finished on %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 due %2, finished %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 due %2, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: no sheet returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: returned %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notice on task %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::UnitScoresDialog</name>
    <message>
        <source>Unit Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Unit Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::UnitTaskSheet</name>
    <message>
        <source>No task names a responsible unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task names the unit &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sheet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads %1 task(s) (%2 overdue, %3 due soon); cooperates on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As lead unit (%n task(s))</source>
        <translation>
            <numerusform>As lead unit (%n task)</numerusform>
            <numerusform>As lead unit (%n tasks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As cooperating unit (%n task(s))</source>
        <translation>
            <numerusform>As cooperating unit (%n task)</numerusform>
            <numerusform>As cooperating unit (%n tasks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::UnitView</name>
    <message>
        <source>&amp;Rename unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As lead unit: %n task(s)</source>
        <translation>
            <numerusform>As lead unit: %n task</numerusform>
            <numerusform>As lead unit: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As cooperating unit: %n task(s)</source>
        <translation>
            <numerusform>As cooperating unit: %n task</numerusform>
            <numerusform>As cooperating unit: %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a unit on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::XlsxExporter</name>
    <message>
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder can be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sheet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taizhang::XlsxReader</name>
    <message>
        <source>The file is a zip archive but neither a Word (.docx) nor an Excel (.xlsx) document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it names row %2, past the last row a sheet can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it names cell %2, past the last column a sheet can have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficLight</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ledger files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
