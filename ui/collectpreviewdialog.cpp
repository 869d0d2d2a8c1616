#include "collectpreviewdialog.h"

#include "model/taskstatus.h"
#include "rounds/returnsheetlayout.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
enum Column { TaskColumn, ProgressColumn, PercentColumn, StatusColumn, ProblemsColumn, ColumnCount };
constexpr int FileRole = Qt::UserRole + 1;
constexpr int RowRole = Qt::UserRole + 2;

const QColor errorColour(0xc6, 0x28, 0x28);
const QColor warningColour(0xb2, 0x6a, 0x00);

QString percentText(int percent)
{
    return percent < 0 ? u"—"_s : u"%1%"_s.arg(percent);
}

QString problemsText(const QList<CollectPreview::Problem> &problems)
{
    QStringList texts;
    for (const CollectPreview::Problem &p : problems)
        texts.append(p.text);
    return texts.join(u'\n');
}

bool anyError(const QList<CollectPreview::Problem> &problems)
{
    for (const CollectPreview::Problem &p : problems) {
        if (p.severity == CollectPreview::Problem::Severity::Error)
            return true;
    }
    return false;
}
} // namespace

CollectPreviewDialog::CollectPreviewDialog(const CollectPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(preview)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"collectPreviewDialog"_s);
    setWindowTitle(tr("Collect Returned Sheets — %1").arg(preview.round.name));
    m_tree->setObjectName(u"collectPreviewTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Unit / task"), tr("Progress reported"), tr("Completion"), tr("Status"), tr("Problems")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->resizeSection(TaskColumn, 260);
    m_tree->header()->resizeSection(ProgressColumn, 320);
    m_tree->header()->resizeSection(PercentColumn, 90);
    m_tree->header()->resizeSection(StatusColumn, 140);

    for (int f = 0; f < m_preview.files.size(); ++f) {
        const CollectPreview::File &file = m_preview.files.at(f);
        auto *top = new QTreeWidgetItem(m_tree);
        top->setData(TaskColumn, FileRole, f);
        top->setText(TaskColumn, file.unit.isEmpty() ? file.fileName : u"%1 — %2"_s.arg(file.unit, file.fileName));
        top->setToolTip(TaskColumn, file.path);
        top->setText(ProblemsColumn, problemsText(file.problems));
        QFont bold = top->font(TaskColumn);
        bold.setBold(true);
        top->setFont(TaskColumn, bold);
        if (file.refused || file.superseded) {
            top->setText(ProgressColumn, file.refused ? tr("Refused: nothing from this file is stored")
                                                      : tr("Left out: a later sheet of this unit is kept"));
            top->setForeground(ProblemsColumn, file.refused ? errorColour : warningColour);
            top->setForeground(ProgressColumn, file.refused ? errorColour : warningColour);
            top->setFlags(top->flags() & ~Qt::ItemIsUserCheckable);
        } else {
            top->setText(ProgressColumn, tr("%n row(s) to store", nullptr, file.acceptedRows()));
            top->setForeground(ProblemsColumn, warningColour);
            top->setFlags(top->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        }
        for (int r = 0; r < file.rows.size(); ++r) {
            const CollectPreview::Row &row = file.rows.at(r);
            auto *item = new QTreeWidgetItem(top);
            item->setData(TaskColumn, FileRole, f);
            item->setData(TaskColumn, RowRole, r);
            item->setText(TaskColumn,
                row.taskId ? u"%1 %2（%3）"_s.arg(row.label, row.keyWork, ReturnSheetLayout::roleLabel(row.role))
                           : u"%1 %2"_s.arg(row.label, row.keyWork));
            item->setText(ProgressColumn, row.progress);
            item->setText(PercentColumn,
                row.newPercent < 0 ? percentText(row.oldPercent)
                                   : u"%1 → %2"_s.arg(percentText(row.oldPercent), percentText(row.newPercent)));
            QString status = TaskStatuses::label(row.oldStatus);
            if (row.newStatus && *row.newStatus != row.oldStatus)
                status = u"%1 → %2"_s.arg(status, TaskStatuses::label(*row.newStatus));
            if (row.closeOutRequested)
                status += tr(" (asks to close out)");
            item->setText(StatusColumn, status);
            item->setText(ProblemsColumn, problemsText(row.problems));
            item->setForeground(ProblemsColumn, anyError(row.problems) ? errorColour : warningColour);
            if (file.refused || file.superseded || row.hasError() || !row.taskId) {
                item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
                item->setCheckState(TaskColumn, Qt::Unchecked);
            } else {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(TaskColumn, row.accepted ? Qt::Checked : Qt::Unchecked);
            }
        }
        top->setExpanded(!file.refused);
    }
    connect(m_tree, &QTreeWidget::itemChanged, this, &CollectPreviewDialog::updateSummary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Store"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"storeButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1200, 640);
    updateSummary();
}

CollectPreview CollectPreviewDialog::preview() const
{
    CollectPreview result = m_preview;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(t);
        const int f = top->data(TaskColumn, FileRole).toInt();
        for (int c = 0; c < top->childCount(); ++c) {
            const QTreeWidgetItem *item = top->child(c);
            const int r = item->data(TaskColumn, RowRole).toInt();
            CollectPreview::Row &row = result.files[f].rows[r];
            row.accepted = row.accepted && item->checkState(TaskColumn) == Qt::Checked;
        }
    }
    return result;
}

void CollectPreviewDialog::updateSummary()
{
    const CollectPreview current = preview();
    int refused = 0;
    for (const CollectPreview::File &file : current.files)
        refused += file.refused ? 1 : 0;
    m_summary->setText(tr("%n row(s) will be stored as progress reports, as one step that can be undone.", nullptr,
                           current.acceptedRows())
        + (refused ? u' ' + tr("%n file(s) refused.", nullptr, refused) : QString()));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(current.acceptedRows() > 0);
}

} // namespace Taizhang
