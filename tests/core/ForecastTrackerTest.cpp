#include "core/pipeline/ForecastTracker.h"
#include "core/pipeline/CurrencyService.h"
#include "core/store/ForecastRepository.h"
#include "tests/core/DealFixture.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace lr;

namespace {

class ForecastTrackerTest : public test::DealFixture
{
protected:
    static Instant at(int y, int m, int d)
    {
        return QDateTime(QDate(y, m, d), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    void setValue(Id dealId, const QString &value)
    {
        ASSERT_TRUE(
            m_service.move(AccessScope::system(), dealId, deal(dealId).stageId, {{QStringLiteral("value"), value}})
                .ok());
    }
    /// Anna wins her deal, with what Closed Won asks for.
    void winAnnasDeal()
    {
        ASSERT_TRUE(m_service
                        .move(m_anna, m_annaDeal, stage(QStringLiteral("Closed Won")),
                              {{QStringLiteral("vat_id"), QStringLiteral("DE1")},
                               {QStringLiteral("billing_email"), QStringLiteral("ap@firma.example")}})
                        .ok());
    }
    ForecastTracker m_tracker{*m_store, m_clock};
};

TEST(ForecastTrackerMonths, NamesMonthsAndTheirEnds)
{
    EXPECT_EQ(ForecastTracker::monthOf(test::kTestStart), QStringLiteral("2026-11"));
    EXPECT_EQ(ForecastTracker::nextMonthStart(test::kTestStart),
              QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

TEST_F(ForecastTrackerTest, SnapshotsTheMonthOnceAndComparesItWithWhatWasWon)
{
    setValue(m_annaDeal, QStringLiteral("10000"));
    setValue(m_borisDeal, QStringLiteral("4000"));
    // Fixture deals expect to close on 2026-12-23; December begins.
    m_clock.set(at(2026, 12, 1));
    const Result<int> first = m_tracker.snapshotIfDue();
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_EQ(first.value(), 3) << "one row per owner";
    EXPECT_EQ(m_tracker.snapshotIfDue().value(), 0) << "the first snapshot of a month is kept";

    m_clock.set(at(2026, 12, 10));
    winAnnasDeal();

    const QList<ForecastAccuracy> all =
        m_tracker.accuracy(AccessScope::system(), m_pipeline.id, QStringLiteral("2026-12"), QStringLiteral("2026-12"));
    ASSERT_EQ(all.size(), 3);
    for (const ForecastAccuracy &a : all) {
        EXPECT_EQ(a.month, QStringLiteral("2026-12"));
        EXPECT_TRUE(a.hasSnapshot);
        if (a.ownerId == m_anna.userId) {
            EXPECT_EQ(a.forecastWeightedCents, 1000000 * 5 / 100) << "New Lead is 5 %";
            EXPECT_EQ(a.actualCents, 1000000);
            EXPECT_DOUBLE_EQ(a.ratio(), 20.0);
        } else {
            EXPECT_EQ(a.actualCents, 0);
        }
    }
    const QList<ForecastAccuracy> mine =
        m_tracker.accuracy(m_boris, m_pipeline.id, QStringLiteral("2026-12"), QStringLiteral("2026-12"));
    ASSERT_EQ(mine.size(), 1) << "a rep sees only their own forecast";
    EXPECT_EQ(mine.first().ownerId, m_boris.userId);
}

TEST_F(ForecastTrackerTest, ASnapshotInAnEarlierHomeCurrencyIsComparedInTodaysOne)
{
    setValue(m_annaDeal, QStringLiteral("10000"));
    m_clock.set(at(2026, 12, 1));
    ASSERT_TRUE(m_tracker.snapshotIfDue()); // in euros
    m_clock.set(at(2026, 12, 10));
    winAnnasDeal();
    // The company now sums in zloty: one euro is 4 zloty.
    const AccessScope admin = addUser(QStringLiteral("Alex Morgan"), Role::Admin, 0);
    ExchangeRates zloty;
    zloty.home = QStringLiteral("PLN");
    zloty.perHome = {{QStringLiteral("PLN"), 1.0}, {QStringLiteral("EUR"), 0.25}};
    ASSERT_TRUE(CurrencyService(*m_store, m_clock).save(admin, zloty));

    bool found = false;
    for (const ForecastAccuracy &a : m_tracker.accuracy(AccessScope::system(), m_pipeline.id, QStringLiteral("2026-12"),
                                                        QStringLiteral("2026-12"))) {
        if (a.ownerId != m_anna.userId)
            continue;
        found = true;
        EXPECT_EQ(a.actualCents, 4'000'000) << "10,000 EUR won, in zloty";
        EXPECT_EQ(a.forecastWeightedCents, 200'000) << "5 % of 10,000 EUR, in zloty";
        EXPECT_DOUBLE_EQ(a.ratio(), 20.0);
    }
    EXPECT_TRUE(found) << "Anna's month is compared";
}

TEST_F(ForecastTrackerTest, StageHistoryGivesDaysPerStage)
{
    m_clock.set(test::kTestStart);
    ASSERT_TRUE(m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected"))).ok());
    m_clock.advance(4 * kDayMs);
    ASSERT_TRUE(m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Discovery Booked"))).ok());
    const QHash<Id, double> days = ForecastRepository(m_store->database())
                                       .averageDaysInStage(AccessScope::system(), m_pipeline.id, 0, m_clock.now() + 1);
    EXPECT_DOUBLE_EQ(days.value(stage(QStringLiteral("Connected"))), 4.0);
    EXPECT_DOUBLE_EQ(days.value(stage(QStringLiteral("New Lead"))), 10.0) << "created ten days before";
}

} // namespace
