// Exchange rates: deal sums in the home currency where a rate is known, "mixed" where not; the
// same cents whether SQL adds them (figures, won by month) or BoardFigures patches a moved deal.
#include "core/pipeline/CurrencyService.h"
#include "core/pipeline/BoardFigures.h"
#include "core/store/ForecastRepository.h"
#include "tests/core/DealFixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

using namespace lr;
using namespace lr::test;

namespace {

class CurrencyServiceTest : public DealFixture
{
protected:
    void SetUp() override
    {
        DealFixture::SetUp();
        m_admin = addUser(QStringLiteral("Alex Morgan"), Role::Admin, 0);
        // Anna's deal in zloty, Boris's in euro, Carla's in dollars; awkward cents on purpose.
        setValue(m_annaDeal, 4'300'001, QStringLiteral("PLN"));
        setValue(m_borisDeal, 1'000'000, QStringLiteral("EUR"));
        setValue(m_carlaDeal, 99'999, QStringLiteral("USD"));
    }

    void setValue(Id id, qint64 cents, const QString &currency)
    {
        Deal d = deal(id);
        d.valueCents = cents;
        d.currency = currency;
        ASSERT_TRUE(m_store->deals.update(d));
    }

    ExchangeRates rates(std::initializer_list<std::pair<const char *, double>> others)
    {
        ExchangeRates r;
        for (const auto &[code, rate] : others)
            r.perHome.insert(QString::fromLatin1(code), rate);
        return r;
    }

    StageTotals newLeadTotals()
    {
        return m_service.totals(AccessScope::system(), m_pipeline).value(stage(QStringLiteral("New Lead")));
    }

    CurrencyService m_currencies{*m_store, m_clock};
    AccessScope m_admin;
};

TEST_F(CurrencyServiceTest, ANewStoreSumsInEurosAndMixesCurrenciesWithoutARate)
{
    const ExchangeRates shipped = m_currencies.rates();
    EXPECT_EQ(shipped.home, QStringLiteral("EUR"));
    EXPECT_EQ(shipped.perHome, (QMap<QString, double>{{QStringLiteral("EUR"), 1.0}}));
    EXPECT_EQ(m_currencies.missingRates(), (QStringList{QStringLiteral("PLN"), QStringLiteral("USD")}));
    const StageTotals t = newLeadTotals();
    EXPECT_EQ(t.count, 3);
    EXPECT_EQ(t.valueCents, 4'300'001 + 1'000'000 + 99'999); // added as they are
    EXPECT_TRUE(t.currency.isEmpty()) << "mixed";
}

TEST_F(CurrencyServiceTest, WithRatesEveryDealIsSummedInTheHomeCurrency)
{
    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"PLN", 4.3}, {"USD", 1.08}})));
    EXPECT_TRUE(m_currencies.missingRates().isEmpty());
    const StageTotals t = newLeadTotals();
    // 43,000.01 PLN = 10,000.0023 EUR → 1,000,000 cents; 999.99 USD = 925.916… EUR → 92,592 cents.
    EXPECT_EQ(t.valueCents, 1'000'000 + 1'000'000 + 92'592);
    EXPECT_EQ(t.currency, QStringLiteral("EUR"));

    // One currency still without a rate: that sum is mixed again, the others stay converted.
    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"PLN", 4.3}})));
    EXPECT_EQ(m_currencies.missingRates(), QStringList{QStringLiteral("USD")});
    EXPECT_EQ(newLeadTotals().valueCents, 1'000'000 + 1'000'000 + 99'999);
    EXPECT_TRUE(newLeadTotals().currency.isEmpty());
}

TEST_F(CurrencyServiceTest, AMovedDealIsPatchedInWithTheCentsTheStoreAddsUp)
{
    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"PLN", 4.3}, {"USD", 1.08}})));
    const QList<DealFigures> stored = m_store->deals.figures(AccessScope::system(), m_pipeline.id, 0);
    ASSERT_EQ(stored.size(), 3);
    for (const DealFigures &f : stored) {
        const DealFigures patched = m_service.figuresOf(deal(f.id));
        EXPECT_EQ(patched.valueCents, f.valueCents) << f.id;
        EXPECT_EQ(patched.currency, f.currency) << f.id;
        EXPECT_EQ(patched.currency, QStringLiteral("EUR"));
    }
    BoardFigures figures(m_service);
    figures.reset(stored, m_pipeline, m_clock.now());
    const MoveOutcome outcome = m_service.move(m_admin, m_carlaDeal, stage(QStringLiteral("Attempted Contact")));
    ASSERT_EQ(outcome.kind, MoveOutcome::Kind::Moved) << outcome.message.toStdString();
    const Deal moved = outcome.deal;
    ASSERT_TRUE(figures.update(m_service.figuresOf(moved), m_clock.now()));
    const QHash<Id, StageTotals> fresh =
        m_service.totalsOf(m_store->deals.figures(AccessScope::system(), m_pipeline.id, 0), m_pipeline);
    for (const Stage &s : m_pipeline.stages) {
        EXPECT_EQ(figures.totals(s.id).valueCents, fresh.value(s.id).valueCents) << s.name.toStdString();
        EXPECT_EQ(figures.totals(s.id).currency, fresh.value(s.id).currency) << s.name.toStdString();
    }
    EXPECT_EQ(figures.totals(moved.stageId).valueCents, 92'592);
}

TEST_F(CurrencyServiceTest, WonValueByMonthIsInTheHomeCurrency)
{
    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"PLN", 4.3}, {"USD", 1.08}})));
    QSqlQuery close(m_store->database().connection());
    ASSERT_TRUE(close.prepare(QStringLiteral("UPDATE deals SET stage_id = ?, closed_at = ? WHERE id IN (?, ?)")));
    close.addBindValue(stage(QStringLiteral("Closed Won")));
    close.addBindValue(kTestStart - kDayMs);
    close.addBindValue(m_annaDeal);
    close.addBindValue(m_carlaDeal);
    ASSERT_TRUE(close.exec()) << close.lastError().text().toStdString();
    const ForecastRepository forecast(m_store->database());
    const auto won = forecast.wonByMonth(AccessScope::system(), m_pipeline.id, kTestStart - 40 * kDayMs, kTestStart);
    qint64 total = 0;
    for (const qint64 cents : won)
        total += cents;
    EXPECT_EQ(total, 1'000'000 + 92'592);
}

TEST_F(CurrencyServiceTest, OnlyAnAdminChangesRatesAndEveryChangeIsAudited)
{
    for (const AccessScope &who : {m_manager, m_anna}) {
        const Status refused = m_currencies.save(who, rates({{"PLN", 4.3}}));
        EXPECT_FALSE(refused);
        EXPECT_FALSE(refused.error().isEmpty());
    }
    EXPECT_EQ(m_currencies.rates(), ExchangeRates());

    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"PLN", 4.3}, {"USD", 1.08}})));
    m_clock.advance(kHourMs);
    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"PLN", 4.25}})));
    EXPECT_EQ(m_currencies.updatedAt().value(QStringLiteral("PLN")), kTestStart + kHourMs);
    const QList<AuditEntry> trail = m_store->audit.forEntity(QStringLiteral("exchange_rate"), 0);
    QStringList lines;
    for (const AuditEntry &a : trail)
        lines.append(QStringLiteral("%1 %2 %3→%4").arg(a.action, a.field, a.oldValue, a.newValue));
    EXPECT_EQ(lines, (QStringList{QStringLiteral("create PLN →4.3"), QStringLiteral("create USD →1.08"),
                                  QStringLiteral("update PLN 4.3→4.25"), QStringLiteral("delete USD 1.08→")}));
    for (const AuditEntry &a : trail)
        EXPECT_EQ(a.userId, m_admin.userId);
}

TEST_F(CurrencyServiceTest, BadCodesAndRatesAreRefusedAndNothingChanges)
{
    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"PLN", 4.3}})));
    const ExchangeRates before = m_currencies.rates();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const ExchangeRates &bad :
         {rates({{"pln", 4.3}}), rates({{"PLNX", 4.3}}), rates({{"PL", 4.3}}), rates({{"USD", 0}}),
          rates({{"USD", -1.08}}), rates({{"USD", nan}}), rates({{"EUR", 2.0}})}) {
        const Status s = m_currencies.save(m_admin, bad);
        EXPECT_FALSE(s);
        EXPECT_FALSE(s.error().isEmpty());
    }
    ExchangeRates noHome = rates({{"PLN", 4.3}});
    noHome.home = QStringLiteral("eu");
    EXPECT_FALSE(m_currencies.save(m_admin, noHome));
    EXPECT_EQ(m_currencies.rates(), before);
}

TEST_F(CurrencyServiceTest, ANewHomeCurrencyRebasesEveryRate)
{
    const Result<ExchangeRates> zloty =
        CurrencyService::rebased(rates({{"PLN", 4.3}, {"USD", 1.08}}), QStringLiteral("PLN"));
    ASSERT_TRUE(zloty);
    EXPECT_EQ(zloty->home, QStringLiteral("PLN"));
    EXPECT_DOUBLE_EQ(zloty->perHome.value(QStringLiteral("PLN")), 1.0);
    EXPECT_DOUBLE_EQ(zloty->perHome.value(QStringLiteral("EUR")), 1.0 / 4.3);
    EXPECT_DOUBLE_EQ(zloty->perHome.value(QStringLiteral("USD")), 1.08 / 4.3);
    EXPECT_FALSE(CurrencyService::rebased(rates({{"PLN", 4.3}}), QStringLiteral("GBP")));

    ASSERT_TRUE(m_currencies.save(m_admin, *zloty));
    EXPECT_EQ(m_currencies.rates().home, QStringLiteral("PLN"));
    const StageTotals t = newLeadTotals();
    EXPECT_EQ(t.currency, QStringLiteral("PLN"));
    // 10,000 EUR = 43,000 PLN; 999.99 USD = 3,981.44 PLN; 43,000.01 PLN as it is.
    EXPECT_EQ(t.valueCents, 4'300'001 + 4'300'000 + 398'144);
}

TEST_F(CurrencyServiceTest, AHalfCentRoundsTheSameInTheStoreAndInCode)
{
    // 5 cents at 2 per euro is 2.5 euro cents: SQLite's round() and ExchangeRates::toHome() both give 3.
    setValue(m_carlaDeal, 5, QStringLiteral("CHF"));
    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"CHF", 2.0}})));
    bool found = false;
    for (const DealFigures &f : m_store->deals.figures(AccessScope::system(), m_pipeline.id, 0)) {
        if (f.id != m_carlaDeal)
            continue;
        found = true;
        EXPECT_EQ(f.valueCents, 3);
        EXPECT_EQ(f.currency, QStringLiteral("EUR"));
        EXPECT_EQ(m_service.figuresOf(deal(f.id)).valueCents, 3);
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(m_currencies.rates().toHome(5, QStringLiteral("CHF")), 3);
    EXPECT_EQ(m_currencies.rates().toHome(5, QStringLiteral("SEK")), std::nullopt);
}

TEST_F(CurrencyServiceTest, AnUnchangedRateKeepsWhoSetItAndWhen)
{
    ASSERT_TRUE(m_currencies.save(m_admin, rates({{"PLN", 4.3}, {"USD", 1.08}})));
    const AccessScope other = addUser(QStringLiteral("Ola Admin"), Role::Admin, 0);
    m_clock.advance(kDayMs);
    ASSERT_TRUE(m_currencies.save(other, rates({{"PLN", 4.3}, {"USD", 1.1}})));
    EXPECT_EQ(m_currencies.updatedAt().value(QStringLiteral("PLN")), kTestStart);
    EXPECT_EQ(m_currencies.updatedAt().value(QStringLiteral("USD")), kTestStart + kDayMs);
    QSqlQuery by(m_store->database().connection());
    ASSERT_TRUE(by.exec(QStringLiteral("SELECT currency, updated_by FROM exchange_rates ORDER BY currency")));
    QStringList rows;
    while (by.next())
        rows.append(by.value(0).toString() + QLatin1Char(' ') + QString::number(by.value(1).toLongLong()));
    EXPECT_EQ(rows, (QStringList{QStringLiteral("EUR 0"), QStringLiteral("PLN %1").arg(m_admin.userId),
                                 QStringLiteral("USD %1").arg(other.userId)}));
}

} // namespace
