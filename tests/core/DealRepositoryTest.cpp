#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

Id stageNamed(Store &store, const QString &name)
{
    for (const Stage &s : store.pipelines.all().value(0).stages) {
        if (s.name == name)
            return s.id;
    }
    return 0;
}

} // namespace

TEST(PipelineRepository, ShipsTheDefaultStagesWithProbabilities)
{
    test::TempStore store;
    const QList<Pipeline> pipelines = store->pipelines.all();
    ASSERT_EQ(pipelines.size(), 1);
    QStringList names;
    for (const Stage &s : pipelines.first().stages)
        names.append(s.name);
    EXPECT_EQ(
        names,
        (QStringList{QStringLiteral("New Lead"), QStringLiteral("Attempted Contact"), QStringLiteral("Connected"),
                     QStringLiteral("Discovery Booked"), QStringLiteral("Proposal Sent"), QStringLiteral("Negotiation"),
                     QStringLiteral("Closed Won"), QStringLiteral("Closed Lost"), QStringLiteral("Invalid")}));
    EXPECT_EQ(store->pipelines.stage(stageNamed(*store, QStringLiteral("Discovery Booked")))->probability, 20);
    EXPECT_EQ(store->pipelines.stage(stageNamed(*store, QStringLiteral("Proposal Sent")))->probability, 60);
    EXPECT_EQ(store->pipelines.stage(stageNamed(*store, QStringLiteral("Closed Won")))->kind, StageKind::Won);
    EXPECT_EQ(store->pipelines.stage(stageNamed(*store, QStringLiteral("Invalid")))->kind, StageKind::Invalid);
}

TEST(DealRepository, KeepsStageHistory)
{
    test::TempStore store;
    Deal d;
    d.pipelineId = 1;
    d.stageId = stageNamed(*store, QStringLiteral("New Lead"));
    d.title = QStringLiteral("Firma GmbH – 50 seats");
    d.valueCents = 1200000;
    d.createdAt = test::kTestStart;
    const auto id = store->deals.create(d);
    ASSERT_TRUE(id) << id.error().toStdString();
    const Id discovery = stageNamed(*store, QStringLiteral("Discovery Booked"));
    ASSERT_TRUE(store->deals.setStage(id.value(), discovery, 0, test::kTestStart + kDayMs));
    ASSERT_TRUE(store->deals.setStage(id.value(), discovery, 0, test::kTestStart + 2 * kDayMs)); // no-op

    const auto history = store->deals.history(id.value());
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).fromStageId, 0);
    EXPECT_EQ(history.at(1).toStageId, discovery);
    const auto read = store->deals.find(AccessScope::system(), id.value());
    EXPECT_EQ(read->stageId, discovery);
    EXPECT_EQ(read->stageEnteredAt, test::kTestStart + kDayMs);
    EXPECT_EQ(store->deals.countByStage(AccessScope::system()).value(discovery), 1);
}

TEST(DealRepository, RefusesNegativeValuesAndMissingTitles)
{
    test::TempStore store;
    Deal d;
    d.pipelineId = 1;
    d.stageId = stageNamed(*store, QStringLiteral("New Lead"));
    d.title = QStringLiteral("x");
    d.valueCents = -1;
    EXPECT_FALSE(store->deals.create(d));
    d.valueCents = 0;
    d.title.clear();
    EXPECT_FALSE(store->deals.create(d));
    EXPECT_TRUE(store->deals.list(AccessScope::system()).isEmpty());
}

TEST(DealRepository, UpdatesTheClosingFields)
{
    test::TempStore store;
    Deal d;
    d.pipelineId = 1;
    d.stageId = stageNamed(*store, QStringLiteral("Negotiation"));
    d.title = QStringLiteral("Firma GmbH");
    d.createdAt = test::kTestStart;
    d.id = store->deals.create(d).value();
    d.vatId = QStringLiteral("DE123456789");
    d.billingEmail = QStringLiteral("rechnung@firma.de");
    d.decisionMaker = QStringLiteral("Hans Becker");
    d.closedAt = test::kTestStart + kDayMs;
    ASSERT_TRUE(store->deals.update(d));
    const auto read = store->deals.find(AccessScope::system(), d.id);
    EXPECT_EQ(read->vatId, d.vatId);
    EXPECT_EQ(read->billingEmail, d.billingEmail);
    EXPECT_EQ(read->closedAt, d.closedAt);
    EXPECT_EQ(read->stageId, d.stageId);
    d.valueCents = -5;
    EXPECT_FALSE(store->deals.update(d));
    d.valueCents = 0;
    d.id = 4242;
    EXPECT_FALSE(store->deals.update(d));
}
