#include "sourcetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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
} // namespace

SourceText SourceText::fromFile(const QString &path)
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
    SourceText decoded = fromBytes(bytes, source.fileName);
    return decoded;
}

SourceText SourceText::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    SourceText source;
    source.fileName = fileName;
    if (bytes.isEmpty()) {
        source.error = SourceText::tr("%1 is empty.").arg(fileName);
        return source;
    }

    auto decode = [&](QStringConverter::Encoding encoding) {
        QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        return decoder.hasError() ? QString() : text;
    };

    if (auto bom = QStringConverter::encodingForData(bytes)) {
        source.text = decode(*bom);
        source.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
    } else if (QString utf8 = decode(QStringConverter::Utf8); !utf8.isNull()) {
        source.text = utf8;
        source.encoding = u"UTF-8"_s;
    } else {
        QStringDecoder gb18030("GB18030");
        if (gb18030.isValid()) {
            source.text = gb18030.decode(bytes);
            source.encoding = u"GB18030"_s;
            if (gb18030.hasError())
                source.text.clear();
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
