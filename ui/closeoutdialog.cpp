#include "closeoutdialog.h"

#include "rounds/evidencefile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Taizhang {

CloseOutDialog::CloseOutDialog(const QStringList &units, qint64 maxBytes, QWidget *parent)
    : QDialog(parent)
    , m_unit(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_files(new QListWidget(this))
    , m_maxBytes(maxBytes)
{
    setObjectName(u"closeOutDialog"_s);
    setWindowTitle(tr("Request Close-out"));
    m_unit->addItems(units);
    m_unit->setEditable(true);
    m_note->setObjectName(u"closeOutNote"_s);
    m_note->setPlaceholderText(tr("What was done, and how it can be checked"));
    m_files->setObjectName(u"evidenceList"_s);
    auto *add = new QPushButton(tr("Add Evidence…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList paths = filesPrompt ? filesPrompt()
                                              : QFileDialog::getOpenFileNames(this, tr("Add Evidence"), {},
                                                    tr("Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx)"));
        if (const QStringList refused = addFiles(paths); !refused.isEmpty())
            QMessageBox::warning(this, tr("Evidence not added"), refused.join(u'\n'));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row >= 0) {
            delete m_files->takeItem(row);
            m_evidence.removeAt(row);
        }
    });
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Completion:"), m_note);
    form->addRow(tr("Evidence:"), m_files);
    form->addRow(QString(), fileButtons);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);
}

QStringList CloseOutDialog::addFiles(const QStringList &paths)
{
    QStringList refused;
    for (const QString &path : paths) {
        QString why;
        if (const std::optional<Evidence> e = EvidenceFile::read(path, m_maxBytes, &why)) {
            m_evidence.append(*e);
            m_files->addItem(tr("%1 (%2 KB)").arg(e->name).arg((e->size + 1023) / 1024));
        } else {
            refused.append(why);
        }
    }
    return refused;
}

QString CloseOutDialog::unit() const
{
    return m_unit->currentText().trimmed();
}

QString CloseOutDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void CloseOutDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace Taizhang
