#include "escalationdialog.h"

#include "document/ledgerdocument.h"
#include "export/pdfexporter.h"
#include "report/escalationnotice.h"
#include "report/reportrecords.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
enum Column { LevelColumn, TaskColumn, UnitsColumn, DaysColumn, ReasonColumn, SkipColumn };
}

EscalationDialog::EscalationDialog(LedgerDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_due(EscalationLadder::due(document.store(), ReportSettings::load(document.store()).escalation, document.clock().today()))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"escalationDialog"_s);
    setWindowTitle(tr("Today's Notices — %1").arg(document.clock().today().toString(Qt::ISODate)));
    m_tree->setObjectName(u"dueNotices"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Notice"), tr("Task"), tr("Lead units"), tr("Days overdue"), tr("Why"), tr("Skip because")});
    for (int c : {LevelColumn, DaysColumn})
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(TaskColumn, 260);
    for (int i = 0; i < m_due.size(); ++i) {
        const DueEscalation &d = m_due.at(i);
        auto *item = new QTreeWidgetItem(m_tree, {EscalationLevels::label(d.level), u"%1 %2"_s.arg(d.task.number, d.task.title),
            d.task.leadUnits.join(u'、'), QString::number(d.daysOverdue), d.reason, QString()});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(LevelColumn, Qt::Checked);
        item->setData(LevelColumn, Qt::UserRole, i);
    }
    auto *note = new QLabel(m_due.isEmpty() ? tr("Nothing on the escalation ladder is due today.")
                                            : tr("Untick a notice not to issue it today, and say why in the last column."),
        this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *issue = buttons->addButton(tr("Issue and Save as PDF…"), QDialogButtonBox::AcceptRole);
    issue->setObjectName(u"issueButton"_s);
    issue->setEnabled(!m_due.isEmpty() && !document.isReadOnly());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(issue, &QPushButton::clicked, this, [this] {
        const QString path = savePathPrompt ? savePathPrompt()
                                            : QFileDialog::getSaveFileName(this, tr("Save Today's Notices"),
                                                  tr("notices-%1.pdf").arg(m_document.clock().today().toString(Qt::ISODate)),
                                                  tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString error = this->issue(path); !error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(1100, 520);
}

QList<DueEscalation> EscalationDialog::chosen() const
{
    QList<DueEscalation> chosen;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(LevelColumn) == Qt::Checked)
            chosen.append(m_due.at(item->data(LevelColumn, Qt::UserRole).toInt()));
    }
    return chosen;
}

QList<std::pair<DueEscalation, QString>> EscalationDialog::skipped() const
{
    QList<std::pair<DueEscalation, QString>> skipped;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QString reason = item->text(SkipColumn).trimmed();
        if (item->checkState(LevelColumn) != Qt::Checked && !reason.isEmpty())
            skipped.append({m_due.at(item->data(LevelColumn, Qt::UserRole).toInt()), reason});
    }
    return skipped;
}

QString EscalationDialog::issue(const QString &pdfPath)
{
    ReportRecords *records = m_document.records();
    if (!records)
        return tr("The ledger is open read-only: notices cannot be issued from it.");
    for (const auto &[due, reason] : skipped())
        records->recordSkipped(due.task.id, due.level, reason);
    const QList<DueEscalation> issue = chosen();
    if (issue.isEmpty())
        return {};
    TaskSelection selection;
    selection.today = m_document.clock().today();
    const ReportContext context = ReportContext::fromStore(m_document.store(), selection, records);
    EscalationNotice notices(context, issue, context.settings.escalation);
    return PdfExporter::write(notices, pdfPath);
}

} // namespace Taizhang
