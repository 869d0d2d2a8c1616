<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CloseOutCommand</name>
    <message>
        <source>Request close-out</source>
        <translation>申请销号</translation>
    </message>
    <message>
        <source>Approve close-out</source>
        <translation>批准销号</translation>
    </message>
    <message>
        <source>Return close-out request</source>
        <translation>退回销号申请</translation>
    </message>
</context>
<context>
    <name>CollectReturnsCommand</name>
    <message>
        <source>Collect the sheet of %1</source>
        <translation>收取%1的填报表</translation>
    </message>
    <message numerus="yes">
        <source>Collect %n returned sheet(s)</source>
        <translation>
            <numerusform>收取 %n 份填报表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditTasksCommand</name>
    <message>
        <source>Edit number of %1</source>
        <translation>修改%1的序号</translation>
    </message>
    <message>
        <source>Edit key work of %1</source>
        <translation>修改%1的重点工作</translation>
    </message>
    <message>
        <source>Edit requirement of %1</source>
        <translation>修改%1的具体要求</translation>
    </message>
    <message>
        <source>Edit lead units of %1</source>
        <translation>修改%1的牵头单位</translation>
    </message>
    <message>
        <source>Edit cooperating units of %1</source>
        <translation>修改%1的配合单位</translation>
    </message>
    <message>
        <source>Edit deadline of %1</source>
        <translation>修改%1的完成时限</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation>更改%1的状态</translation>
    </message>
    <message>
        <source>Edit problems of %1</source>
        <translation>修改%1的问题建议</translation>
    </message>
    <message>
        <source>Edit remarks of %1</source>
        <translation>修改%1的备注</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit responsible leaders of %1</source>
        <translation>编辑%1的责任领导</translation>
    </message>
    <message>
        <source>Move %1 to another section</source>
        <translation>将%1移到其他章节</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
</context>
<context>
    <name>EscalationLevel</name>
    <message>
        <source>Reminder</source>
        <translation>提醒函</translation>
    </message>
    <message>
        <source>Urging Notice</source>
        <translation>催办单</translation>
    </message>
    <message>
        <source>Supervision Notice</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <source>Named in the Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Interview Notice</source>
        <translation>约谈通知</translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>%1 holds no ledger table or plan that Taizhang recognises.</source>
        <translation>%1 中没有台账能识别的台账表格或方案。</translation>
    </message>
    <message>
        <source>Unknown import format &quot;%1&quot;; known: %2.</source>
        <translation>未知的导入格式“%1”；可用的格式：%2。</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Edit plan &quot;%1&quot;</source>
        <translation>编辑方案《%1》</translation>
    </message>
</context>
<context>
    <name>ProgressCommand</name>
    <message>
        <source>Add progress report</source>
        <translation>添加进展情况</translation>
    </message>
    <message>
        <source>Remove progress report</source>
        <translation>删除进展情况</translation>
    </message>
</context>
<context>
    <name>RemovePlanCommand</name>
    <message>
        <source>Delete plan &quot;%1&quot;</source>
        <translation>删除方案《%1》</translation>
    </message>
</context>
<context>
    <name>RoundCommand</name>
    <message>
        <source>Open reporting round %1</source>
        <translation>发起填报轮次 %1</translation>
    </message>
    <message>
        <source>Close reporting round %1</source>
        <translation>结束填报轮次 %1</translation>
    </message>
    <message>
        <source>Reopen reporting round %1</source>
        <translation>重新开放填报轮次 %1</translation>
    </message>
</context>
<context>
    <name>SampleLedger</name>
    <message>
        <source>Sample ledger - Lhasa 2021</source>
        <translation>示例台账-拉萨2021</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Sample ledger</source>
        <translation>示例台账</translation>
    </message>
</context>
<context>
    <name>Taizhang::AboutDialog</name>
    <message>
        <source>About Taizhang</source>
        <translation>关于台账</translation>
    </message>
    <message>
        <source>Taizhang %1</source>
        <translation>台账 %1</translation>
    </message>
    <message>
        <source>The task ledger of a reform plan: import, track, warn, print.</source>
        <translation>改革方案任务台账：导入、跟踪、预警、打印。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Taizhang itself is free software under the GPL, version 3 or later.</source>
        <translation>台账本身是自由软件，以 GPL 第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <source>Data folder: %1
Settings: %2</source>
        <translation>数据文件夹：%1
设置文件：%2</translation>
    </message>
</context>
<context>
    <name>Taizhang::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n selected task(s)</source>
        <translation>
            <numerusform>批量修改 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Units separated by 、, or a deadline such as 9月底前</source>
        <translation>多个单位用“、”分隔，或填写完成时限，如“9月底前”</translation>
    </message>
    <message numerus="yes">
        <source>Set one field on all %n selected task(s); Edit → Undo takes it back.</source>
        <translation>
            <numerusform>为所选 %n 项任务统一设置一个字段；可用“编辑 → 撤销”撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>新值：</translation>
    </message>
    <message>
        <source>Responsible leaders</source>
        <translation>责任领导</translation>
    </message>
</context>
<context>
    <name>Taizhang::ChaseNotice</name>
    <message>
        <source>Reminder to Report Progress</source>
        <translation>催报通知</translation>
    </message>
    <message>
        <source>Every unit has returned its sheet for %1: there is no one to remind.</source>
        <translation>%1 各单位均已报送，无需催报。</translation>
    </message>
    <message numerus="yes">
        <source>[Reminder] %1: the progress sheet for %2 was due on %3 and has not been received. It covers %n task(s) (No. %4). Please return it as soon as possible.</source>
        <translation>
            <numerusform>【催报】%1：%2重点任务进展填报表应于%3前报送，目前尚未收到，涉及 %n 项任务（序号 %4），请尽快报送。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message numerus="yes">
        <source>The progress sheet for %1 was sent to your unit on %2 and was due on %3. As of %4 it has not been received. Please report the progress of the %n task(s) below by %5.</source>
        <translation>
            <numerusform>%1重点任务进展填报表已于%2发送贵单位，报送截止时间为%3。截至%4，我办尚未收到贵单位报送的材料。请于%5前报送以下 %n 项任务的进展情况。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by (seal): %1</source>
        <translation>发文单位（盖章）：%1</translation>
    </message>
</context>
<context>
    <name>Taizhang::CliLedger</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only file or folder); nothing was changed.</source>
        <translation>无法写入 %1（文件或文件夹只读）；未作任何修改。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何修改。</translation>
    </message>
    <message>
        <source>--today must be a date such as 2024-07-01, not &quot;%1&quot;.</source>
        <translation>--today 应为日期，例如 2024-07-01，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>Taizhang::CliRunner</name>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Ledger file to import into (created when missing).</source>
        <translation>导入到的台账文件（不存在时新建）。</translation>
    </message>
    <message>
        <source>The plan&apos;s year, for deadlines that name none.</source>
        <translation>方案年份，用于未写年份的完成时限。</translation>
    </message>
    <message>
        <source>import needs at least one SOURCE and --into LEDGER.</source>
        <translation>import 需要至少一个源文件和 --into 台账。</translation>
    </message>
    <message>
        <source>--year must be a year such as 2021, not &quot;%1&quot;.</source>
        <translation>--year 应为年份（如 2021），而不是“%1”。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 tasks in %2 plans into %3.</source>
        <translation>已将 %2 个方案中的 %1 项任务导入 %3。</translation>
    </message>
    <message>
        <source>export needs exactly one LEDGER.</source>
        <translation>export 需要且只需要一个台账文件。</translation>
    </message>
    <message>
        <source>Only tasks of this unit (lead or cooperating).</source>
        <translation>只列出该单位（牵头或配合）的任务。</translation>
    </message>
    <message>
        <source>Only tasks with this status.</source>
        <translation>只列出该状态的任务。</translation>
    </message>
    <message>
        <source>Only overdue tasks.</source>
        <translation>只列出逾期任务。</translation>
    </message>
    <message>
        <source>Only unfinished tasks due within DAYS from today.</source>
        <translation>只列出自今天起若干天内到期的未完成任务。</translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation>以该日期作为今天。</translation>
    </message>
    <message>
        <source>The due-soon window in days.</source>
        <translation>临期提醒天数。</translation>
    </message>
    <message>
        <source>list needs exactly one LEDGER.</source>
        <translation>list 需要且只需要一个台账文件。</translation>
    </message>
    <message>
        <source>--today must be a date such as 2021-07-01, not &quot;%1&quot;.</source>
        <translation>--today 应为日期（如 2021-07-01），而不是“%1”。</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use not_started, in_progress, blocked, done or closed.</source>
        <translation>未知状态“%1”；可用 not_started、in_progress、blocked、done 或 closed。</translation>
    </message>
    <message>
        <source>--due-soon-days must be a number of days.</source>
        <translation>--due-soon-days 应为天数。</translation>
    </message>
    <message>
        <source>--due-within must be a number of days.</source>
        <translation>--due-within 应为天数。</translation>
    </message>
    <message>
        <source>Source format: auto, ledger-table or policy-document.</source>
        <translation>源文件格式：auto（自动）、ledger-table（台账表格）或 policy-document（政策文件）。</translation>
    </message>
    <message>
        <source>Encoding of text sources; detected when not given.</source>
        <translation>文本源文件的编码；不指定时自动识别。</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; known: %2.</source>
        <translation>未知编码“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>What to export: ledger, unit, meeting, notice or bulletin.</source>
        <translation>导出内容：ledger（台账）、unit（单位任务清单）、meeting（调度会议表）、notice（督办单）或 bulletin（通报）。</translation>
    </message>
    <message>
        <source>Output file; standard output when omitted (json and csv).</source>
        <translation>输出文件；省略时写到标准输出（仅 json 和 csv）。</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; use ledger, unit, meeting, notice or bulletin.</source>
        <translation>未知的报表“%1”；请用 ledger、unit、meeting、notice 或 bulletin。</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.</source>
        <translation>%1 格式需要 --out 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open in Taizhang (%2); close it there first. Nothing was imported.</source>
        <translation>%1 正在台账程序中打开（%2），请先关闭。未导入任何内容。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export format: %1.</source>
        <translation>导出格式：%1。</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use %2.</source>
        <translation>未知的导出格式“%1”；请用 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 cannot hold the %2 report; export it as %3.</source>
        <translation>%1 格式不能导出“%2”报表；请导出为 %3。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>warning: %1 cannot be written now (%2), so this %3 is not recorded in it.</source>
        <translation>警告：%1 目前不能写入（%2），本次%3不会记入台账。</translation>
    </message>
    <message>
        <source>it is open in Taizhang</source>
        <translation>它正在台账程序中打开</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>它是只读的</translation>
    </message>
    <message>
        <source>To remove the mark, open the ledger in Taizhang. Nothing was imported.</source>
        <translation>如需解除标记，请在台账程序中打开该台账。未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
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
        <translation>用法：
  taizhang-cli import 源文件... --into 台账 [--year 年份] [--format auto|ledger-table|policy-document]
                      [--encoding UTF-8|GB18030|UTF-16LE|UTF-16BE|Big5]
  taizhang-cli export 台账 --format %1 [--report ledger|unit|meeting|notice|bulletin]
                      [--unit 单位] [--due-within 天数] [--today YYYY-MM-DD] --out 文件
  taizhang-cli list 台账 [--unit 单位] [--status 状态] [--overdue] [--due-within 天数] [--today YYYY-MM-DD]
  taizhang-cli task add 台账 --plan 方案编号 --section 章节 --title 标题 [--number 序号] [--requirement 具体要求]
                      [--lead 牵头单位] [--co 配合单位] [--deadline 完成时限] [--after 任务编号]   （输出新任务编号）
  taizhang-cli task set 台账 任务编号 字段 值   （title requirement lead co leaders deadline status
                      number problems remarks）
  taizhang-cli task delete 台账 任务编号...
  taizhang-cli task move 台账 任务编号 --section 章节 [--before 任务编号]
  taizhang-cli plan set 台账 方案编号 字段 值   （title doc_number issuer issued year）
  taizhang-cli progress add 台账 任务编号 --unit 单位 [--percent 百分比] --text 进展 [--date YYYY-MM-DD]
                      [--author 填报人]
  taizhang-cli round open 台账 --name 轮次 --due YYYY-MM-DD [--period-end YYYY-MM-DD] [--unit 单位]...
                      [--today YYYY-MM-DD]   （输出：轮次、单位数、任务数）
  taizhang-cli round sheets 台账 --round 轮次 --out 文件夹 [--format xlsx|pdf] [--unit 单位]...
  taizhang-cli round collect 台账 --round 轮次 文件... [--today YYYY-MM-DD]   （有文件被拒收时退出码为 2）
  taizhang-cli round status 台账 --round 轮次 [--today YYYY-MM-DD]
                      （单位、任务数、已报数、报送日期或 missing、是否逾期 yes/no）
  taizhang-cli round chase 台账 --round 轮次 [--out 文件.pdf] [--today YYYY-MM-DD]
  taizhang-cli round list 台账
  taizhang-cli round close 台账 --round 轮次 [--today YYYY-MM-DD]
  taizhang-cli closeout request 台账 任务编号 --note 说明 [--evidence 文件]... [--unit 单位]
  taizhang-cli closeout decide 台账 任务编号 --approve|--return --note 意见 [--by 审核人]
  taizhang-cli closeout list 台账
  taizhang-cli closeout form 台账 任务编号... --out 文件.pdf
  taizhang-cli closeout evidence 台账 佐证编号 --out 文件
  taizhang-cli score 台账 --from YYYY-MM-DD --to YYYY-MM-DD [--format tsv|pdf|xlsx] [--out 文件]
                      [--today YYYY-MM-DD]   （名次、单位、得分，以及各项规则的得分）
  taizhang-cli history 台账 [--task 任务编号] [--format tsv|csv]
                      （时间、修改人、任务、字段、原值、新值、操作）
  taizhang-cli escalate 台账 [--today YYYY-MM-DD] [--issue --out 文件.pdf]
                      （级别、任务序号、牵头单位、逾期天数、依据）
  taizhang-cli --version
</translation>
    </message>
</context>
<context>
    <name>Taizhang::CloseOutCommands</name>
    <message>
        <source>closeout takes request, decide, list, form or evidence, not &quot;%1&quot;.</source>
        <translation>closeout 的子命令是 request、decide、list、form 或 evidence，不是“%1”。</translation>
    </message>
    <message>
        <source>there is no task %1 in the ledger.</source>
        <translation>台账中没有任务 %1。</translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation>以此日期为今天。</translation>
    </message>
    <message>
        <source>name the ledger file and the task.</source>
        <translation>请写出台账文件和任务编号。</translation>
    </message>
    <message>
        <source>What was done: the close-out&apos;s reason.</source>
        <translation>完成情况：申请销号的理由。</translation>
    </message>
    <message>
        <source>A file proving it (repeatable): PDF, PNG, JPEG, .docx, .xlsx.</source>
        <translation>佐证材料文件（可重复）：PDF、PNG、JPEG、.docx、.xlsx。</translation>
    </message>
    <message>
        <source>The unit asking; the task&apos;s lead unit when not given.</source>
        <translation>申请单位；不写时为任务的牵头单位。</translation>
    </message>
    <message>
        <source>say with --note what was done.</source>
        <translation>请用 --note 写明完成情况。</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>未作任何记录。</translation>
    </message>
    <message>
        <source>Close the task out.</source>
        <translation>同意销号。</translation>
    </message>
    <message>
        <source>Send the request back (the task is open again).</source>
        <translation>退回申请（任务恢复为推进中）。</translation>
    </message>
    <message>
        <source>The decision&apos;s note; when returning, the reason the unit reads.</source>
        <translation>审核意见；退回时为单位看到的退回理由。</translation>
    </message>
    <message>
        <source>Who decides (default: this computer&apos;s user).</source>
        <translation>审核人（默认为本机用户）。</translation>
    </message>
    <message>
        <source>say --approve or --return.</source>
        <translation>请写 --approve 或 --return。</translation>
    </message>
    <message>
        <source>task %1 has no close-out request waiting for a decision.</source>
        <translation>任务 %1 没有待审核的销号申请。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>输出的 PDF 文件。</translation>
    </message>
    <message>
        <source>name the PDF with --out FILE.</source>
        <translation>请用 --out 文件 指明 PDF。</translation>
    </message>
    <message>
        <source>task %1 has no close-out request.</source>
        <translation>任务 %1 没有销号申请。</translation>
    </message>
    <message>
        <source>Where to save the copy.</source>
        <translation>副本的保存位置。</translation>
    </message>
    <message>
        <source>there is no evidence %1 in the ledger.</source>
        <translation>台账中没有佐证材料 %1。</translation>
    </message>
    <message>
        <source>name the copy with --out FILE.</source>
        <translation>请用 --out 文件 指明副本位置。</translation>
    </message>
</context>
<context>
    <name>Taizhang::CloseOutDialog</name>
    <message>
        <source>Request Close-out</source>
        <translation>申请销号</translation>
    </message>
    <message>
        <source>What was done, and how it can be checked</source>
        <translation>完成情况，以及如何核实</translation>
    </message>
    <message>
        <source>Add Evidence…</source>
        <translation>添加佐证材料…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx)</source>
        <translation>佐证材料 (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx)</translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation>未添加的材料</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>申请单位：</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>完成情况：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>佐证材料：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
</context>
<context>
    <name>Taizhang::CloseOutForm</name>
    <message>
        <source>Close-out Approval Form</source>
        <translation>销号审批表</translation>
    </message>
    <message>
        <source>There is no close-out request to print.</source>
        <translation>没有可打印的销号申请。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>%1 (%2 KB, SHA-256 %3…)</source>
        <translation>%1（%2 KB，SHA-256 %3…）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Approved: closed out on %1 by %2.</source>
        <translation>同意销号：%1，审核人 %2。</translation>
    </message>
    <message>
        <source>Returned on %1 by %2: %3</source>
        <translation>退回：%1，审核人 %2。理由：%3</translation>
    </message>
    <message>
        <source>Reviewed by: %1        Approved by: %1        Date: %2</source>
        <translation>审核人：%1        审批人：%1        日期：%2</translation>
    </message>
    <message>
        <source>    -    -    </source>
        <translation>    年    月    日</translation>
    </message>
</context>
<context>
    <name>Taizhang::CloseOutPanel</name>
    <message>
        <source>Waiting for a decision</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation>%1 由 %2 批准销号</translation>
    </message>
    <message>
        <source>Returned %1 by %2: %3</source>
        <translation>%1 由 %2 退回：%3</translation>
    </message>
    <message>
        <source>Request Close-out…</source>
        <translation>申请销号…</translation>
    </message>
    <message>
        <source>Approve Close-out…</source>
        <translation>批准销号…</translation>
    </message>
    <message>
        <source>Return Close-out Request…</source>
        <translation>退回销号申请…</translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation>打开佐证材料</translation>
    </message>
    <message>
        <source>Save a Copy of Evidence…</source>
        <translation>另存佐证材料副本…</translation>
    </message>
    <message>
        <source>Print Close-out Form…</source>
        <translation>打印销号审批表…</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Close-out of task %1 requested.</source>
        <translation>已为第 %1 项任务申请销号。</translation>
    </message>
    <message>
        <source>Approve Close-out</source>
        <translation>批准销号</translation>
    </message>
    <message>
        <source>Return Close-out Request</source>
        <translation>退回销号申请</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>审核意见（可不填）：</translation>
    </message>
    <message>
        <source>Why is it returned? The unit reads this on its next sheet:</source>
        <translation>退回理由（单位会在下一期填报表中看到）：</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>已另存副本：%1。</translation>
    </message>
</context>
<context>
    <name>Taizhang::CollectPreviewDialog</name>
    <message>
        <source>Collect Returned Sheets — %1</source>
        <translation>收取填报表 — %1</translation>
    </message>
    <message>
        <source>Unit / task</source>
        <translation>单位 / 任务</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>报送的进展</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Refused: nothing from this file is stored</source>
        <translation>拒收：此文件的内容一概不保存</translation>
    </message>
    <message>
        <source>Left out: a later sheet of this unit is kept</source>
        <translation>不采用：保留该单位更晚报送的填报表</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to store</source>
        <translation>
            <numerusform>将保存 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source> (asks to close out)</source>
        <translation>（申请销号）</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>保存</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be stored as progress reports, as one step that can be undone.</source>
        <translation>
            <numerusform>将有 %n 行作为进展记录保存，可一步撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n 个文件被拒收。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::CsvExporter</name>
    <message>
        <source>CSV, UTF-8</source>
        <translation>CSV，UTF-8 编码</translation>
    </message>
</context>
<context>
    <name>Taizhang::Dashboard</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Lead units by overdue tasks</source>
        <translation>各牵头单位逾期任务排名</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open them in the table</source>
        <translation>
            <numerusform>…… 另有 %n 项：在表格中查看</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::DeadlineCharts</name>
    <message>
        <source>Due per month</source>
        <translation>逐月到期</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>燃尽（累计）</translation>
    </message>
    <message>
        <source>By lead unit</source>
        <translation>按牵头单位</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Tasks due per month</source>
        <translation>每月到期任务数</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Burn-up %1: tasks due and done, cumulative</source>
        <translation>%1 年累计到期与完成任务数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Lead units by traffic light, worst first</source>
        <translation>各牵头单位预警情况（逾期最多者在上）</translation>
    </message>
    <message>
        <source>Completion rate by lead unit (done on time ÷ due by today)</source>
        <translation>各牵头单位按期完成率（按期完成 ÷ 截至今日到期）</translation>
    </message>
    <message>
        <source>Completion rate %</source>
        <translation>完成率 %</translation>
    </message>
    <message>
        <source>Timeline: due dates and milestones</source>
        <translation>时间轴：完成时限与阶段节点</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>阶段节点</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalateCommand</name>
    <message>
        <source>Take this date as today.</source>
        <translation>以此日期为今天。</translation>
    </message>
    <message>
        <source>Record the notices due and print them (with --out).</source>
        <translation>印发到期的通知并打印（需 --out）。</translation>
    </message>
    <message>
        <source>The PDF to print the issued notices to.</source>
        <translation>印发通知的 PDF 输出文件。</translation>
    </message>
    <message>
        <source>name the ledger file first.</source>
        <translation>请先写台账文件。</translation>
    </message>
    <message>
        <source>name the PDF with --out FILE to issue the notices.</source>
        <translation>印发通知时请用 --out 文件 指明 PDF。</translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalationDialog</name>
    <message>
        <source>Today&apos;s Notices — %1</source>
        <translation>今日督办通知 — %1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Skip because</source>
        <translation>暂不印发的理由</translation>
    </message>
    <message>
        <source>Nothing on the escalation ladder is due today.</source>
        <translation>今天没有需要印发的督办通知。</translation>
    </message>
    <message>
        <source>Untick a notice not to issue it today, and say why in the last column.</source>
        <translation>取消勾选即今天不印发该通知，并在最后一栏写明理由。</translation>
    </message>
    <message>
        <source>Issue and Save as PDF…</source>
        <translation>印发并保存为 PDF…</translation>
    </message>
    <message>
        <source>Save Today&apos;s Notices</source>
        <translation>保存今日督办通知</translation>
    </message>
    <message>
        <source>notices-%1.pdf</source>
        <translation>督办通知-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The ledger is open read-only: notices cannot be issued from it.</source>
        <translation>台账以只读方式打开，不能印发通知。</translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalationLadder</name>
    <message numerus="yes">
        <source>%n supervision notice(s) went unanswered</source>
        <translation>
            <numerusform>%n 份督办通知单未获答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>the supervision notice of %1 went unanswered</source>
        <translation>%1 印发的督办通知单未获答复</translation>
    </message>
    <message>
        <source>the urging notice of %1 went unanswered</source>
        <translation>%1 印发的催办单未获答复</translation>
    </message>
    <message>
        <source>no sheet returned in the round %1</source>
        <translation>%1 未报送填报表</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalationNotice</name>
    <message>
        <source>Today&apos;s Notices</source>
        <translation>今日督办通知</translation>
    </message>
    <message>
        <source>Nothing on the escalation ladder is due today.</source>
        <translation>今天没有需要印发的督办通知。</translation>
    </message>
    <message>
        <source>The task is due on %1. Please make sure it is finished on time and report its progress by %2.</source>
        <translation>该任务将于%1到期，请确保按期完成，并于%2前报送进展情况。</translation>
    </message>
    <message>
        <source>Please report in writing by %1 what has been done, why the deadline was missed and when the task will be completed.</source>
        <translation>请于%1前书面报告工作进展、逾期原因及预计完成时间。</translation>
    </message>
    <message>
        <source>The task is named in this month&apos;s bulletin. Please report by %1 how it will be finished.</source>
        <translation>该任务已在本月通报中点名，请于%1前报告整改措施。</translation>
    </message>
    <message>
        <source>The unit&apos;s responsible leader is asked to an interview about this task; please report by %1.</source>
        <translation>请贵单位分管负责同志就该任务接受约谈，并于%1前报送整改情况。</translation>
    </message>
</context>
<context>
    <name>Taizhang::EscalationRules</name>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>%1 [%2] No. %3</source>
        <translation>%1〔%2〕%3号</translation>
    </message>
</context>
<context>
    <name>Taizhang::EvidenceFile</name>
    <message>
        <source>%1 cannot be found.</source>
        <translation>找不到 %1。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence may be at most %3 MB a file.</source>
        <translation>%1 有 %2 MB；每个佐证材料最大 %3 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 changed while it was read; try again.</source>
        <translation>读取 %1 时文件发生变化，请重试。</translation>
    </message>
    <message>
        <source>%1 is a program, not a document; it cannot be evidence.</source>
        <translation>%1 是程序而不是文档，不能作为佐证材料。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, a picture (PNG, JPEG), a Word .docx or an Excel .xlsx file.</source>
        <translation>%1 不是 PDF、图片（PNG、JPEG）、Word .docx 或 Excel .xlsx 文件。</translation>
    </message>
    <message>
        <source>%1 is named .%2 but holds a .%3 file; rename it to what it is.</source>
        <translation>%1 的扩展名是 .%2，内容却是 .%3 文件；请按实际类型改名。</translation>
    </message>
</context>
<context>
    <name>Taizhang::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Taizhang::FilterBar</name>
    <message>
        <source>Search key work, requirement, units, progress…</source>
        <translation>搜索重点工作、具体要求、责任单位、进展…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All warnings</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部时限</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部主题</translation>
    </message>
</context>
<context>
    <name>Taizhang::HistoryCommand</name>
    <message>
        <source>Only this task&apos;s changes.</source>
        <translation>只列出此任务的修改。</translation>
    </message>
    <message>
        <source>tsv or csv.</source>
        <translation>tsv 或 csv。</translation>
    </message>
    <message>
        <source>name the ledger file first.</source>
        <translation>请先写台账文件。</translation>
    </message>
    <message>
        <source>--format is tsv or csv, not &quot;%1&quot;.</source>
        <translation>--format 应为 tsv 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>--task takes a task id, not &quot;%1&quot;.</source>
        <translation>--task 应为任务编号，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>Taizhang::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Task, field or value</source>
        <translation>任务、字段或内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>导出修改记录</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>修改记录.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>task %1 (deleted)</source>
        <translation>任务 %1（已删除）</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>整个台账</translation>
    </message>
</context>
<context>
    <name>Taizhang::HistoryLabels</name>
    <message>
        <source>number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>key work</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <source>lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>leaders</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>section</source>
        <translation>所属章节</translation>
    </message>
    <message>
        <source>place</source>
        <translation>排序位置</translation>
    </message>
    <message>
        <source>progress report</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>supervision notice</source>
        <translation>督办通知</translation>
    </message>
    <message>
        <source>close-out request</source>
        <translation>销号申请</translation>
    </message>
    <message>
        <source>close-out decision</source>
        <translation>销号审核</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>reporting round</source>
        <translation>填报轮次</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>暂不印发</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>章节调整</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>填报</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>units merged</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>plan year</source>
        <translation>方案年度</translation>
    </message>
    <message>
        <source>returned sheet</source>
        <translation>收取填报表</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>印发</translation>
    </message>
    <message>
        <source>close-out</source>
        <translation>销号</translation>
    </message>
</context>
<context>
    <name>Taizhang::HtmlReader</name>
    <message>
        <source>%1 could not be read as a web page.</source>
        <translation>%1 无法作为网页读取。</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 中没有文字。</translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportDraftModel</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>A task with this title is already in the ledger.</source>
        <translation>台账中已有同名任务。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportPreviewPage</name>
    <message>
        <source>Check what was read</source>
        <translation>核对识别结果</translation>
    </message>
    <message>
        <source>Correct any field, merge or split tasks, and uncheck what is not a task. Source colours: title yellow, units blue, deadline red.</source>
        <translation>可修改任一字段、合并或拆分任务，取消勾选不属于任务的条目。原文标色：标题黄色，责任单位蓝色，完成时限红色。</translation>
    </message>
    <message>
        <source>&amp;Merge with next</source>
        <translation>与下一条合并(&amp;M)</translation>
    </message>
    <message>
        <source>Join the selected task and the one after it (Ctrl+M)</source>
        <translation>将所选任务与下一条合并（Ctrl+M）</translation>
    </message>
    <message>
        <source>&amp;Split at cursor</source>
        <translation>在光标处拆分(&amp;S)</translation>
    </message>
    <message>
        <source>Make two tasks of the requirement, at the cursor (Ctrl+Shift+M)</source>
        <translation>在具体要求的光标处拆成两项任务（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>&amp;Drop / keep</source>
        <translation>剔除 / 保留(&amp;D)</translation>
    </message>
    <message>
        <source>Leave the selected task out of the import, or take it back in (Ctrl+D)</source>
        <translation>不导入所选任务，或重新纳入（Ctrl+D）</translation>
    </message>
    <message>
        <source>Separate names with 、</source>
        <translation>多个单位用“、”分隔</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>序号：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>具体要求：</translation>
    </message>
    <message>
        <source>Lead units:</source>
        <translation>牵头单位：</translation>
    </message>
    <message>
        <source>Cooperating:</source>
        <translation>配合单位：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>完成时限：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <source>text in %1</source>
        <translation>%1 编码的文本</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>%1, read as %2: %3, %4.</source>
        <translation>%1，按%2读取：%3，%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n 个方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Task %1 &quot;%2&quot; is already in the ledger; uncheck it unless you want it twice.</source>
        <translation>任务 %1“%2”已在台账中；如不需重复导入，请取消勾选。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to check. </source>
        <translation>
            <numerusform>有 %n 条提示需核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible leaders (people, not units), separated by 、</source>
        <translation>责任领导（人名，不是单位），用“、”分隔</translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation>责任领导：</translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportSourcePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>A policy document (Word, WPS saved as .docx, PDF or text) or a ledger table (Excel, CSV). Nothing is stored until the last page.</source>
        <translation>政策文件（Word、WPS 另存的 .docx、PDF 或文本）或台账表格（Excel、CSV）。最后一步确认前不会写入台账。</translation>
    </message>
    <message>
        <source>Path of a .docx, .xlsx, .csv, .pdf or .txt file</source>
        <translation>.docx、.xlsx、.csv、.pdf 或 .txt 文件的路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>…or paste the document&apos;s text here</source>
        <translation>……或在此粘贴文件正文</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation>GB18030（GBK、GB2312）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>识别为：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Plans and ledger tables (*.docx *.xlsx *.csv *.tsv *.pdf *.txt);;All files (*)</source>
        <translation>方案和台账表格 (*.docx *.xlsx *.csv *.tsv *.pdf *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportTargetPage</name>
    <message>
        <source>Store the plans</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>方案标题</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new plan(s)</source>
        <translation>
            <numerusform>%n 个新方案</numerusform>
        </translation>
    </message>
    <message>
        <source>Each document becomes a plan of its own, or adds its tasks to a plan already in the ledger. Check its title and the year its deadlines belong to.</source>
        <translation>每份文件成为一个新方案，或将其任务并入台账中已有的方案。请核对方案标题及完成时限所属年度。</translation>
    </message>
    <message>
        <source>Store as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>A new plan</source>
        <translation>新方案</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>并入：%1</translation>
    </message>
    <message>
        <source>%1 will be imported; %2. The import is one step: Edit → Undo takes it back whole.</source>
        <translation>将导入%1，新建%2。整个导入是一步操作：编辑 → 撤销可整体撤回。</translation>
    </message>
</context>
<context>
    <name>Taizhang::ImportWizard</name>
    <message>
        <source>Import a plan or ledger table</source>
        <translation>导入方案或台账表格</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Taizhang::JsonExporter</name>
    <message>
        <source>JSON</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
</context>
<context>
    <name>Taizhang::KanbanBoard</name>
    <message>
        <source>Move to &amp;next column</source>
        <translation>移到下一列(&amp;N)</translation>
    </message>
    <message>
        <source>Move to &amp;previous column</source>
        <translation>移到上一列(&amp;P)</translation>
    </message>
    <message>
        <source>No swimlanes</source>
        <translation>不分泳道</translation>
    </message>
    <message>
        <source>Swimlanes by lead unit</source>
        <translation>按牵头单位分泳道</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>销号</translation>
    </message>
    <message numerus="yes">
        <source>Closing %n task(s) (已销号). Say why: what was done, which document confirms it.</source>
        <translation>
            <numerusform>将 %n 项任务销号。请说明理由：完成了哪些工作，有何文件佐证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>看板：</translation>
    </message>
    <message>
        <source>Drag cards to change their status; Ctrl+←/→ moves the selected ones.</source>
        <translation>拖动卡片可改变状态；Ctrl+←/→ 移动所选卡片。</translation>
    </message>
    <message>
        <source>(no lead unit)</source>
        <translation>（无牵头单位）</translation>
    </message>
    <message>
        <source>Swimlanes by section</source>
        <translation>按主题分泳道</translation>
    </message>
    <message>
        <source>New Task in &quot;%1&quot;</source>
        <translation>在“%1”中新建任务</translation>
    </message>
</context>
<context>
    <name>Taizhang::KanbanCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerCloseOuts</name>
    <message>
        <source>Task %1 is not in the ledger.</source>
        <translation>台账中没有第 %1 项任务。</translation>
    </message>
    <message>
        <source>Task %1 is closed out already.</source>
        <translation>第 %1 项任务已经销号。</translation>
    </message>
    <message>
        <source>Task %1 has a close-out request waiting for a decision already.</source>
        <translation>第 %1 项任务已有待审核的销号申请。</translation>
    </message>
    <message>
        <source>Say why the request is returned: the unit reads it on its next sheet.</source>
        <translation>请写明退回理由：单位会在下一期填报表中看到。</translation>
    </message>
    <message>
        <source>The close-out request is no longer in the ledger.</source>
        <translation>该销号申请已不在台账中。</translation>
    </message>
    <message>
        <source>This close-out request was decided on %1 already.</source>
        <translation>该销号申请已于 %1 审核。</translation>
    </message>
    <message>
        <source>The ledger holds %1 MB of evidence and may hold %2 MB; these files would pass that. Send fewer or smaller files (a scan at a lower resolution, a PDF instead of photos).</source>
        <translation>台账已存 %1 MB 佐证材料，上限为 %2 MB，加上这些文件将超出上限。请减少或压缩文件（降低扫描分辨率，或以 PDF 代替照片）。</translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerDocument</name>
    <message>
        <source>Closed %1: %2</source>
        <translation>%1 销号：%2</translation>
    </message>
    <message>
        <source>Merge unit %1 into %2</source>
        <translation>将单位 %1 合并为 %2</translation>
    </message>
    <message>
        <source>%1 is open in another Taizhang (%2). It can be opened read-only.</source>
        <translation>%1 已在另一个台账程序中打开（%2），只能以只读方式打开。</translation>
    </message>
    <message>
        <source>Change report settings</source>
        <translation>修改报表设置</translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger.</source>
        <translation>任务 %1 已不在台账中。</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation>删除任务 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>删除 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1 is no longer in the ledger.</source>
        <translation>方案 %1 已不在台账中。</translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation>章节须有标题。</translation>
    </message>
    <message>
        <source>New section %1</source>
        <translation>新建章节 %1</translation>
    </message>
    <message>
        <source>Section %1 is no longer in the ledger.</source>
        <translation>章节 %1 已不在台账中。</translation>
    </message>
    <message>
        <source>Rename section %1</source>
        <translation>重命名章节 %1</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>移动章节 %1</translation>
    </message>
    <message>
        <source>%1 has subsections; delete or move them first.</source>
        <translation>%1 下还有子章节；请先删除或移走。</translation>
    </message>
    <message>
        <source>A section&apos;s tasks cannot move into the section being deleted.</source>
        <translation>章节的任务不能移入正在删除的章节。</translation>
    </message>
    <message>
        <source>Tasks can move only to a section of the same plan.</source>
        <translation>任务只能移到同一方案的章节。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n task(s); choose a section to move them to.</source>
        <translation>
            <numerusform>%1 中有 %n 项任务；请选择要移入的章节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>删除章节 %1</translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger; the step cannot be undone or redone.</source>
        <translation>任务 %1 已不在台账中；此步无法撤销或重做。</translation>
    </message>
    <message>
        <source>Task %1 was changed since this step; the step is dropped and the newer change kept.</source>
        <translation>任务 %1 在此步之后又被修改；此步已放弃，保留较新的修改。</translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger; nothing was changed.</source>
        <translation>任务 %1 已不在台账中；未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is marked as open in Taizhang on another computer (%2). If that Taizhang is no longer running there (the computer crashed or was switched off), the mark can be removed; otherwise it can be opened read-only.</source>
        <translation>%1 被另一台电脑上的台账程序标记为正在编辑（%2）。如果那台电脑上的台账已不再运行（电脑死机或已关机），可以解除该标记；否则只能以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2, so Taizhang cannot keep others from changing it at the same time.</source>
        <translation>%1 已以只读方式打开：%2，台账程序无法防止他人同时修改它。</translation>
    </message>
    <message>
        <source>Taizhang stopped while %1 was open, and a full check now finds it damaged (%2). Nothing more will be written into it: open it read-only to read and export what it holds, and restore it from a backup.</source>
        <translation>台账程序在打开 %1 时异常停止，现经完整检查发现文件已损坏（%2）。不会再向其写入任何内容：可以只读方式打开以查看和导出其中的内容，并请从备份恢复。</translation>
    </message>
    <message>
        <source>Task %1 was changed since these sheets were collected; the step is dropped and the newer change kept.</source>
        <translation>第 %1 项任务在收取这些填报表后又被修改；此步骤已放弃，保留较新的修改。</translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerEdits</name>
    <message>
        <source>there is no task %1 in the ledger.</source>
        <translation>台账中没有任务 %1。</translation>
    </message>
    <message>
        <source>no section &quot;%1&quot;; the sections are:
  %2</source>
        <translation>没有章节“%1”；现有章节：
  %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 sections; give its path:
  %3</source>
        <translation>“%1”对应 %2 个章节；请写出完整路径：
  %3</translation>
    </message>
    <message>
        <source>task takes add, set, delete or move, not &quot;%1&quot;.</source>
        <translation>task 只接受 add、set、delete 或 move，而不是“%1”。</translation>
    </message>
    <message>
        <source>task add needs LEDGER, --plan PLAN_ID, --section TITLE and --title TEXT.</source>
        <translation>task add 需要 LEDGER、--plan PLAN_ID、--section TITLE 和 --title TEXT。</translation>
    </message>
    <message>
        <source>there is no plan %1 in the ledger.</source>
        <translation>台账中没有方案 %1。</translation>
    </message>
    <message>
        <source>New task %1</source>
        <translation>新建任务 %1</translation>
    </message>
    <message>
        <source>task set needs LEDGER TASK_ID FIELD VALUE.</source>
        <translation>task set 需要 LEDGER TASK_ID FIELD VALUE。</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; use one of %2.</source>
        <translation>未知字段“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use not_started, in_progress, blocked, done or closed.</source>
        <translation>未知状态“%1”；可用 not_started、in_progress、blocked、done 或 closed。</translation>
    </message>
    <message>
        <source>task delete needs LEDGER and at least one TASK_ID.</source>
        <translation>task delete 需要 LEDGER 和至少一个 TASK_ID。</translation>
    </message>
    <message>
        <source>task move needs LEDGER TASK_ID and --section TITLE.</source>
        <translation>task move 需要 LEDGER TASK_ID 和 --section TITLE。</translation>
    </message>
    <message>
        <source>plan takes set, not &quot;%1&quot;.</source>
        <translation>plan 只接受 set，而不是“%1”。</translation>
    </message>
    <message>
        <source>plan set needs LEDGER PLAN_ID FIELD VALUE.</source>
        <translation>plan set 需要 LEDGER PLAN_ID FIELD VALUE。</translation>
    </message>
    <message>
        <source>unknown plan field &quot;%1&quot;; use one of %2.</source>
        <translation>未知方案字段“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>issued must be a date such as 2024-03-15, not &quot;%1&quot;.</source>
        <translation>issued 须为日期（如 2024-03-15），而不是“%1”。</translation>
    </message>
    <message>
        <source>year must be a year such as 2024, not &quot;%1&quot;.</source>
        <translation>year 须为年份（如 2024），而不是“%1”。</translation>
    </message>
    <message>
        <source>a plan&apos;s title cannot be empty.</source>
        <translation>方案标题不能为空。</translation>
    </message>
    <message>
        <source>progress takes add, not &quot;%1&quot;.</source>
        <translation>progress 只接受 add，而不是“%1”。</translation>
    </message>
    <message>
        <source>progress add needs LEDGER TASK_ID, --unit NAME and --text TEXT.</source>
        <translation>progress add 需要 LEDGER TASK_ID、--unit NAME 和 --text TEXT。</translation>
    </message>
    <message>
        <source>progress add needs a unit and a text.</source>
        <translation>progress add 需要填报单位和进展内容。</translation>
    </message>
    <message>
        <source>--percent must be 0 to 100, not &quot;%1&quot;.</source>
        <translation>--percent 须为 0 到 100，而不是“%1”。</translation>
    </message>
    <message>
        <source>--date must be a date such as 2024-06-30, not &quot;%1&quot;.</source>
        <translation>--date 须为日期（如 2024-06-30），而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerExporter</name>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerLock</name>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>某个程序</translation>
    </message>
    <message>
        <source>%1 on %2, process %3, since %4</source>
        <translation>%2 上的 %1，进程 %3，自 %4 起</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>其所在文件夹不可写入</translation>
    </message>
    <message>
        <source>the lock file could not be written: is the disk full?</source>
        <translation>无法写入锁文件：磁盘是否已满？</translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerReport</name>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s). A red dot marks an overdue deadline, an amber dot one due within %1 days.</source>
        <translation>
            <numerusform>共 %n 项任务。红点表示已逾期，黄点表示 %1 天内到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerRounds</name>
    <message>
        <source>A reporting round needs a name, such as 2024年6月.</source>
        <translation>填报轮次需要名称，例如“2024年6月”。</translation>
    </message>
    <message>
        <source>There is already a reporting round named %1.</source>
        <translation>已有名为 %1 的填报轮次。</translation>
    </message>
    <message>
        <source>No open task names a unit to report on it; the round %1 was not opened.</source>
        <translation>没有未完成且写明责任单位的任务，填报轮次 %1 未发起。</translation>
    </message>
    <message>
        <source>The reporting round %1 needs a due date.</source>
        <translation>填报轮次 %1 需要报送截止日期。</translation>
    </message>
    <message>
        <source>That reporting round is not open.</source>
        <translation>该填报轮次未在进行中。</translation>
    </message>
    <message>
        <source>That reporting round is not closed.</source>
        <translation>该填报轮次尚未结束。</translation>
    </message>
    <message>
        <source>No returned sheet has anything to store.</source>
        <translation>收回的填报表中没有可保存的内容。</translation>
    </message>
    <message>
        <source>The reporting round of these sheets is no longer in the ledger.</source>
        <translation>这些填报表所属的填报轮次已不在台账中。</translation>
    </message>
    <message>
        <source>The reporting round %1 is closed; undo its closing to collect more sheets.</source>
        <translation>填报轮次 %1 已结束；如需继续收取，请先撤销结束操作。</translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerSheet</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题事项</translation>
    </message>
    <message>
        <source>Key work</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems and suggestions</source>
        <translation>问题建议</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>牵头单位：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cooperating: %1</source>
        <translation>配合单位：%1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>【%1】%2</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>%1: task ledger</source>
        <translation>%1任务落实台账</translation>
    </message>
    <message>
        <source>Reform task ledger</source>
        <translation>改革任务落实台账</translation>
    </message>
    <message>
        <source>Responsible leaders: %1</source>
        <translation>责任领导：%1</translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerStore</name>
    <message>
        <source>The ledger %1 does not exist.</source>
        <translation>台账 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Taizhang ledger.</source>
        <translation>%1 是空文件，不是台账文件。</translation>
    </message>
    <message>
        <source>%1 is not a Taizhang ledger (it is not a ledger database). It was left untouched.</source>
        <translation>%1 不是台账文件（不是台账数据库），文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Taizhang ledger. It was left untouched.</source>
        <translation>%1 是其他程序的数据库，不是台账文件，文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Taizhang (ledger format %2; this version reads up to %3). Update Taizhang to open it; the file was left untouched.</source>
        <translation>%1 由更新版本的台账保存（格式 %2，本版本最高支持 %3）。请升级台账后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 不可写入。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 contains database code that Taizhang never writes (triggers or views); it was refused to keep your computer safe.</source>
        <translation>%1 含有台账从不写入的数据库代码（触发器或视图），为保护您的计算机已拒绝打开。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely (%2). Restore it from a backup.</source>
        <translation>%1 已损坏，无法安全打开（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>无法升级 %1：%2</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
    <message>
        <source>The ledger is open read-only; nothing was changed.</source>
        <translation>台账以只读方式打开，未做任何修改。</translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger.</source>
        <translation>任务 %1 已不在台账中。</translation>
    </message>
    <message>
        <source>The ledger is locked by another program; nothing was changed. Try again in a moment.</source>
        <translation>台账文件正被其他程序锁定，未做任何修改。请稍后再试。</translation>
    </message>
    <message>
        <source>The ledger file or its folder cannot be written; nothing was changed.</source>
        <translation>台账文件或其所在文件夹不可写入，未做任何修改。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满，未做任何修改。请释放空间后重试。</translation>
    </message>
    <message>
        <source>The ledger file is damaged (%1). Restore it from a backup.</source>
        <translation>台账文件已损坏（%1）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The disk reported an error (%1); nothing was changed.</source>
        <translation>磁盘报告错误（%1），未做任何修改。</translation>
    </message>
    <message>
        <source>The ledger could not be written (%1); nothing was changed.</source>
        <translation>无法写入台账（%1），未做任何修改。</translation>
    </message>
    <message>
        <source>The plan to import into is no longer in the ledger.</source>
        <translation>要并入的方案已不在台账中。</translation>
    </message>
    <message>
        <source>Plan %1 is no longer in the ledger.</source>
        <translation>方案 %1 已不在台账中。</translation>
    </message>
    <message>
        <source>Section %1 is no longer in the ledger.</source>
        <translation>章节 %1 已不在台账中。</translation>
    </message>
    <message>
        <source>The plan&apos;s sections do not form a tree.</source>
        <translation>方案的章节结构有误（不成树）。</translation>
    </message>
    <message>
        <source>%1 was left in the middle of a save by a crash, and its folder cannot be written to finish undoing it. Copy the file and %2 to a writable folder and open it there; nothing is lost.</source>
        <translation>%1 在保存过程中因程序异常退出而中断，其所在文件夹不可写，无法撤销未完成的保存。请将该文件和 %2 复制到可写的文件夹后再打开；数据不会丢失。</translation>
    </message>
    <message>
        <source>%1 is a ledger on a database server; this version of Taizhang opens ledger files only.</source>
        <translation>%1 是数据库服务器上的台账；此版本的台账只能打开台账文件。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The reporting round is no longer in the ledger.</source>
        <translation>该填报轮次已不在台账中。</translation>
    </message>
    <message>
        <source>The returned sheet is no longer in the ledger.</source>
        <translation>该份收回的填报表已不在台账中。</translation>
    </message>
    <message>
        <source>The close-out request is no longer in the ledger.</source>
        <translation>该销号申请已不在台账中。</translation>
    </message>
</context>
<context>
    <name>Taizhang::LedgerTableImporter</name>
    <message>
        <source>Ledger table (tab-separated text)</source>
        <translation>台账表格（制表符分隔文本）</translation>
    </message>
    <message>
        <source>No ledger header row found in %1: expected columns such as 重点工作, 具体要求, 责任单位, 完成时限.</source>
        <translation>%1 中没有找到台账表头：应有“重点工作”“具体要求”“责任单位”“完成时限”等列。</translation>
    </message>
    <message>
        <source>The ledger names no year; deadlines without a year stay undated. Give the year to import with.</source>
        <translation>台账未写明年份，未写年份的完成时限无法换算为日期。请指定导入年份。</translation>
    </message>
    <message>
        <source>Key work &quot;%1&quot; has no number.</source>
        <translation>重点工作“%1”没有序号。</translation>
    </message>
    <message>
        <source>A requirement row before the first key work was skipped.</source>
        <translation>第一项重点工作之前的具体要求行已跳过。</translation>
    </message>
    <message>
        <source>Task %1 names no lead unit.</source>
        <translation>任务 %1 没有牵头单位。</translation>
    </message>
    <message>
        <source>Task %1 has no deadline.</source>
        <translation>任务 %1 没有完成时限。</translation>
    </message>
    <message>
        <source>Task %1: deadline &quot;%2&quot; names no date Taizhang understands; it is kept as written.</source>
        <translation>任务 %1：完成时限“%2”无法识别为日期，已按原文保留。</translation>
    </message>
    <message>
        <source>Key work %1 is missing from the source.</source>
        <translation>源文件中缺少第 %1 项重点工作。</translation>
    </message>
    <message>
        <source>Key works %1–%2 are missing from the source.</source>
        <translation>源文件中缺少第 %1–%2 项重点工作。</translation>
    </message>
    <message>
        <source>The ledger table in %1 has a header but no task rows.</source>
        <translation>%1 中的台账表格只有表头，没有任务行。</translation>
    </message>
</context>
<context>
    <name>Taizhang::Libraries</name>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
</context>
<context>
    <name>Taizhang::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Clear &amp;Filter</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Task &amp;Details</source>
        <translation>任务详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Due-Soon Window…</source>
        <translation>临期提醒天数(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The sample ledger could not be created: %1</source>
        <translation>无法创建示例台账：%1</translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name.</source>
        <translation>%1 已存在；请直接打开它，或换一个文件名。</translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation>打开台账</translation>
    </message>
    <message numerus="yes">
        <source>Import %n task(s)</source>
        <translation>
            <numerusform>导入 %n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n task(s).</source>
        <translation>
            <numerusform>已导入 %n 项任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due-Soon Window</source>
        <translation>临期提醒天数</translation>
    </message>
    <message>
        <source>Warn (yellow) this many days before a deadline:</source>
        <translation>在完成时限前多少天亮黄灯提醒：</translation>
    </message>
    <message>
        <source>Taizhang</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[只读]</translation>
    </message>
    <message>
        <source>%1 of %2 tasks shown  ·  overdue %3  ·  due soon %4  ·  on track %5  ·  ongoing %6  ·  done %7</source>
        <translation>显示 %1 / 共 %2 项  ·  逾期 %3  ·  临期 %4  ·  正常 %5  ·  常态 %6  ·  完成 %7</translation>
    </message>
    <message>
        <source>Taizhang ledgers (*.taizhang);;All files (*)</source>
        <translation>台账文件 (*.taizhang);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected from the chart.</source>
        <translation>
            <numerusform>已从图表选中 %n 项任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Edit &amp;Selected Tasks…</source>
        <translation>批量修改所选任务(&amp;S)…</translation>
    </message>
    <message>
        <source>Select the tasks to edit in the table first.</source>
        <translation>请先在表格中选择要修改的任务。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Taizhang…</source>
        <translation>关于台账(&amp;A)…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>关于 &amp;Qt…</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>以只读方式打开吗？</translation>
    </message>
    <message>
        <source>Ledger in use</source>
        <translation>台账正在使用</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed in this window.</source>
        <translation>已以只读方式打开：本窗口中不能修改。</translation>
    </message>
    <message>
        <source>Remove the Mark and Open</source>
        <translation>解除标记并打开</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>&amp;Reporting</source>
        <translation>填报(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>Taizhang::MeetingSheet</name>
    <message numerus="yes">
        <source>Scheduling meeting: overdue tasks and tasks due within %n day(s)</source>
        <translation>
            <numerusform>调度会议表：逾期及 %n 天内到期任务</numerusform>
        </translation>
    </message>
    <message>
        <source>(no lead unit)</source>
        <translation>（未明确牵头单位）</translation>
    </message>
    <message numerus="yes">
        <source>No task is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>没有逾期或 %n 天内到期的任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 task(s) of %2 unit(s): %3 overdue, %4 due soon.</source>
        <translation>共 %1 项任务，涉及 %2 个单位：逾期 %3 项，临期 %4 项。</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due soon</source>
        <translation>%1：逾期 %2 项，临期 %3 项</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::MonthlyBulletin</name>
    <message>
        <source>Issue %1 of %2</source>
        <translation>%2年第%1期</translation>
    </message>
    <message>
        <source>1. Overall</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>As of %1 the ledger holds %2 tasks: %3 done, %4 on track, %5 due within %6 days, %7 overdue and %8 ongoing without a due date.</source>
        <translation>截至%1，台账共有任务 %2 项，其中已完成 %3 项，正常推进 %4 项，%6 天内到期 %5 项，逾期 %7 项，常态推进（无固定时限）%8 项。</translation>
    </message>
    <message>
        <source>Since the previous bulletin of %1: done %2, overdue %3.</source>
        <translation>与上期（%1）相比：已完成 %2 项，逾期 %3 项。</translation>
    </message>
    <message>
        <source>This is the first bulletin; there is no earlier one to compare with.</source>
        <translation>本期为首期通报，无上期数据可比。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>This bulletin</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous bulletin</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>2. Lead units</source>
        <translation>二、牵头单位情况</translation>
    </message>
    <message>
        <source>Tasks by warning, the %1 units with most overdue</source>
        <translation>各单位任务预警情况（逾期最多的 %1 个单位）</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Rate change</source>
        <translation>较上期</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Completion rate by lead unit (done on time ÷ due by today)</source>
        <translation>各牵头单位按期完成率（按期完成数 ÷ 已到期任务数）</translation>
    </message>
    <message>
        <source>Completion rate by lead unit</source>
        <translation>各牵头单位按期完成率</translation>
    </message>
    <message>
        <source>3. Overdue tasks</source>
        <translation>三、逾期任务清单</translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation>目前没有逾期任务。</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>4. Progress reporting (%1)</source>
        <translation>四、进展填报情况（%1）</translation>
    </message>
    <message>
        <source>Of %1 units asked to report by %2, %3 reported on time, %4 late and %5 not at all; %6 of %7 tasks were reported on.</source>
        <translation>应于%2前报送的 %1 个单位中，按时报送 %3 个，逾期报送 %4 个，未报送 %5 个；已报送进展的任务 %6 项，共 %7 项。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>On time: %1.</source>
        <translation>按时报送：%1。</translation>
    </message>
    <message>
        <source>Late: %1.</source>
        <translation>逾期报送：%1。</translation>
    </message>
    <message>
        <source>Not reported: %1.</source>
        <translation>未报送：%1。</translation>
    </message>
    <message>
        <source>5. Tasks named in this bulletin</source>
        <translation>五、通报任务</translation>
    </message>
    <message>
        <source>The following tasks went unanswered on the escalation ladder and are named here:</source>
        <translation>以下任务经催办、督办仍未整改到位，予以通报：</translation>
    </message>
</context>
<context>
    <name>Taizhang::NewRoundDialog</name>
    <message>
        <source>Every open task</source>
        <translation>全部未完成任务</translation>
    </message>
    <message numerus="yes">
        <source>The %n task(s) the filter shows</source>
        <translation>
            <numerusform>当前筛选出的 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>New Reporting Round</source>
        <translation>发起填报轮次</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source> of the next month</source>
        <translation> 日（次月）</translation>
    </message>
    <message>
        <source>Rhythm:</source>
        <translation>填报周期：</translation>
    </message>
    <message>
        <source>Returns due on day:</source>
        <translation>报送截止日：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>轮次名称：</translation>
    </message>
    <message>
        <source>Period ends:</source>
        <translation>统计截止：</translation>
    </message>
    <message>
        <source>Returns due:</source>
        <translation>报送截止：</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>填报任务：</translation>
    </message>
    <message>
        <source>Open Round</source>
        <translation>发起</translation>
    </message>
</context>
<context>
    <name>Taizhang::OfficeArchive</name>
    <message>
        <source>%1 is not a readable Word or Excel file (the zip container is damaged).</source>
        <translation>%1 不是可读取的 Word 或 Excel 文件（压缩包已损坏）。</translation>
    </message>
    <message>
        <source>%1 lacks the part %2 a Word or Excel file has.</source>
        <translation>%1 缺少 Word 或 Excel 文件应有的部分 %2。</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 MB: it is refused as a possible zip bomb.</source>
        <translation>%1 解压后超过 %2 MB，疑为压缩炸弹，已拒绝读取。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 已损坏：无法读取 %2。</translation>
    </message>
    <message>
        <source>%1 contains XML with a document type declaration, which Office files never have; it is refused.</source>
        <translation>%1 含有带文档类型声明（DTD）的 XML，正常的 Office 文件不会如此，已拒绝读取。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not well-formed XML (%3).</source>
        <translation>%1 已损坏：%2 不是格式正确的 XML（%3）。</translation>
    </message>
</context>
<context>
    <name>Taizhang::OfficeConverter</name>
    <message>
        <source>%1 is an older or WPS office file, which Taizhang reads through LibreOffice, and LibreOffice is not installed. Install it (apt install libreoffice-writer libreoffice-calc), or save the file as .%2 and import that.</source>
        <translation>%1 是旧版 Office 或 WPS 文件，台账需借助 LibreOffice 读取，但本机未安装 LibreOffice。请安装（apt install libreoffice-writer libreoffice-calc），或将文件另存为 .%2 后再导入。</translation>
    </message>
    <message>
        <source>No temporary folder to convert %1 in: %2</source>
        <translation>没有可用于转换 %1 的临时文件夹：%2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>LibreOffice (%1) could not be started to convert %2.</source>
        <translation>无法启动 LibreOffice（%1）来转换 %2。</translation>
    </message>
    <message>
        <source>LibreOffice did not finish converting %1 within %2 seconds; save it as .%3 and import that.</source>
        <translation>LibreOffice 未能在 %2 秒内完成 %1 的转换；请将其另存为 .%3 后再导入。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: it is damaged, protected or not an office document.</source>
        <translation>LibreOffice 无法转换 %1：文件已损坏、受密码保护或不是办公文档。</translation>
    </message>
</context>
<context>
    <name>Taizhang::PdfExporter</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>Taizhang::PdfReader</name>
    <message>
        <source>The PDF file is damaged and cannot be read.</source>
        <translation>PDF 文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The PDF file is password-protected; save an unprotected copy and import that.</source>
        <translation>PDF 文件有密码保护；请另存一份无保护的副本再导入。</translation>
    </message>
    <message>
        <source>The PDF file holds no text, only images (a scan?): Taizhang cannot read it without OCR.</source>
        <translation>PDF 文件只有图像没有文字（扫描件？），未经文字识别（OCR）无法读取。</translation>
    </message>
</context>
<context>
    <name>Taizhang::PlanEditActions</name>
    <message>
        <source>Taizhang</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>New &amp;Plan…</source>
        <translation>新建方案(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan P&amp;roperties…</source>
        <translation>方案属性(&amp;R)…</translation>
    </message>
    <message>
        <source>Sect&amp;ions…</source>
        <translation>章节(&amp;I)…</translation>
    </message>
    <message>
        <source>De&amp;lete Plan…</source>
        <translation>删除方案(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan &quot;%1&quot; with its sections and %n task(s), their progress records too? Edit → Undo brings it all back.</source>
        <translation>
            <numerusform>删除方案《%1》及其章节和 %n 项任务（含进展记录）？可用“编辑 → 撤销”全部恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Title of the plan (方案):</source>
        <translation>方案标题：</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新方案</translation>
    </message>
    <message>
        <source>New plan &quot;%1&quot;</source>
        <translation>新建方案《%1》</translation>
    </message>
    <message>
        <source>The ledger has no plan yet: import one or make a new plan.</source>
        <translation>台账中还没有方案：请导入或新建一个方案。</translation>
    </message>
    <message numerus="yes">
        <source>Read the deadlines of %n task(s) that name no year again as %1?</source>
        <translation>
            <numerusform>将 %n 项未写年份的任务的完成时限按 %1 年重新计算？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation>方案属性</translation>
    </message>
    <message>
        <source>e.g. 巫山府办发〔2021〕66号</source>
        <translation>如 巫山府办发〔2021〕66号</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Deadlines that name no year (&quot;6月底&quot;) are read in this year.</source>
        <translation>未写年份的完成时限（如“6月底”）按此年份计算。</translation>
    </message>
    <message>
        <source>Goals and requirements of the plan (工作目标, 工作要求 …)</source>
        <translation>方案的工作目标、工作要求等</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Issuing &amp;office:</source>
        <translation>发文单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>印发日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>Taizhang::PolicyDocumentImporter</name>
    <message>
        <source>Task %1 repeats task %2 word for word (the document was pasted twice?); it is imported once.</source>
        <translation>任务 %1 与任务 %2 完全相同（文件是否粘贴了两次？），只导入一次。</translation>
    </message>
    <message>
        <source>Task %1 names no lead unit.</source>
        <translation>任务 %1 未写明牵头单位。</translation>
    </message>
    <message>
        <source>Task %1: &quot;%2&quot; names no date Taizhang understands; set the deadline by hand.</source>
        <translation>任务 %1：“%2”不是可识别的日期，请手工填写完成时限。</translation>
    </message>
    <message>
        <source>Task %1 gives no deadline.</source>
        <translation>任务 %1 未写明完成时限。</translation>
    </message>
    <message>
        <source>Policy document (plan, opinions, compilation)</source>
        <translation>政策文件（方案、意见、汇编）</translation>
    </message>
    <message>
        <source>No numbered tasks found in %1: a plan lists its tasks as &quot;1.&quot;, &quot;（一）&quot; or &quot;一、&quot; items.</source>
        <translation>%1 中未找到带编号的任务：方案的任务应以“1.”“（一）”或“一、”编号列出。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in %2; it is imported once.</source>
        <translation>“%1”在 %2 中出现了两次，只导入一次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no year; deadlines without one are read as %2.</source>
        <translation>“%1”未写明年度；未写年份的完成时限按 %2 年计。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no numbered tasks; it is not imported.</source>
        <translation>“%1”没有带编号的任务，不予导入。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names no responsible units for any of its %n task(s); they are imported without units, to be assigned by hand.</source>
        <translation>
            <numerusform>《%1》的 %n 项任务均未写明责任单位；已按无单位导入，请手工指定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1 is printed twice in &quot;%2&quot;; both items are imported.</source>
        <translation>《%2》中序号 %1 出现两次；两项均已导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; skips number %2 (the next item is %3); check that nothing was lost.</source>
        <translation>《%1》缺少序号 %2（下一项为 %3）；请核对是否有遗漏。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; skips numbers %2–%3 (the next item is %4); check that nothing was lost.</source>
        <translation>《%1》缺少序号 %2–%3（下一项为 %4）；请核对是否有遗漏。</translation>
    </message>
    <message>
        <source>The attachment at line %1 of &quot;%2&quot; lists items that name no units (a form, rules or a list of materials); it is kept in the plan&apos;s notes, not read as tasks.</source>
        <translation>《%2》第 %1 行起的附件所列事项均未写明责任单位（表格、细则或材料清单），已作为方案备注保留，未作为任务导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n numbered line(s) of &quot;%1&quot;, from line %2 on, follow no numbering of the plan and were not read as tasks; they are kept in the plan&apos;s notes. Check that none of them is a task.</source>
        <translation>
            <numerusform>“%1”自第 %2 行起有 %n 行带编号的内容不符合方案的编号顺序，未作为任务导入，已保留在方案备注中。请检查其中是否有任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Printed on reports when the ledger names no office</source>
        <translation>台账未设置办公室名称时，打印在报表上</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Stamped on the progress entries you add</source>
        <translation>记在您填报的进展情况上</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>办公室名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation>临期预警天数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Folder for ledgers and &amp;exports:</source>
        <translation>台账和导出文件夹(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>填报人(&amp;Y)：</translation>
    </message>
    <message>
        <source>Folder for Ledgers and Exports</source>
        <translation>台账和导出文件夹</translation>
    </message>
</context>
<context>
    <name>Taizhang::Report</name>
    <message>
        <source>Task ledger</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>Unit task sheets</source>
        <translation>单位任务清单</translation>
    </message>
    <message>
        <source>Meeting sheet</source>
        <translation>调度会议表</translation>
    </message>
    <message>
        <source>Supervision notices</source>
        <translation>督办单</translation>
    </message>
    <message>
        <source>Monthly bulletin</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date as printed: year, month, day</comment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>The report could not be printed (is the disk full or the printer gone?).</source>
        <translation>报表未能打印（磁盘已满或打印机不可用？）。</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Report &amp;Settings…</source>
        <translation>报表设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export failed and nothing was written.
%1</source>
        <translation>导出失败，未写入任何内容。
%1</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>导出 %1…</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportDialog</name>
    <message>
        <source>Only the tasks the current filter shows</source>
        <translation>仅包含当前筛选显示的任务</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Meeting sheet: &amp;due within</source>
        <translation>调度会议表：到期范围(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportSettings</name>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Bulletin on the Progress of Key Reform Tasks</source>
        <translation>重点改革任务推进情况通报</translation>
    </message>
    <message>
        <source>%1 [%2] No. %3</source>
        <translation>%1〔%2〕%3号</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportSettingsDialog</name>
    <message>
        <source>Report Settings</source>
        <translation>报表设置</translation>
    </message>
    <message>
        <source>The plan&apos;s title</source>
        <translation>方案标题</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Numbered as: %1</source>
        <translation>编号示例：%1</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>办公室名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Ledger title:</source>
        <translation>台账标题(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Bulletin title:</source>
        <translation>通报标题(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Notice numbers:</source>
        <translation>督办单编号前缀(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reply within:</source>
        <translation>反馈期限(&amp;R)：</translation>
    </message>
    <message>
        <source>Printed sheets</source>
        <translation>打印与编号</translation>
    </message>
    <message>
        <source> days before the deadline</source>
        <translation> 天（到期前）</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> 天（逾期后）</translation>
    </message>
    <message>
        <source>Also when the lead unit missed a reporting round</source>
        <translation>牵头单位未按期报送进展时也催办</translation>
    </message>
    <message>
        <source> unanswered supervision notices</source>
        <translation> 份督办通知单未获答复</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <source>Urging notice:</source>
        <translation>催办单：</translation>
    </message>
    <message>
        <source>Supervision notice:</source>
        <translation>督办通知单：</translation>
    </message>
    <message>
        <source>or when an urging notice&apos;s reply date passed unanswered</source>
        <translation>或催办单回复期限已过仍未答复</translation>
    </message>
    <message>
        <source>Named in the bulletin:</source>
        <translation>通报：</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>约谈：</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>督办升级</translation>
    </message>
    <message>
        <source>Base score:</source>
        <translation>基础分：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Kept within:</source>
        <translation>得分范围：</translation>
    </message>
    <message>
        <source>Unit scores</source>
        <translation>单位考核</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReportingView</name>
    <message>
        <source>&amp;New Round…</source>
        <translation>发起填报轮次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Write Sheets…</source>
        <translation>生成填报表(&amp;W)…</translation>
    </message>
    <message>
        <source>Write Sheets for &amp;Paper (PDF)…</source>
        <translation>生成纸质填报表 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Collect Returned Sheets…</source>
        <translation>收取填报表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print Reminders…</source>
        <translation>打印催报通知(&amp;P)…</translation>
    </message>
    <message>
        <source>C&amp;opy Reminders for Messenger</source>
        <translation>复制催报消息(&amp;O)</translation>
    </message>
    <message>
        <source>Close &amp;Round</source>
        <translation>结束本轮(&amp;R)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>填报轮次：</translation>
    </message>
    <message>
        <source>Drop the sheets units returned here to collect them.</source>
        <translation>把各单位报回的填报表拖到这里即可收取。</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1（已结束）</translation>
    </message>
    <message>
        <source>No reporting round yet: open one to send units their sheets.</source>
        <translation>还没有填报轮次：发起一轮即可向各单位下发填报表。</translation>
    </message>
    <message>
        <source>Opened %1 · returns due %2</source>
        <translation>%1发起 · %2前报送</translation>
    </message>
    <message>
        <source>Closed %1 · returns were due %2</source>
        <translation>%1结束 · 报送截止%2</translation>
    </message>
    <message>
        <source>%1 units · %2 returned · %3 missing · %4 late · %5 of %6 tasks reported</source>
        <translation>%1 个单位 · 已报 %2 · 未报 %3 · 逾期 %4 · 已报任务 %5/%6</translation>
    </message>
    <message>
        <source>Reporting round %1: %2 of %3 units returned, %4 missing (due %5)</source>
        <translation>填报轮次 %1：%3 个单位中已报 %2 个，未报 %4 个（%5截止）</translation>
    </message>
    <message>
        <source>Reporting round %1 opened.</source>
        <translation>已发起填报轮次 %1。</translation>
    </message>
    <message>
        <source>Write Sheets for Paper</source>
        <translation>生成纸质填报表</translation>
    </message>
    <message>
        <source>Write Sheets</source>
        <translation>生成填报表</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1.</source>
        <translation>
            <numerusform>已在 %1 生成 %n 份填报表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect Returned Sheets</source>
        <translation>收取填报表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n progress report(s) stored from the returned sheets.</source>
        <translation>
            <numerusform>已从填报表保存 %n 条进展记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminders for %n unit(s) copied: paste them into the office&apos;s messenger.</source>
        <translation>
            <numerusform>已复制 %n 个单位的催报消息，可粘贴到工作群中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect a &amp;Folder of Returned Sheets…</source>
        <translation>收取整个文件夹的填报表(&amp;F)…</translation>
    </message>
    <message>
        <source>Collect a Folder of Returned Sheets</source>
        <translation>收取整个文件夹的填报表</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s Notices…</source>
        <translation>今日督办通知(&amp;T)…</translation>
    </message>
    <message>
        <source>Unit &amp;Scores…</source>
        <translation>单位考核得分(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnCollector</name>
    <message>
        <source>Problems: %1</source>
        <translation>存在问题：%1</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>下步打算：%1</translation>
    </message>
    <message>
        <source>%1 returned a later sheet, %2; this one is left out.</source>
        <translation>%1 另报送了更晚的填报表 %2，本份不予采用。</translation>
    </message>
    <message>
        <source>%1 also returned %2; this later sheet is the one kept.</source>
        <translation>%1 还报送了 %2，采用本份较晚的填报表。</translation>
    </message>
    <message>
        <source>%1 is a sheet sent from another ledger, not this one.</source>
        <translation>%1 是其他台账发出的填报表，不属于本台账。</translation>
    </message>
    <message>
        <source>%1 belongs to the round %2, not %3.</source>
        <translation>%1 属于填报轮次 %2，不是 %3。</translation>
    </message>
    <message>
        <source>The hidden part of %1 was changed, so it is matched by the unit named in it and its task numbers.</source>
        <translation>%1 的隐藏标识被改动过，已按表中填报单位和任务序号匹配。</translation>
    </message>
    <message>
        <source>%1 has lost its hidden part (copied into another workbook?), so it is matched by the unit named in it and its task numbers.</source>
        <translation>%1 缺少隐藏标识（可能被复制到了新工作簿），已按表中填报单位和任务序号匹配。</translation>
    </message>
    <message>
        <source>%1 does not say which unit filled it in.</source>
        <translation>%1 未写明填报单位。</translation>
    </message>
    <message>
        <source>%1 is from %2, which does not report in the round %3.</source>
        <translation>%1 来自 %2，该单位不在填报轮次 %3 的报送范围内。</translation>
    </message>
    <message>
        <source>%1 came back empty: no task has anything filled in.</source>
        <translation>%1 是空表：没有任何任务填写内容。</translation>
    </message>
    <message>
        <source>%1 already returned a sheet in this round; this one is stored as a later report.</source>
        <translation>%1 本轮已报送过填报表，本份作为后续报送保存。</translation>
    </message>
    <message>
        <source>Task %1 is no longer in the ledger (deleted since the sheet was sent).</source>
        <translation>第 %1 项任务已不在台账中（发表后已删除）。</translation>
    </message>
    <message>
        <source>Row %1 names task %2, which is not one of %3&apos;s tasks in this round (an edited or out-of-date sheet).</source>
        <translation>第 %1 行填写的任务 %2 不是%3本轮的任务（表格被改动或已过期）。</translation>
    </message>
    <message>
        <source>Task %1 changed in the ledger since the sheet was sent; the ledger now says: %2 (%3).</source>
        <translation>第 %1 项任务在发表后已在台账中变更，台账现为：%2（%3）。</translation>
    </message>
    <message>
        <source>no progress</source>
        <translation>暂无进展</translation>
    </message>
    <message>
        <source>The completion of task %1, &quot;%2&quot;, is not a whole number from 0 to 100.</source>
        <translation>第 %1 项任务的完成进度“%2”不是 0 到 100 的整数。</translation>
    </message>
    <message>
        <source>%1 cooperates on task %2: its status is set by the lead unit&apos;s sheet only, so &quot;%3&quot; is not applied.</source>
        <translation>%1 是第 %2 项任务的配合单位，任务状态只按牵头单位的填报表更新，“%3”未采用。</translation>
    </message>
    <message>
        <source>The status of task %1, &quot;%2&quot;, is not one of: %3.</source>
        <translation>第 %1 项任务的状态“%2”不在可选范围内：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Task %1: %2 held a formula; the value it showed was read, nothing was calculated.</source>
        <translation>第 %1 项任务：%2 中含有公式；已读取其显示的值，未执行任何计算。</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheet</name>
    <message>
        <source>progress report</source>
        <translation>进展填报表</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheetLayout</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Key work</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Previous progress</source>
        <translation>上期进展</translation>
    </message>
    <message>
        <source>Progress this period</source>
        <translation>本期进展</translation>
    </message>
    <message>
        <source>Completion (%)</source>
        <translation>完成进度（%）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步打算</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Progress report on key tasks, %1</source>
        <translation>%1重点任务进展填报表</translation>
    </message>
    <message>
        <source>Reporting unit:</source>
        <translation>填报单位：</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>填报轮次：</translation>
    </message>
    <message>
        <source>Return by:</source>
        <translation>报送截止：</translation>
    </message>
    <message>
        <source>Fill in the white cells only (progress this period, completion, status, problems, next steps, who reported and a phone number) and return this file unrenamed by %1. Lead units report the whole task; cooperating units their own part.</source>
        <translation>请只填写白色单元格（本期进展、完成进度、状态、存在问题、下步打算、填报人及联系电话），不要改动文件名，于%1前报送。牵头单位报送任务整体进展，配合单位报送本单位承担部分。</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Request close-out</source>
        <translation>申请销号</translation>
    </message>
    <message>
        <source>Close-out request returned: %1</source>
        <translation>销号申请被退回：%1</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheetPrint</name>
    <message>
        <source>Progress report</source>
        <translation>进展填报表</translation>
    </message>
    <message>
        <source>No unit reports in this round.</source>
        <translation>本轮没有需要填报的单位。</translation>
    </message>
    <message>
        <source>%1 ____________    %2 ____________    %3 ____________</source>
        <translation>%1 ____________    %2 ____________    %3 ____________</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheetReader</name>
    <message>
        <source>%1 cannot be found.</source>
        <translation>找不到 %1。</translation>
    </message>
    <message>
        <source>%1 is %2 MB, far larger than any progress sheet; it was not read.</source>
        <translation>%1 有 %2 MB，远大于任何填报表，未读取。</translation>
    </message>
    <message>
        <source>%1 is protected by a password or is an old .xls workbook. Ask the unit to save it as .xlsx without a password, then collect it again.</source>
        <translation>%1 设有打开密码，或是旧版 .xls 工作簿。请该单位另存为不带密码的 .xlsx 后重新收取。</translation>
    </message>
    <message>
        <source>%1 is not a progress sheet: %2</source>
        <translation>%1 不是填报表：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a progress sheet: no sheet in it has the header row (%2, %3 …).</source>
        <translation>%1 不是填报表：其中没有带表头（%2、%3……）的工作表。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; no unit reports on that many tasks.</source>
        <translation>%1 超过 %2 行，没有单位需要填报这么多任务。</translation>
    </message>
</context>
<context>
    <name>Taizhang::ReturnSheetWriter</name>
    <message>
        <source>A whole number from 0 to 100.</source>
        <translation>请填写 0 到 100 的整数。</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展填报</translation>
    </message>
    <message>
        <source>&amp;C%1 — page &amp;P of &amp;N</source>
        <translation>&amp;C%1 — 第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Taizhang::RoundBoardModel</name>
    <message>
        <source>%1 (lead)</source>
        <translation>%1（均为牵头）</translation>
    </message>
    <message>
        <source>%1 (cooperating)</source>
        <translation>%1（均为配合）</translation>
    </message>
    <message>
        <source>%1 (%2 lead)</source>
        <translation>%1（牵头 %2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>%1 (%2 sheets)</source>
        <translation>%1（%2 份）</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报任务</translation>
    </message>
    <message>
        <source>Sheet returned</source>
        <translation>报送日期</translation>
    </message>
</context>
<context>
    <name>Taizhang::RoundCommands</name>
    <message>
        <source>round takes open, sheets, collect, status, chase, list or close, not &quot;%1&quot;.</source>
        <translation>round 的子命令是 open、sheets、collect、status、chase、list 或 close，不是“%1”。</translation>
    </message>
    <message>
        <source>The reporting round, by name.</source>
        <translation>填报轮次的名称。</translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation>以此日期为今天。</translation>
    </message>
    <message>
        <source>name the ledger file first.</source>
        <translation>请先写台账文件。</translation>
    </message>
    <message>
        <source>name the round with --round NAME.</source>
        <translation>请用 --round 轮次 指明填报轮次。</translation>
    </message>
    <message>
        <source>the ledger has no reporting round yet; open one with round open.</source>
        <translation>台账中还没有填报轮次；请先用 round open 发起。</translation>
    </message>
    <message>
        <source>there is no round named &quot;%1&quot; (the ledger has: %2).</source>
        <translation>没有名为“%1”的填报轮次（台账中有：%2）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The round&apos;s name, such as 2024年6月.</source>
        <translation>轮次名称，例如 2024年6月。</translation>
    </message>
    <message>
        <source>When sheets are due back.</source>
        <translation>填报表报送截止日期。</translation>
    </message>
    <message>
        <source>The last day the round reports on.</source>
        <translation>本轮填报的统计截止日。</translation>
    </message>
    <message>
        <source>Only this unit reports (repeatable).</source>
        <translation>只由此单位填报（可重复）。</translation>
    </message>
    <message>
        <source>--due must be a date such as 2024-07-05, not &quot;%1&quot;.</source>
        <translation>--due 应为日期，例如 2024-07-05，而不是“%1”。</translation>
    </message>
    <message>
        <source>--period-end must be a date such as 2024-06-30, not &quot;%1&quot;.</source>
        <translation>--period-end 应为日期，例如 2024-06-30，而不是“%1”。</translation>
    </message>
    <message>
        <source>the ledger names no unit &quot;%1&quot;.</source>
        <translation>台账中没有单位“%1”。</translation>
    </message>
    <message>
        <source>The folder to write the sheets into.</source>
        <translation>填报表的输出文件夹。</translation>
    </message>
    <message>
        <source>xlsx (to fill in) or pdf (to print).</source>
        <translation>xlsx（供填写）或 pdf（供打印）。</translation>
    </message>
    <message>
        <source>Only this unit&apos;s sheet (repeatable).</source>
        <translation>只生成此单位的填报表（可重复）。</translation>
    </message>
    <message>
        <source>--format is xlsx or pdf, not &quot;%1&quot;.</source>
        <translation>--format 应为 xlsx 或 pdf，而不是“%1”。</translation>
    </message>
    <message>
        <source>name the folder with --out DIR.</source>
        <translation>请用 --out 文件夹 指明输出位置。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>no unit of those named reports in the round %1.</source>
        <translation>所列单位都不在填报轮次 %1 的报送范围内。</translation>
    </message>
    <message>
        <source>name the returned sheets to collect.</source>
        <translation>请写出要收取的填报表文件。</translation>
    </message>
    <message>
        <source>The PDF to write the reminders to.</source>
        <translation>催报通知的 PDF 输出文件。</translation>
    </message>
</context>
<context>
    <name>Taizhang::RoundSchedule</name>
    <message>
        <source>first quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>second quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>third quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>fourth quarter</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1年%2</translation>
    </message>
</context>
<context>
    <name>Taizhang::ScoreCommand</name>
    <message>
        <source>The period&apos;s first day.</source>
        <translation>考核期的第一天。</translation>
    </message>
    <message>
        <source>The period&apos;s last day.</source>
        <translation>考核期的最后一天。</translation>
    </message>
    <message>
        <source>Output file; standard output when omitted (tsv).</source>
        <translation>输出文件；不写时输出到标准输出（tsv）。</translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation>以此日期为今天。</translation>
    </message>
    <message>
        <source>name the ledger file first.</source>
        <translation>请先写台账文件。</translation>
    </message>
    <message>
        <source>--from and --to must be days such as 2024-01-01 and 2024-12-31, the first not after the last.</source>
        <translation>--from 和 --to 应为日期，例如 2024-01-01 和 2024-12-31，且开始不晚于结束。</translation>
    </message>
    <message>
        <source>tsv, pdf or xlsx.</source>
        <translation>tsv、pdf 或 xlsx。</translation>
    </message>
    <message>
        <source>--format is tsv, pdf or xlsx, not &quot;%1&quot;.</source>
        <translation>--format 应为 tsv、pdf 或 xlsx，而不是“%1”。</translation>
    </message>
    <message>
        <source>name the file with --out FILE.</source>
        <translation>请用 --out 文件 指明输出文件。</translation>
    </message>
</context>
<context>
    <name>Taizhang::ScoreReport</name>
    <message>
        <source>Unit Scores</source>
        <translation>单位考核得分</translation>
    </message>
    <message>
        <source>No unit is named in the ledger: there is nothing to score.</source>
        <translation>台账中没有责任单位，无从考核。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>How each score was reached (base %1)</source>
        <translation>得分明细（基础分 %1）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>No rule applied in this period: every unit has the base score.</source>
        <translation>本期没有适用的规则，各单位均为基础分。</translation>
    </message>
</context>
<context>
    <name>Taizhang::ScoreScheme</name>
    <message>
        <source>Finished on time (lead)</source>
        <translation>按期完成（牵头）</translation>
    </message>
    <message>
        <source>Finished on time (cooperating)</source>
        <translation>按期完成（配合）</translation>
    </message>
    <message>
        <source>Finished early</source>
        <translation>提前完成</translation>
    </message>
    <message>
        <source>Overdue (lead)</source>
        <translation>逾期（牵头）</translation>
    </message>
    <message>
        <source>Overdue (cooperating)</source>
        <translation>逾期（配合）</translation>
    </message>
    <message>
        <source>Report missed</source>
        <translation>未报送进展</translation>
    </message>
    <message>
        <source>Report late</source>
        <translation>逾期报送进展</translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation>督办通知</translation>
    </message>
</context>
<context>
    <name>Taizhang::ScoreWorkbook</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Unit scores, %1 to %2</source>
        <translation>单位考核得分（%1 至 %2）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分明细</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Taizhang::SectionsDialog</name>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>&amp;New Section</source>
        <translation>新建章节(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;Subsection</source>
        <translation>新建子章节(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <source>%1 holds tasks and its plan has no other section to move them to.</source>
        <translation>%1 中有任务，而该方案没有其他章节可以移入。</translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <source>%1 holds tasks. Move them to:</source>
        <translation>%1 中有任务。移到：</translation>
    </message>
</context>
<context>
    <name>Taizhang::SourceText</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, too large for a policy document or ledger table.</source>
        <translation>%1 有 %2 MB，对政策文件或台账表格来说过大。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not text in any encoding Taizhang reads (UTF-8, UTF-16, GBK/GB18030).</source>
        <translation>%1 不是台账能读取的任何编码的文本（UTF-8、UTF-16、GBK/GB18030）。</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not text.</source>
        <translation>%1 看起来是二进制文件，不是文本。</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 中没有文字。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text; choose another encoding.</source>
        <translation>%1 不是有效的 %2 文本，请选择其他编码。</translation>
    </message>
    <message>
        <source>%1 is an OFD file, which Taizhang cannot read yet; save or print it as PDF from the OFD reader and import that.</source>
        <translation>%1 是 OFD 文件，台账暂不支持；请在 OFD 阅读器中另存或打印为 PDF 后再导入。</translation>
    </message>
</context>
<context>
    <name>Taizhang::SupervisionNotice</name>
    <message>
        <source>Supervision Notice</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <source>No task is overdue: there is nothing to supervise.</source>
        <translation>没有逾期任务，无需督办。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>No progress has been reported.</source>
        <translation>尚未报送进展。</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（应于%2前完成）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Supervised unit</source>
        <translation>督办单位（牵头）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>逾期天数</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>督办要求</translation>
    </message>
    <message>
        <source>Please report in writing by %1 what has been done, why the deadline was missed and when the task will be completed.</source>
        <translation>请于%1前书面报告任务推进情况、逾期原因及完成时间安排。</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Issued by (seal): %1</source>
        <translation>督办单位（盖章）：%1</translation>
    </message>
    <message>
        <source>Signed: %1        Date: %2</source>
        <translation>签发人：%1        日期：%2</translation>
    </message>
    <message>
        <source>Received by (seal): %1</source>
        <translation>签收单位（盖章）：%1</translation>
    </message>
    <message>
        <source>Received: %1        Date: %2</source>
        <translation>签收人：%1        日期：%2</translation>
    </message>
    <message>
        <source>    -    -    </source>
        <translation>    年    月    日</translation>
    </message>
</context>
<context>
    <name>Taizhang::TaskDetailPanel</name>
    <message>
        <source>Add Progress Report</source>
        <translation>添加进展情况</translation>
    </message>
    <message>
        <source>Remove Progress Report</source>
        <translation>删除进展情况</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>What was done, what is next</source>
        <translation>已完成的工作和下一步安排</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题事项</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>New progress report</source>
        <translation>填报进展</translation>
    </message>
    <message>
        <source>Date / done</source>
        <translation>日期 / 完成度</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>阶段节点</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>牵头：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Cooperating: %1</source>
        <translation>配合：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>ongoing, reported every period</source>
        <translation>常态推进，每期报送进展</translation>
    </message>
    <message>
        <source>not understood as a date; kept as written</source>
        <translation>无法识别为日期，按原文保留</translation>
    </message>
    <message>
        <source>Responsible leaders: %1</source>
        <translation>责任领导：%1</translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Taizhang::TaskEditActions</name>
    <message>
        <source>&amp;New Task</source>
        <translation>新建任务(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;Requirement Row</source>
        <translation>新建具体要求行(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Tasks</source>
        <translation>复制任务(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Tasks…</source>
        <translation>删除任务(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Move to Section…</source>
        <translation>移到章节(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Taizhang</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>New task %1</source>
        <translation>新建任务 %1</translation>
    </message>
    <message>
        <source>New requirement row of task %1</source>
        <translation>为任务 %1 新建具体要求行</translation>
    </message>
    <message>
        <source>Duplicate task %1</source>
        <translation>复制任务 %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n tasks</source>
        <translation>
            <numerusform>复制 %n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)?</source>
        <translation>
            <numerusform>删除 %n 项任务？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The progress records of %n of them go too.</source>
        <translation>
            <numerusform>其中 %n 项的进展记录将一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo brings everything back.</source>
        <translation>可用“编辑 → 撤销”全部恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s).</source>
        <translation>
            <numerusform>已删除 %n 项任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no sections to move to.</source>
        <translation>该方案没有可移入的章节。</translation>
    </message>
    <message>
        <source>Move to Section</source>
        <translation>移到章节</translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to:</source>
        <translation>
            <numerusform>将 %n 项任务移到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;number Section</source>
        <translation>重新编号本章节(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Paste Rows…</source>
        <translation>粘贴行(&amp;P)…</translation>
    </message>
    <message>
        <source>New task added as &quot;%1&quot;; edit it in the table or the details.</source>
        <translation>已新建任务（%1）；可在表格或详情中编辑。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) up</source>
        <translation>
            <numerusform>上移 %n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) down</source>
        <translation>
            <numerusform>下移 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>粘贴的行</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>剪贴板中没有可粘贴的行。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>粘贴 %n 项任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::TaskTableModel</name>
    <message>
        <source>Ongoing</source>
        <translation>常态</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题事项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Key work</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题建议</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Responsible leaders</source>
        <translation>责任领导</translation>
    </message>
</context>
<context>
    <name>Taizhang::UnitScores</name>
    <message>
        <source>Task %1 finished on %2, due %3</source>
        <translation>第 %1 项任务 %2 完成，时限 %3</translation>
    </message>
    <message>
        <source>Task %1 due %2, finished %3</source>
        <translation>第 %1 项任务时限 %2，%3 才完成</translation>
    </message>
    <message>
        <source>Task %1 due %2, not finished</source>
        <translation>第 %1 项任务时限 %2，尚未完成</translation>
    </message>
    <message>
        <source>Round %1: no sheet returned</source>
        <translation>%1：未报送填报表</translation>
    </message>
    <message>
        <source>Round %1: returned %2, due %3</source>
        <translation>%1：%2 报送，截止 %3</translation>
    </message>
    <message>
        <source>Supervision notice on task %1, %2</source>
        <translation>第 %1 项任务被督办（%2）</translation>
    </message>
</context>
<context>
    <name>Taizhang::UnitScoresDialog</name>
    <message>
        <source>Unit Scores</source>
        <translation>单位考核得分</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Save Unit Scores</source>
        <translation>保存单位考核得分</translation>
    </message>
    <message>
        <source>scores.pdf</source>
        <translation>考核得分.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <source>scores.xlsx</source>
        <translation>考核得分.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Taizhang::UnitTaskSheet</name>
    <message>
        <source>No task names a responsible unit.</source>
        <translation>没有任务写明责任单位。</translation>
    </message>
    <message>
        <source>No task names the unit &quot;%1&quot;.</source>
        <translation>没有任务涉及单位“%1”。</translation>
    </message>
    <message>
        <source>Task sheet of %1</source>
        <translation>%1任务清单</translation>
    </message>
    <message>
        <source>Leads %1 task(s) (%2 overdue, %3 due soon); cooperates on %4.</source>
        <translation>牵头任务 %1 项（逾期 %2 项，临期 %3 项）；配合任务 %4 项。</translation>
    </message>
    <message numerus="yes">
        <source>As lead unit (%n task(s))</source>
        <translation>
            <numerusform>作为牵头单位（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As cooperating unit (%n task(s))</source>
        <translation>
            <numerusform>作为配合单位（%n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taizhang::UnitView</name>
    <message>
        <source>&amp;Rename unit…</source>
        <translation>重命名单位(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>查找单位</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>将 %1 合并到：</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>又写作：%1</translation>
    </message>
    <message numerus="yes">
        <source>As lead unit: %n task(s)</source>
        <translation>
            <numerusform>作为牵头单位：%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As cooperating unit: %n task(s)</source>
        <translation>
            <numerusform>作为配合单位：%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a unit on the left.</source>
        <translation>请在左侧选择单位。</translation>
    </message>
    <message>
        <source>Merge unit</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>重命名单位</translation>
    </message>
</context>
<context>
    <name>Taizhang::XlsxExporter</name>
    <message>
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation>&amp;C第 &amp;P 页 共 &amp;N 页</translation>
    </message>
    <message>
        <source>No temporary folder can be written: %1</source>
        <translation>无法写入临时文件夹：%1</translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Task sheet of %1</source>
        <translation>%1任务清单</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>工作簿未能写入：%1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>Taizhang::XlsxReader</name>
    <message>
        <source>The file is a zip archive but neither a Word (.docx) nor an Excel (.xlsx) document.</source>
        <translation>该文件是压缩包，但既不是 Word（.docx）也不是 Excel（.xlsx）文档。</translation>
    </message>
    <message>
        <source>%1 is damaged: it names row %2, past the last row a sheet can have.</source>
        <translation>%1 已损坏：其中的第 %2 行超出了工作表的最大行数。</translation>
    </message>
    <message>
        <source>%1 is damaged: it names cell %2, past the last column a sheet can have.</source>
        <translation>%1 已损坏：其中的单元格 %2 超出了工作表的最大列数。</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation>已销号</translation>
    </message>
</context>
<context>
    <name>TrafficLight</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>常态</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ledger files to open.</source>
        <translation>要打开的台账文件。</translation>
    </message>
</context>
</TS>
