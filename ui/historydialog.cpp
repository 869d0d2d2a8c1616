#include "historydialog.h"

#include "document/ledgerdocument.h"
#include "export/csvexporter.h"
#include "export/exportfile.h"
#include "historylabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Taizhang {

HistoryDialog::HistoryDialog(const LedgerDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_who(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("History"));
    m_entries = document.store().history();
    std::reverse(m_entries.begin(), m_entries.end());
    QSet<qint64> ids;
    QSet<QString> people, actions;
    for (const HistoryEntry &e : std::as_const(m_entries)) {
        ids.insert(e.taskId);
        people.insert(e.who);
        actions.insert(e.action);
    }
    document.outline().forEachTask(LedgerStore::Detail::Row, [&](const Task &task) {
        if (ids.contains(task.id))
            m_tasks.insert(task.id, u"%1 %2"_s.arg(task.number, task.title));
    });
    m_who->addItem(tr("Everyone"), QString());
    QStringList sortedPeople(people.cbegin(), people.cend());
    sortedPeople.sort();
    for (const QString &who : std::as_const(sortedPeople))
        m_who->addItem(who, who);
    m_action->addItem(tr("Every action"), QString());
    QStringList sortedActions(actions.cbegin(), actions.cend());
    sortedActions.sort();
    for (const QString &action : std::as_const(sortedActions))
        m_action->addItem(HistoryLabels::action(action), action);
    m_search->setPlaceholderText(tr("Task, field or value"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryDialog::refresh);
    connect(m_who, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);

    m_table->setObjectName(u"historyTable"_s);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Task"), tr("Field"), tr("Was"), tr("Became"), tr("Action")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_who);
    filters->addWidget(m_action);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = savePathPrompt ? savePathPrompt()
                                            : QFileDialog::getSaveFileName(this, tr("Export History"), tr("history.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportCsv(path); !error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(1200, 640);
    refresh();
}

QList<HistoryEntry> HistoryDialog::shown() const
{
    const QString text = m_search->text().trimmed();
    const QString who = m_who->currentData().toString();
    const QString action = m_action->currentData().toString();
    QList<HistoryEntry> rows;
    for (const HistoryEntry &e : m_entries) {
        if ((!who.isEmpty() && e.who != who) || (!action.isEmpty() && e.action != action))
            continue;
        if (!text.isEmpty() && !m_tasks.value(e.taskId).contains(text, Qt::CaseInsensitive)
            && !e.field.contains(text, Qt::CaseInsensitive) && !e.oldValue.contains(text, Qt::CaseInsensitive)
            && !e.newValue.contains(text, Qt::CaseInsensitive))
            continue;
        rows.append(e);
    }
    return rows;
}

void HistoryDialog::refresh()
{
    const QList<HistoryEntry> rows = shown();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const HistoryEntry &e = rows.at(r);
        const QStringList cells {e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.who,
            e.taskId ? m_tasks.value(e.taskId, tr("task %1 (deleted)").arg(e.taskId)) : tr("the ledger"),
            HistoryLabels::field(e.field), e.oldValue, e.newValue, HistoryLabels::action(e.action)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
}

QString HistoryDialog::exportCsv(const QString &path) const
{
    QString text = u"at,who,task,field,old,new,action\r\n"_s;
    for (const HistoryEntry &e : shown()) {
        text += QStringList {e.at.toUTC().toString(Qt::ISODate), CsvExporter::field(e.who), QString::number(e.taskId),
            CsvExporter::field(e.field), CsvExporter::field(e.oldValue), CsvExporter::field(e.newValue), e.action}
                    .join(u',')
            + u"\r\n"_s;
    }
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8(); // Excel reads UTF-8 with the mark
    return ExportFile::save(path, [&bytes](QIODevice *out) { return out->write(bytes) == bytes.size() ? QString() : out->errorString(); });
}

} // namespace Taizhang
