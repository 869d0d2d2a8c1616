#include "pdfreader.h"

#include <QRegularExpression>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
// PDFs made from Word often map glyphs to Kangxi radicals (⾰ U+2FB0) rather than the characters
// they draw (革 U+9769): text that looks right but never matches. Their compatibility form is the
// character itself.
QString withRadicalsAsCharacters(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u >= 0x2E80 && u <= 0x2EFF) || (u >= 0x2F00 && u <= 0x2FDF)) {
            const QString unified = QString(text.at(i)).normalized(QString::NormalizationForm_KC);
            if (unified.size() == 1)
                text[i] = unified.at(0);
        }
    }
    return text;
}
} // namespace

SourceText PdfReader::read(const QByteArray &bytes)
{
    SourceText source;
    source.kind = u"pdf"_s;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        source.error = tr("The PDF file is damaged and cannot be read.");
        return source;
    }
    if (document->isLocked()) {
        source.error = tr("The PDF file is password-protected; save an unprotected copy and import that.");
        return source;
    }
    QStringList pages;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            pages.append(u"# Page %1:\n"_s.arg(i + 1) + withRadicalsAsCharacters(page->text(QRectF())));
    }
    source.text = pages.join(u'\n');
    if (QString(source.text).remove(QRegularExpression(u"# Page \\d+:\\s*"_s)).trimmed().isEmpty()) {
        source.error = tr("The PDF file holds no text, only images (a scan?): Taizhang cannot read it without OCR.");
        source.text.clear();
    }
    return source;
}

} // namespace Taizhang
