#include "export/jsonexporter.h"
#include "storage/ledgerstore.h"
#include "storage/sqlite/sqliteledgerstore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Taizhang;

TEST(JsonExporter, shouldWriteTheStableLedgerFormat)
{
    TestData::ScratchDir dir;
    SqliteLedgerStore store;
    ASSERT_TRUE(store.open(dir.path(u"j.taizhang"_s), LedgerStore::OpenMode::CreateOrOpen));
    ASSERT_FALSE(store.insertDraft(TestData::lhasaDraft()).isEmpty());
    ASSERT_NE(store.addProgress(2, {0, QDate(2021, 8, 1), u"市市场监管局"_s, 100, u"已完成"_s, u"王五"_s}), 0);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(JsonExporter::write(store, &buffer).isEmpty());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(buffer.data(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();

    EXPECT_EQ(root[u"format"_s].toString(), u"taizhang-ledger"_s);
    EXPECT_EQ(root[u"version"_s].toInt(), 1);
    const QJsonObject plan = root[u"plans"_s].toArray().at(0).toObject();
    for (const QString &key : {u"id"_s, u"title"_s, u"doc_number"_s, u"issuer"_s, u"issued"_s, u"year"_s, u"source"_s})
        EXPECT_TRUE(plan.contains(key)) << key.toStdString();
    EXPECT_EQ(plan[u"year"_s].toInt(), 2021);

    const QJsonArray tasks = root[u"tasks"_s].toArray();
    ASSERT_EQ(tasks.size(), 103);
    const QJsonObject first = tasks.at(0).toObject();
    // Keys are only ever added: version 1 readers skip leaders, continuing, order, completed,
    // closed_on, completion_estimated.
    EXPECT_EQ(first.keys().size(), 23);
    EXPECT_TRUE(first[u"completed"_s].isNull()) << "not finished";
    EXPECT_TRUE(first[u"closed_on"_s].isNull());
    EXPECT_FALSE(first[u"completion_estimated"_s].toBool());
    EXPECT_EQ(first[u"sections"_s].toArray(), QJsonArray {u"（一）提升企业开办注销便利度"_s});
    EXPECT_EQ(first[u"number"_s].toString(), u"1"_s);
    EXPECT_EQ(first[u"part"_s].toInt(), 1);
    EXPECT_EQ(first[u"lead_units"_s].toArray(), QJsonArray {u"市市场监管局"_s});
    EXPECT_EQ(first[u"co_units"_s].toArray().size(), 3);
    EXPECT_EQ(first[u"deadline_text"_s].toString(), u"6月底"_s);
    EXPECT_EQ(first[u"due"_s].toString(), u"2021-06-30"_s);
    EXPECT_FALSE(first[u"ongoing"_s].toBool());
    EXPECT_FALSE(first[u"continuing"_s].toBool());
    EXPECT_EQ(first[u"leaders"_s].toArray(), QJsonArray {});
    EXPECT_EQ(first[u"status"_s].toString(), u"not_started"_s);

    const QJsonObject second = tasks.at(1).toObject();
    EXPECT_EQ(second[u"part"_s].toInt(), 2);
    const QJsonObject progress = second[u"progress"_s].toArray().at(0).toObject();
    EXPECT_EQ(progress[u"date"_s].toString(), u"2021-08-01"_s);
    EXPECT_EQ(progress[u"percent"_s].toInt(), 100);
    EXPECT_EQ(progress[u"author"_s].toString(), u"王五"_s);

    bool sawOngoing = false;
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        if (task[u"ongoing"_s].toBool()) {
            sawOngoing = true;
            EXPECT_TRUE(task[u"due"_s].isNull());
        }
    }
    EXPECT_TRUE(sawOngoing);
}
