#include "unitscoresdialog.h"

#include "document/ledgerdocument.h"
#include "export/pdfexporter.h"
#include "export/scoreworkbook.h"
#include "report/reportsettings.h"
#include "report/scorereport.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

UnitScoresDialog::UnitScoresDialog(const LedgerDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(u"unitScoresDialog"_s);
    setWindowTitle(tr("Unit Scores"));
    const QDate today = document.clock().today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    connect(m_from, &QDateEdit::dateChanged, this, &UnitScoresDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &UnitScoresDialog::refresh);
    m_table->setObjectName(u"scoreTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *excel = buttons->addButton(tr("Save as Excel…"), QDialogButtonBox::ActionRole);
    connect(excel, &QPushButton::clicked, this, [this] {
        const QString path = savePathPrompt ? savePathPrompt()
                                            : QFileDialog::getSaveFileName(this, tr("Save Unit Scores"), tr("scores.xlsx"),
                                                  tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (const QString error = ScoreWorkbook::write(m_scores, path); !error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] {
        const QString path = savePathPrompt ? savePathPrompt()
                                            : QFileDialog::getSaveFileName(this, tr("Save Unit Scores"), tr("scores.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString error = savePdf(path); !error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(1100, 600);
    refresh();
}

void UnitScoresDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void UnitScoresDialog::refresh()
{
    const ScoreScheme scheme = ReportSettings::load(m_document.store()).scoring;
    m_scores = UnitScores::of(m_document.store(), scheme, m_from->date(), m_to->date(), m_document.clock().today());
    QStringList headers {tr("Rank"), tr("Unit"), tr("Score")};
    QList<ScoreScheme::Rule> shown;
    for (ScoreScheme::Rule rule : ScoreScheme::rules) {
        if (scheme.enabled[rule]) {
            headers.append(ScoreScheme::label(rule));
            shown.append(rule);
        }
    }
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_scores.units.size()));
    auto cell = [](const QString &text, bool centred = true) {
        auto *item = new QTableWidgetItem(text);
        if (centred)
            item->setTextAlignment(Qt::AlignCenter);
        return item;
    };
    for (int r = 0; r < m_scores.units.size(); ++r) {
        const UnitScores::Unit &unit = m_scores.units.at(r);
        QStringList reasons;
        for (const UnitScores::Point &p : unit.points)
            reasons.append(u"%1 %2: %3"_s.arg(p.points > 0 ? u"+"_s : QString()).arg(p.points).arg(p.reason));
        m_table->setItem(r, 0, cell(QString::number(unit.rank)));
        QTableWidgetItem *name = cell(unit.name, false);
        name->setToolTip(reasons.join(u'\n'));
        m_table->setItem(r, 1, name);
        m_table->setItem(r, 2, cell(QString::number(unit.score, 'f', 1)));
        for (int c = 0; c < shown.size(); ++c) {
            const double value = unit.byRule[shown.at(c)];
            m_table->setItem(r, 3 + c, cell(value == 0 ? QString() : QString::number(value, 'f', 1)));
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

QString UnitScoresDialog::savePdf(const QString &path) const
{
    TaskSelection selection;
    selection.today = m_document.clock().today();
    ScoreReport report(ReportContext::fromStore(m_document.store(), selection), m_scores);
    return PdfExporter::write(report, path);
}

} // namespace Taizhang
