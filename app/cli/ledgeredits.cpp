#include "ledgeredits.h"

#include "cliledger.h"
#include "clioptions.h"
#include "document/ledgerdocument.h"
#include "model/sectiontree.h"
#include "model/taskstatus.h"

#include <QCommandLineParser>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

// The field names `task set` takes, as the JSON export names them where it has them.
const QHash<QString, TaskField> &taskFields()
{
    static const QHash<QString, TaskField> fields = {
        {u"title"_s, TaskField::Title},
        {u"requirement"_s, TaskField::Requirement},
        {u"lead"_s, TaskField::LeadUnits},
        {u"co"_s, TaskField::CoUnits},
        {u"leaders"_s, TaskField::Leaders},
        {u"deadline"_s, TaskField::Deadline},
        {u"status"_s, TaskField::Status},
        {u"number"_s, TaskField::Number},
        {u"problems"_s, TaskField::Problems},
        {u"remarks"_s, TaskField::Remarks},
    };
    return fields;
}

// A section's path from its plan's top: "一、优化服务 / （一）提升企业开办注销便利度".
QString pathOf(const SectionTree &tree, qint64 sectionId)
{
    QStringList names;
    for (const Section *s : tree.path(sectionId))
        names.append(s->displayName());
    return names.join(u" / "_s);
}

} // namespace

LedgerEdits::LedgerEdits(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int LedgerEdits::fail(const QString &message, int exitCode)
{
    m_err << u"taizhang-cli: "_s << message << Qt::endl;
    return exitCode;
}

bool LedgerEdits::open(LedgerDocument &document, const QString &path)
{
    return CliLedger::open(document, path, true, m_err) == 0;
}

std::optional<qint64> LedgerEdits::taskId(const LedgerDocument &document, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || !document.store().task(id)) {
        fail(tr("there is no task %1 in the ledger.").arg(text));
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> LedgerEdits::section(const LedgerDocument &document, qint64 planId, const QString &name)
{
    const QList<Section> sections = document.store().sections();
    const SectionTree tree(sections);
    const QString wanted = name.trimmed();
    QList<qint64> found;
    QStringList candidates;
    for (const Section &section : sections) {
        if (planId > 0 && section.planId != planId)
            continue;
        const QString path = pathOf(tree, section.id);
        candidates.append(path);
        if (section.displayName() == wanted || section.title == wanted || path == wanted
            || path.endsWith(u" / "_s + wanted))
            found.append(section.id);
    }
    if (found.size() == 1)
        return found.constFirst();
    constexpr int shown = 30;
    if (found.isEmpty()) {
        fail(tr("no section \"%1\"; the sections are:\n  %2").arg(wanted, candidates.mid(0, shown).join(u"\n  "_s)));
    } else {
        QStringList matches;
        for (qint64 id : std::as_const(found))
            matches.append(pathOf(tree, id));
        fail(tr("\"%1\" names %2 sections; give its path:\n  %3")
                 .arg(wanted)
                 .arg(found.size())
                 .arg(matches.join(u"\n  "_s)));
    }
    return std::nullopt;
}

int LedgerEdits::task(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"add")
        return addTask(rest);
    if (verb == u"set")
        return setTask(rest);
    if (verb == u"delete")
        return deleteTasks(rest);
    if (verb == u"move")
        return moveTask(rest);
    return fail(tr("task takes add, set, delete or move, not \"%1\".").arg(verb), 2);
}

int LedgerEdits::addTask(const QStringList &arguments)
{
    QCommandLineParser parser;
    for (const auto &[name, value] : QList<std::pair<QString, QString>> {{u"plan"_s, u"PLAN_ID"_s},
             {u"section"_s, u"TITLE"_s}, {u"title"_s, u"TEXT"_s}, {u"number"_s, u"N"_s}, {u"requirement"_s, u"TEXT"_s},
             {u"lead"_s, u"UNITS"_s}, {u"co"_s, u"UNITS"_s}, {u"deadline"_s, u"TEXT"_s}, {u"after"_s, u"TASK_ID"_s}})
        parser.addOption({name, name, value});
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"plan"_s) || !parser.isSet(u"section"_s)
        || !parser.isSet(u"title"_s))
        return fail(tr("task add needs LEDGER, --plan PLAN_ID, --section TITLE and --title TEXT."), 2);
    LedgerDocument document;
    if (!open(document, parser.positionalArguments().constFirst()))
        return 1;
    bool ok = false;
    const qint64 planId = parser.value(u"plan"_s).toLongLong(&ok);
    if (!ok || !document.outline().plan(planId))
        return fail(tr("there is no plan %1 in the ledger.").arg(parser.value(u"plan"_s)));
    const std::optional<qint64> sectionId = section(document, planId, parser.value(u"section"_s));
    if (!sectionId)
        return 1;
    std::optional<qint64> after;
    if (parser.isSet(u"after"_s) && !(after = taskId(document, parser.value(u"after"_s))))
        return 1;

    Task task;
    if (after)
        task.order = document.outline().orderAfter(*after); // just below it in the ledger
    task.planId = planId;
    task.sectionId = *sectionId;
    task.number
        = parser.isSet(u"number"_s) ? parser.value(u"number"_s) : document.outline().nextNumber(planId, *sectionId);
    for (const auto &[option, field] : QList<std::pair<QString, TaskField>> {{u"title"_s, TaskField::Title},
             {u"requirement"_s, TaskField::Requirement}, {u"lead"_s, TaskField::LeadUnits},
             {u"co"_s, TaskField::CoUnits}, {u"deadline"_s, TaskField::Deadline}}) {
        if (parser.isSet(option))
            task = document.withField(task, field, parser.value(option));
    }
    if (task.requirement.isEmpty())
        task.requirement = task.title;
    const QList<qint64> ids = document.addTasks({task}, tr("New task %1").arg(task.number));
    if (ids.isEmpty())
        return fail(document.errorString());
    m_out << ids.constFirst() << Qt::endl;
    return 0;
}

int LedgerEdits::setTask(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return fail(error, 2);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 4)
        return fail(tr("task set needs LEDGER TASK_ID FIELD VALUE."), 2);
    const auto field = taskFields().constFind(args.at(2));
    if (field == taskFields().cend()) {
        QStringList names = taskFields().keys();
        names.sort();
        return fail(tr("unknown field \"%1\"; use one of %2.").arg(args.at(2), names.join(u", "_s)), 2);
    }
    TaskStatus status;
    if (*field == TaskField::Status && !TaskStatuses::fromString(args.at(3), &status))
        return fail(
            tr("unknown status \"%1\"; use not_started, in_progress, blocked, done or closed.").arg(args.at(3)), 2);
    LedgerDocument document;
    if (!open(document, args.at(0)))
        return 1;
    const std::optional<qint64> id = taskId(document, args.at(1));
    if (!id)
        return 1;
    const QVariant value = *field == TaskField::Status ? QVariant(int(status)) : QVariant(args.at(3));
    if (!document.setTaskField(*id, *field, value))
        return fail(document.errorString());
    return 0;
}

int LedgerEdits::deleteTasks(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return fail(tr("task delete needs LEDGER and at least one TASK_ID."), 2);
    LedgerDocument document;
    if (!open(document, arguments.constFirst()))
        return 1;
    QList<qint64> ids;
    for (const QString &text : arguments.mid(1)) {
        const std::optional<qint64> id = taskId(document, text);
        if (!id)
            return 1; // nothing deleted: every id is checked first
        ids.append(*id);
    }
    if (!document.deleteTasks(ids))
        return fail(document.errorString());
    return 0;
}

int LedgerEdits::moveTask(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"section"_s, u"section"_s, u"TITLE"_s});
    parser.addOption({u"before"_s, u"before"_s, u"TASK_ID"_s});
    QString error;
    if (!CliOptions::parse(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().size() != 2 || !parser.isSet(u"section"_s))
        return fail(tr("task move needs LEDGER TASK_ID and --section TITLE."), 2);
    LedgerDocument document;
    if (!open(document, parser.positionalArguments().constFirst()))
        return 1;
    const std::optional<qint64> id = taskId(document, parser.positionalArguments().at(1));
    if (!id)
        return 1;
    std::optional<qint64> before;
    if (parser.isSet(u"before"_s) && !(before = taskId(document, parser.value(u"before"_s))))
        return 1;
    const std::optional<qint64> sectionId
        = section(document, document.store().task(*id)->planId, parser.value(u"section"_s));
    if (!sectionId)
        return 1;
    if (!document.moveTasks({*id}, *sectionId, before ? document.outline().orderBefore(*before) : 0))
        return fail(document.errorString());
    return 0;
}

int LedgerEdits::plan(const QStringList &arguments)
{
    if (arguments.value(0) != u"set")
        return fail(tr("plan takes set, not \"%1\".").arg(arguments.value(0)), 2);
    const QStringList args = arguments.mid(1);
    if (args.size() != 4)
        return fail(tr("plan set needs LEDGER PLAN_ID FIELD VALUE."), 2);
    static const QStringList fields = {u"title"_s, u"doc_number"_s, u"issuer"_s, u"issued"_s, u"year"_s};
    const QString field = args.at(2);
    const QString value = args.at(3).trimmed();
    if (!fields.contains(field))
        return fail(tr("unknown plan field \"%1\"; use one of %2.").arg(field, fields.join(u", "_s)), 2);
    const QDate issued = QDate::fromString(value, Qt::ISODate);
    if (field == u"issued" && !issued.isValid())
        return fail(tr("issued must be a date such as 2024-03-15, not \"%1\".").arg(value), 2);
    bool ok = false;
    const int year = value.toInt(&ok);
    if (field == u"year" && (!ok || year < 1949 || year > 2200))
        return fail(tr("year must be a year such as 2024, not \"%1\".").arg(value), 2);
    if (field == u"title" && value.isEmpty())
        return fail(tr("a plan's title cannot be empty."), 2);

    LedgerDocument document;
    if (!open(document, args.at(0)))
        return 1;
    const qint64 planId = args.at(1).toLongLong(&ok);
    std::optional<Plan> plan = ok ? document.outline().plan(planId) : std::nullopt;
    if (!plan)
        return fail(tr("there is no plan %1 in the ledger.").arg(args.at(1)));
    if (field == u"title")
        plan->title = value;
    else if (field == u"doc_number")
        plan->docNumber = value;
    else if (field == u"issuer")
        plan->issuer = value;
    else if (field == u"issued")
        plan->issued = issued;
    else
        plan->year = year;
    if (!document.setPlan(*plan))
        return fail(document.errorString());
    return 0;
}

int LedgerEdits::progress(const QStringList &arguments)
{
    if (arguments.value(0) != u"add")
        return fail(tr("progress takes add, not \"%1\".").arg(arguments.value(0)), 2);
    QCommandLineParser parser;
    for (const auto &[name, value] : QList<std::pair<QString, QString>> {{u"unit"_s, u"NAME"_s}, {u"percent"_s, u"P"_s},
             {u"text"_s, u"TEXT"_s}, {u"date"_s, u"YYYY-MM-DD"_s}, {u"author"_s, u"NAME"_s}})
        parser.addOption({name, name, value});
    QString error;
    if (!CliOptions::parse(parser, arguments.mid(1), &error))
        return fail(error, 2);
    if (parser.positionalArguments().size() != 2 || !parser.isSet(u"unit"_s) || !parser.isSet(u"text"_s))
        return fail(tr("progress add needs LEDGER TASK_ID, --unit NAME and --text TEXT."), 2);
    ProgressEntry entry;
    entry.unit = parser.value(u"unit"_s).trimmed();
    entry.text = parser.value(u"text"_s).trimmed();
    entry.author = parser.value(u"author"_s).trimmed();
    if (entry.unit.isEmpty() || entry.text.isEmpty())
        return fail(tr("progress add needs a unit and a text."), 2);
    bool ok = true;
    if (parser.isSet(u"percent"_s)) {
        entry.percent = parser.value(u"percent"_s).toInt(&ok);
        if (!ok || entry.percent < 0 || entry.percent > 100)
            return fail(tr("--percent must be 0 to 100, not \"%1\".").arg(parser.value(u"percent"_s)), 2);
    }
    entry.date
        = parser.isSet(u"date"_s) ? QDate::fromString(parser.value(u"date"_s), Qt::ISODate) : QDate::currentDate();
    if (!entry.date.isValid())
        return fail(tr("--date must be a date such as 2024-06-30, not \"%1\".").arg(parser.value(u"date"_s)), 2);
    LedgerDocument document;
    if (!open(document, parser.positionalArguments().constFirst()))
        return 1;
    const std::optional<qint64> id = taskId(document, parser.positionalArguments().at(1));
    if (!id)
        return 1;
    if (!document.addProgress(*id, entry))
        return fail(document.errorString());
    return 0;
}

} // namespace Taizhang
