// BoardFigures patched deal by deal against DealService::totalsOf()/forecastOf() of the same deals.
#include "core/pipeline/BoardFigures.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;
using namespace lr::test;

namespace {

class BoardFiguresTest : public ::testing::Test
{
protected:
    void SetUp() override { pipeline = store->pipelines.all().value(0); }

    Id stageNamed(const QString &name) const
    {
        for (const Stage &s : pipeline.stages) {
            if (s.name == name)
                return s.id;
        }
        ADD_FAILURE() << "no stage " << name.toStdString();
        return 0;
    }

    /// Deals spread over every stage (Negotiation ones 10–40 days in it, so some are stale), three
    /// owners, two currencies, expected close months before, in and after now, some undated.
    QList<DealFigures> deals(int n)
    {
        QList<DealFigures> out;
        for (int i = 0; i < n; ++i) {
            DealFigures d;
            d.id = 1000 + i;
            d.stageId = pipeline.stages.at(i % pipeline.stages.size()).id;
            d.ownerId = 1 + i % 3;
            d.valueCents = 1999 + 7919 * (i % 13);
            d.currency = i % 7 == 0 ? QStringLiteral("USD") : QStringLiteral("EUR");
            d.expectedCloseAt = i % 5 == 0 ? 0 : kTestStart + (i % 9 - 2) * 17 * kDayMs;
            d.stageEnteredAt = kTestStart - (10 + i % 31) * kDayMs - i * kMinuteMs;
            out.append(d);
        }
        return out;
    }

    void expectEqual(const BoardFigures &figures, const char *when)
    {
        const QHash<Id, StageTotals> expected = service.totalsOf(figures.deals(), pipeline);
        const QHash<Id, StageTotals> actual = figures.totals();
        ASSERT_EQ(actual.size(), expected.size()) << when;
        qint64 open = 0;
        for (const Stage &s : pipeline.stages) {
            const StageTotals e = expected.value(s.id);
            const StageTotals a = actual.value(s.id);
            EXPECT_EQ(a.count, e.count) << when << " " << s.name.toStdString();
            EXPECT_EQ(a.valueCents, e.valueCents) << when << " " << s.name.toStdString();
            EXPECT_EQ(a.weightedCents, e.weightedCents) << when << " " << s.name.toStdString();
            EXPECT_EQ(a.currency, e.currency) << when << " " << s.name.toStdString();
            if (s.isOpen())
                open += e.count;
        }
        EXPECT_EQ(figures.openCount(), open) << when;
        const QList<ForecastCell> forecast = service.forecastOf(figures.deals(), pipeline);
        const QList<ForecastCell> cells = figures.forecast();
        ASSERT_EQ(cells.size(), forecast.size()) << when;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            EXPECT_EQ(cells[i].month, forecast[i].month) << when;
            EXPECT_EQ(cells[i].ownerId, forecast[i].ownerId) << when;
            EXPECT_EQ(cells[i].count, forecast[i].count) << when;
            EXPECT_EQ(cells[i].valueCents, forecast[i].valueCents) << when;
            EXPECT_EQ(cells[i].weightedCents, forecast[i].weightedCents) << when;
            EXPECT_EQ(cells[i].currency, forecast[i].currency) << when;
        }
    }

    TempStore store;
    ManualClock clock{kTestStart};
    DealService service{*store, clock};
    Pipeline pipeline;
};

} // namespace

TEST_F(BoardFiguresTest, MovesPatchedOneByOneEqualAFreshSum)
{
    BoardFigures figures(service);
    figures.reset(deals(200), pipeline, clock.now());
    expectEqual(figures, "after reset");
    ASSERT_GT(figures.totals(stageNamed(QStringLiteral("Negotiation"))).count, 0);

    // Moves between every kind of stage, a deal leaving a currency's last one, new values, owners
    // and dates, the clock running on inside the day.
    for (int i = 0; i < 150; ++i) {
        clock.advance(kMinuteMs);
        DealFigures d = figures.deals().at((i * 37) % figures.deals().size());
        d.stageId = pipeline.stages.at((i * 5 + 1) % pipeline.stages.size()).id;
        d.stageEnteredAt = clock.now();
        if (i % 4 == 0)
            d.valueCents += 12345;
        if (i % 6 == 0)
            d.ownerId = 1 + (d.ownerId % 3);
        if (i % 9 == 0)
            d.currency = d.currency == QStringLiteral("USD") ? QStringLiteral("EUR") : QStringLiteral("USD");
        if (i % 11 == 0)
            d.expectedCloseAt = i % 2 ? 0 : kTestStart + i * kDayMs;
        ASSERT_TRUE(figures.update(d, clock.now())) << i;
        expectEqual(figures, "after a move");
    }
}

TEST_F(BoardFiguresTest, AStaleDropComingDueAsksForAFreshRead)
{
    DealFigures d;
    d.id = 7;
    d.stageId = stageNamed(QStringLiteral("Negotiation")); // 80 %, 10 % after 30 days
    d.valueCents = 100000;
    d.currency = QStringLiteral("EUR");
    d.stageEnteredAt = kTestStart - 30 * kDayMs; // 30 whole days: not stale yet
    BoardFigures figures(service);
    figures.reset({d}, pipeline, clock.now());
    EXPECT_EQ(figures.totals(d.stageId).weightedCents, 80000);

    clock.advance(kDayMs - 1);
    d.valueCents = 200000;
    ASSERT_TRUE(figures.update(d, clock.now()));
    EXPECT_EQ(figures.totals(d.stageId).weightedCents, 160000);

    clock.advance(1); // 31 whole days: the drop is due, the held 80 % is wrong now
    EXPECT_FALSE(figures.update(d, clock.now()));
    EXPECT_EQ(figures.totals(d.stageId).valueCents, 200000); // unchanged
    figures.reset(figures.deals(), pipeline, clock.now());
    EXPECT_EQ(figures.totals(d.stageId).weightedCents, 20000);
    expectEqual(figures, "after the drop");
}

TEST_F(BoardFiguresTest, UnknownDealOrClockGoingBackIsRefused)
{
    BoardFigures figures(service);
    figures.reset(deals(10), pipeline, clock.now());
    DealFigures stranger;
    stranger.id = 99999;
    stranger.stageId = pipeline.stages.first().id;
    EXPECT_FALSE(figures.update(stranger, clock.now()));
    DealFigures known = figures.deals().first();
    EXPECT_FALSE(figures.update(known, clock.now() - 1));
    EXPECT_TRUE(figures.update(known, clock.now()));
    expectEqual(figures, "after refusals");
}
