#include "officeconverter.h"

#include "docxreader.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Taizhang {

namespace {

const QByteArray oleHeader("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

bool isSpreadsheet(const QString &suffix)
{
    static const QStringList sheets = {u"xls"_s, u"et"_s, u"ett"_s, u"xlt"_s, u"ods"_s};
    return sheets.contains(suffix);
}

} // namespace

bool OfficeConverter::handles(const QString &path, const QByteArray &head)
{
    static const QStringList suffixes
        = {u"doc"_s, u"wps"_s, u"wpt"_s, u"dot"_s, u"rtf"_s, u"odt"_s, u"xls"_s, u"et"_s, u"ett"_s, u"xlt"_s, u"ods"_s};
    return head.startsWith(oleHeader) || suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString OfficeConverter::program()
{
    const QString configured = qEnvironmentVariable("TAIZHANG_SOFFICE");
    if (!configured.isEmpty())
        return QFileInfo(configured).isExecutable() ? configured : QString();
    for (const QString &name : {u"soffice"_s, u"libreoffice"_s}) {
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    }
    return {};
}

SourceText OfficeConverter::read(const QString &path)
{
    SourceText source;
    source.fileName = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString target = isSpreadsheet(suffix) ? u"xlsx"_s : u"docx"_s;
    const QString soffice = program();
    if (soffice.isEmpty()) {
        source.error = tr("%1 is an older or WPS office file, which Taizhang reads through LibreOffice, and "
                          "LibreOffice is not installed. Install it (apt install libreoffice-writer "
                          "libreoffice-calc), or save the file as .%2 and import that.")
                           .arg(source.fileName, target);
        return source;
    }

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        source.error = tr("No temporary folder to convert %1 in: %2").arg(source.fileName, scratch.errorString());
        return source;
    }
    // A copy with a plain name: LibreOffice picks the filter by the name, and the name of the
    // result follows it.
    const QString input = scratch.filePath(u"source."_s + (suffix.isEmpty() ? u"doc"_s : suffix));
    if (!QFile::copy(path, input)) {
        source.error = tr("Cannot read %1.").arg(source.fileName);
        return source;
    }
    const QString outDir = scratch.filePath(u"out"_s);
    QDir().mkpath(outDir);

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(scratch.path());
    process.start(soffice,
        {u"-env:UserInstallation="_s + QUrl::fromLocalFile(scratch.filePath(u"profile"_s)).toString(), u"--headless"_s,
            u"--norestore"_s, u"--nologo"_s, u"--nolockcheck"_s, u"--nodefault"_s, u"--convert-to"_s, target,
            u"--outdir"_s, outDir, input});
    if (!process.waitForStarted(10 * 1000)) {
        source.error = tr("LibreOffice (%1) could not be started to convert %2.").arg(soffice, source.fileName);
        return source;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        source.error = tr("LibreOffice did not finish converting %1 within %2 seconds; save it as .%3 and import that.")
                           .arg(source.fileName)
                           .arg(timeoutMs / 1000)
                           .arg(target);
        return source;
    }
    const QString output = QDir(outDir).filePath(u"source."_s + target);
    if (!QFileInfo::exists(output)) {
        source.error = tr("LibreOffice could not convert %1: it is damaged, protected or not an office document.")
                           .arg(source.fileName);
        return source;
    }
    source = target == u"xlsx" ? XlsxReader::read(output) : DocxReader::read(output);
    source.fileName = QFileInfo(path).fileName();
    source.kind = suffix.isEmpty() ? target : suffix;
    return source;
}

} // namespace Taizhang
