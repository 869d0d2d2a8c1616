// Inputs that once crashed the importer (../shared/crashers, copied to tests/data/crashers): sizes
// read from the file must be bounded before use. Each ends in a clear message, in bounded time
// and memory, the file untouched.
#include "import/importerregistry.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

TEST(Crashers, shouldEndEveryHostileOfficeFileInAClearMessage)
{
    const struct {
        QString file;
        QString says;
    } inputs[] = {
        {u"xlsx-row-2147483647.xlsx"_s, u"row 2147483647"_s}, // was: bad_alloc
        {u"xlsx-row-30000000.xlsx"_s, u"row 30000000"_s}, // was: 27 s and 1.8 GB
        {u"xlsx-mutated-numbers.xlsx"_s, u"past the last column"_s}, // was: abort at ~2 GB
        {u"docx-gridspan-2000000000.docx"_s, u"No numbered tasks"_s}, // was: abort
    };
    for (const auto &input : inputs) {
        SCOPED_TRACE(input.file.toStdString());
        const QString path = TestData::dataPath(u"crashers/"_s + input.file);
        const QByteArray before = sha256(path);
        ASSERT_FALSE(before.isEmpty());
        const ImportDraft draft = ImporterRegistry().importFile(path, u"auto"_s, {});
        EXPECT_TRUE(draft.hasErrors());
        EXPECT_EQ(draft.taskCount(), 0);
        QString messages;
        for (const ImportIssue &issue : draft.issues)
            messages += issue.message + u'\n';
        EXPECT_TRUE(messages.contains(input.says)) << messages.toStdString();
        EXPECT_EQ(sha256(path), before);
    }
}
