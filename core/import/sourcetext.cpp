#include "sourcetext.h"

#include "csvtable.h"
#include "docxreader.h"
#include "htmlreader.h"
#include "officeconverter.h"
#include "pdfreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <memory>
#include <uchardet/uchardet.h>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

bool looksBinary(const QString &text)
{
    qsizetype control = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0 || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f'))
            ++control;
    }
    return control > 0 && control * 100 > text.size(); // more than 1% control characters
}

// Share of characters Chinese documents are written in: Han characters, CJK and full-width
// punctuation, ASCII. Bytes decoded in the wrong encoding, or no text at all, score far lower.
int plausibleTextPercent(const QString &text)
{
    if (text.isEmpty())
        return 0;
    qsizetype plausible = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF)
            || (u >= 0x20 && u < 0x7F) || (u >= 0x2010 && u <= 0x2027) || u == u'\n' || u == u'\r' || u == u'\t')
            ++plausible;
    }
    return int(plausible * 100 / text.size());
}

// UTF-16 without a BOM: uchardet does not tell it, so try both byte orders and keep the one that
// reads as Chinese text.
QString utf16WithoutBom(const QByteArray &bytes)
{
    if (bytes.size() < 16 || bytes.size() % 2)
        return {};
    for (auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (!decoder.hasError() && plausibleTextPercent(text) >= 95)
            return QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
    }
    return {};
}

QString guessEncoding(const QByteArray &bytes)
{
    std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(), uchardet_delete);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QString name = QString::fromLatin1(uchardet_get_charset(detector.get())).toUpper();
    // GB2312 and GBK are subsets of GB18030: read the superset, which decodes everything they do.
    if (name == u"GB2312" || name == u"GBK" || name == u"EUC-CN" || name == u"HZ-GB-2312")
        return u"GB18030"_s;
    return name;
}

QString decode(const QByteArray &bytes, const QString &encoding, bool *ok)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    *ok = decoder.isValid();
    if (!*ok)
        return {};
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

QStringList SourceText::knownEncodings()
{
    return {u"UTF-8"_s, u"GB18030"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"Big5"_s};
}

SourceText SourceText::fromFile(const QString &path, const QString &encoding)
{
    SourceText source;
    source.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        source.error = SourceText::tr("Cannot open %1: %2").arg(path, file.errorString());
        return source;
    }
    if (file.size() > maxFileSize) {
        source.error = SourceText::tr("%1 is %2 MB, too large for a policy document or ledger table.")
                           .arg(source.fileName)
                           .arg(file.size() / (1024 * 1024));
        return source;
    }
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"ofd") {
        source.error = SourceText::tr("%1 is an OFD file, which Taizhang cannot read yet; save or print it as PDF "
                                      "from the OFD reader and import that.")
                           .arg(source.fileName);
        return source;
    }
    if (OfficeConverter::handles(path, bytes.left(8))) {
        source = OfficeConverter::read(path);
    } else if ((suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        || HtmlReader::looksLikeHtml(bytes)) {
        source = HtmlReader::read(bytes, source.fileName, encoding);
    } else if (bytes.startsWith("PK\x03\x04")) {
        // Word and Excel files are zip archives; which one is told by what they hold.
        source = DocxReader::canRead(path) ? DocxReader::read(path) : XlsxReader::read(path);
    } else if (bytes.startsWith("%PDF-")) {
        source = PdfReader::read(bytes);
    } else {
        source = fromBytes(bytes, source.fileName, encoding);
        source.kind = u"text"_s;
        if (source.isValid() && QFileInfo(path).suffix().compare(u"csv", Qt::CaseInsensitive) == 0) {
            source.text = CsvTable::toTabSeparated(source.text);
            source.kind = u"csv"_s;
        }
        return source;
    }
    source.fileName = QFileInfo(path).fileName();
    if (source.isValid() && looksBinary(source.text))
        source.error = SourceText::tr("%1 looks like a binary file, not text.").arg(source.fileName);
    if (source.isValid() && source.text.trimmed().isEmpty())
        source.error = SourceText::tr("%1 holds no text.").arg(source.fileName);
    if (!source.error.isEmpty())
        source.text.clear();
    return source;
}

SourceText SourceText::fromBytes(const QByteArray &bytes, const QString &fileName, const QString &encoding)
{
    SourceText source;
    source.fileName = fileName;
    source.kind = u"text"_s;
    if (bytes.isEmpty()) {
        source.error = SourceText::tr("%1 is empty.").arg(fileName);
        return source;
    }

    bool ok = false;
    if (!encoding.isEmpty()) {
        source.text = decode(bytes, encoding, &ok);
        source.encoding = encoding;
        if (!ok) {
            source.error = SourceText::tr("%1 is not valid %2 text; choose another encoding.").arg(fileName, encoding);
            source.text.clear();
            return source;
        }
    } else if (auto bom = QStringConverter::encodingForData(bytes)) {
        source.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
        source.text = decode(bytes, source.encoding, &ok);
    } else if (source.text = decode(bytes, u"UTF-8"_s, &ok); ok) {
        source.encoding = u"UTF-8"_s;
    } else {
        // Told from the first bytes: a 60 MB photo or archive is refused at once, not after every
        // encoding was tried on all of it.
        const QByteArray head = bytes.left(64 * 1024);
        QString guess = utf16WithoutBom(head.size() % 2 ? head.chopped(1) : head);
        if (guess.isEmpty() && head.contains('\0')) {
            source.error = SourceText::tr("%1 looks like a binary file, not text.").arg(fileName);
            source.text.clear();
            return source;
        }
        if (guess.isEmpty())
            guess = guessEncoding(bytes.left(1024 * 1024));
        if (!guess.isEmpty() && guess != u"UTF-8")
            source.text = decode(bytes, guess, &ok);
        if (!ok || guess.isEmpty() || guess == u"UTF-8") {
            guess = u"GB18030"_s;
            source.text = decode(bytes, guess, &ok);
        }
        source.encoding = guess;
        // GB18030 decodes almost any bytes; what it makes of a photo or a zip is not Chinese.
        const bool utf16 = guess.startsWith(u"UTF-16");
        if (!ok || (!utf16 && bytes.contains('\0')) || plausibleTextPercent(source.text) < 90) {
            source.error = SourceText::tr("%1 looks like a binary file, not text.").arg(fileName);
            source.text.clear();
            return source;
        }
    }
    if (!source.text.isEmpty() && source.text.front() == QChar(0xFEFF))
        source.text.remove(0, 1);
    if (source.text.isEmpty())
        source.error = SourceText::tr("%1 is not text in any encoding Taizhang reads (UTF-8, UTF-16, GBK/GB18030).")
                           .arg(fileName);
    else if (looksBinary(source.text))
        source.error = SourceText::tr("%1 looks like a binary file, not text.").arg(fileName);
    if (!source.error.isEmpty())
        source.text.clear();
    return source;
}

} // namespace Taizhang
