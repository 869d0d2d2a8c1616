// Two writers racing to create one ledger (two `taizhang-cli import … --into NEW` at once): each
// either imports whole or is refused because the other has the ledger; never both at once, and
// the ledger holds exactly what the successful ones imported.
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST(RacingWriters, shouldLetTwoImportsIntoANewLedgerSucceedOneAfterTheOtherOrRefuseWhole)
{
    TestData::ScratchDir dir;
    const QString source = TestData::dataPath(u"ledger-lhasa-2021.txt"_s);
    for (int round = 0; round < 20; ++round) {
        const QString ledger = dir.path(u"race-%1.taizhang"_s.arg(round));
        QProcess first, second;
        for (QProcess *writer : {&first, &second})
            writer->start(QStringLiteral(TAIZHANG_CLI), {u"import"_s, source, u"--into"_s, ledger});
        int imported = 0;
        for (QProcess *writer : {&first, &second}) {
            ASSERT_TRUE(writer->waitForFinished(60000));
            if (writer->exitCode() == 0)
                ++imported;
            else // refused: it says who has the ledger, and imported nothing
                EXPECT_FALSE(writer->readAllStandardError().isEmpty());
        }
        ASSERT_GE(imported, 1) << "round " << round;
        SqliteLedgerStore store;
        ASSERT_TRUE(store.open(ledger, LedgerStore::OpenMode::ReadOnly)) << store.lastError().message.toStdString();
        EXPECT_TRUE(store.checkIntegrity());
        EXPECT_EQ(store.taskCount(), 103 * imported) << "round " << round;
        EXPECT_EQ(store.plans().size(), imported);
    }
}
