#include "evidencefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {
// The zip directory names an Office part; enough to tell a .docx from an .xlsx from another zip.
bool zipHolds(const QByteArray &data, const QByteArray &part)
{
    return data.startsWith("PK\x03\x04") && data.contains(part);
}
} // namespace

QString EvidenceFile::typeOf(const QByteArray &data)
{
    if (data.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (data.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (zipHolds(data, "word/document.xml"))
        return u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s;
    if (zipHolds(data, "xl/workbook.xml"))
        return u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s;
    return {};
}

QString EvidenceFile::suffixFor(const QString &type)
{
    if (type == u"application/pdf")
        return u"pdf"_s;
    if (type == u"image/png")
        return u"png"_s;
    if (type == u"image/jpeg")
        return u"jpg"_s;
    if (type.endsWith(u"wordprocessingml.document"))
        return u"docx"_s;
    if (type.endsWith(u"spreadsheetml.sheet"))
        return u"xlsx"_s;
    return {};
}

std::optional<Evidence> EvidenceFile::read(const QString &path, qint64 maxBytes, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto refuse = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (!info.isFile())
        return refuse(tr("%1 cannot be found.").arg(name));
    if (info.size() == 0)
        return refuse(tr("%1 is empty.").arg(name));
    if (info.size() > maxBytes)
        return refuse(tr("%1 is %2 MB; evidence may be at most %3 MB a file.")
                          .arg(name)
                          .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                          .arg(maxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(name, file.errorString()));
    const QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes || data.size() != info.size())
        return refuse(tr("%1 changed while it was read; try again.").arg(name));
    if (data.startsWith("\x7f" "ELF") || data.startsWith("MZ") || data.startsWith("#!"))
        return refuse(tr("%1 is a program, not a document; it cannot be evidence.").arg(name));
    const QString type = typeOf(data);
    if (type.isEmpty())
        return refuse(tr("%1 is not a PDF, a picture (PNG, JPEG), a Word .docx or an Excel .xlsx file.").arg(name));
    const QString suffix = info.suffix().toLower();
    const QString expected = suffixFor(type);
    if (suffix != expected && !(expected == u"jpg" && suffix == u"jpeg"))
        return refuse(tr("%1 is named .%2 but holds a .%3 file; rename it to what it is.").arg(name, suffix, expected));
    Evidence evidence;
    evidence.name = name;
    evidence.size = data.size();
    evidence.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    evidence.type = type;
    evidence.data = data;
    return evidence;
}

} // namespace Taizhang
