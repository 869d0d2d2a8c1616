#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Taizhang {

class ImportWizard;

// The first page: a file (Word, Excel, PDF, CSV or text in any encoding) or pasted text, with the
// encoding and format to read it in ("automatic" unless the user knows better).
class ImportSourcePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportSourcePage(ImportWizard *wizard);

    void setPath(const QString &path);
    void setPastedText(const QString &text);
    void setEncoding(const QString &encoding); // empty: automatic
    QString message() const; // why the source could not be read, as shown on the page

    bool validatePage() override;
    bool isComplete() const override;

private:
    void browse();
    void pasteFromClipboard();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPlainTextEdit *m_paste;
    QComboBox *m_encoding;
    QComboBox *m_format;
    QLabel *m_message;
};

} // namespace Taizhang
