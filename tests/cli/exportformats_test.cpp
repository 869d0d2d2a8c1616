// An export format registered in-process shows up in the CLI's usage and --format, with nothing
// else changed: the registry is the one list of formats.
#include "clirunner.h"
#include "export/exporterregistry.h"
#include "plaintextexporter.h"
#include "testsupport.h"

#include <QFile>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun run(const QStringList &arguments)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = CliRunner(out, err).run(arguments);
    out.flush();
    err.flush();
    return result;
}
} // namespace

TEST(ExportFormats, shouldOfferAFormatRegisteredInTheUsageAndExportWithIt)
{
    ExporterRegistry &registry = ExporterRegistry::instance();
    EXPECT_FALSE(run({u"--help"_s}).out.contains(u"|txt"_s));
    registry.add(std::make_unique<TestData::PlainTextExporter>());
    const CliRun help = run({u"--help"_s});
    EXPECT_TRUE(help.out.contains(u"--format pdf|xlsx|csv|json|txt"_s)) << help.out.toStdString();

    TestData::ScratchDir dir;
    const QString ledger = dir.path(u"lhasa.taizhang"_s);
    ASSERT_EQ(run({u"import"_s, TestData::dataPath(u"ledger-lhasa-2021.txt"_s), u"--into"_s, ledger}).exitCode, 0);
    const QString out = dir.path(u"lhasa.txt"_s);
    const CliRun exported
        = run({u"export"_s, ledger, u"--format"_s, u"txt"_s, u"--unit"_s, u"市司法局"_s, u"--out"_s, out});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    EXPECT_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        EXPECT_EQ(line.count(u'\t'), 1) << line.toStdString();

    // It writes the ledger only, so another report is refused with the formats that can.
    const CliRun refused
        = run({u"export"_s, ledger, u"--format"_s, u"txt"_s, u"--report"_s, u"notice"_s, u"--out"_s, out});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"pdf"_s)) << refused.err.toStdString();

    registry.remove(u"txt"_s);
    EXPECT_FALSE(run({u"--help"_s}).out.contains(u"|txt"_s));
    EXPECT_EQ(run({u"export"_s, ledger, u"--format"_s, u"txt"_s, u"--out"_s, out}).exitCode, 2);
}
