#include "importsourcepage.h"

#include "import/htmlreader.h"
#include "import/importerregistry.h"
#include "importwizard.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Taizhang {

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_paste(new QPlainTextEdit(this))
    , m_encoding(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Choose what to import"));
    setSubTitle(tr("A policy document (Word, WPS saved as .docx, PDF or text) or a ledger table (Excel, CSV). "
                   "Nothing is stored until the last page."));
    m_path->setObjectName(u"sourcePath"_s);
    m_path->setPlaceholderText(tr("Path of a .docx, .xlsx, .csv, .pdf or .txt file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path);
    fileRow->addWidget(browse);

    m_paste->setObjectName(u"pastedText"_s);
    m_paste->setPlaceholderText(tr("…or paste the document's text here"));
    auto *paste = new QPushButton(tr("Paste from clipboard"), this);
    paste->setObjectName(u"pasteButton"_s);
    connect(paste, &QPushButton::clicked, this, &ImportSourcePage::pasteFromClipboard);

    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const QString &encoding : SourceText::knownEncodings())
        m_encoding->addItem(encoding == u"GB18030" ? tr("GB18030 (GBK, GB2312)") : encoding, encoding);

    m_format->setObjectName(u"format"_s);
    m_format->addItem(tr("Detect automatically"), u"auto"_s);
    const ImporterRegistry registry;
    for (const QString &id : registry.formatIds())
        m_format->addItem(registry.find(id)->displayName(), id);

    m_message->setObjectName(u"sourceMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #c62828;"_s);

    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Text:"), m_paste);
    form->addRow(QString(), paste);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Read as:"), m_format);
    form->addRow(m_message);

    connect(m_path, &QLineEdit::textChanged, this, &ImportSourcePage::completeChanged);
    connect(m_paste, &QPlainTextEdit::textChanged, this, &ImportSourcePage::completeChanged);
}

void ImportSourcePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportSourcePage::setPastedText(const QString &text)
{
    m_paste->setPlainText(text);
}

void ImportSourcePage::setEncoding(const QString &encoding)
{
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(encoding)));
}

QString ImportSourcePage::message() const
{
    return m_message->text();
}

bool ImportSourcePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() || !m_paste->toPlainText().trimmed().isEmpty();
}

void ImportSourcePage::browse()
{
    const QString start = m_path->text().isEmpty() ? Preferences::startFolder() : m_path->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), start,
        tr("Plans and ledger tables (*.docx *.xlsx *.csv *.tsv *.pdf *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportSourcePage::pasteFromClipboard()
{
    m_path->clear();
    // A browser or WPS puts the copied page as HTML too: its tables keep their cells that way.
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (data && data->hasHtml()) {
        if (const SourceText html = HtmlReader::fromHtml(data->html(), tr("Pasted text")); html.isValid()) {
            m_paste->setPlainText(html.text);
            return;
        }
    }
    m_paste->setPlainText(QApplication::clipboard()->text());
}

bool ImportSourcePage::validatePage()
{
    const QString encoding = m_encoding->currentData().toString();
    SourceText source;
    if (m_path->text().trimmed().isEmpty()) {
        source.fileName = tr("Pasted text");
        source.kind = u"clipboard"_s;
        source.text = m_paste->toPlainText();
    } else {
        source = SourceText::fromFile(m_path->text().trimmed(), encoding);
    }
    if (!source.isValid()) {
        m_message->setText(source.error);
        return false;
    }
    ImportOptions options;
    options.today = m_wizard->today();
    const ImportDraft draft = ImporterRegistry().importSource(source, m_format->currentData().toString(), options);
    if (draft.hasErrors()) {
        QStringList errors;
        for (const ImportIssue &issue : draft.issues) {
            if (issue.severity == ImportIssue::Severity::Error)
                errors.append(issue.message);
        }
        m_message->setText(errors.join(u'\n'));
        return false;
    }
    m_message->clear();
    m_wizard->setSource(source, draft);
    return true;
}

} // namespace Taizhang
