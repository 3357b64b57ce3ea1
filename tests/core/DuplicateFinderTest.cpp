#include "core/dedup/DuplicateFinder.h"

#include "core/dedup/DuplicateRate.h"
#include "core/intake/IntakeProcessor.h"
#include "tests/core/DedupFixture.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Finder : test::DedupFixture
{
    DuplicateFinder finder{*store};

    QList<DuplicateCandidate> find(const User &as)
    {
        const auto result = finder.find(scope(as));
        EXPECT_TRUE(result.ok()) << result.error().toStdString();
        return result.ok() ? result.value() : QList<DuplicateCandidate>{};
    }

    static const DuplicateCandidate *pairOf(const QList<DuplicateCandidate> &list, Id a, Id b)
    {
        for (const DuplicateCandidate &c : list) {
            if (c.pair() == LeadPair::of(a, b))
                return &c;
        }
        return nullptr;
    }
};

TEST(DuplicateFinder, SamePhoneWithDifferentEmailsIsACandidate)
{
    Finder f;
    const Lead a = f.lead(QStringLiteral("Anna"), QStringLiteral("Nowak"), QStringLiteral("anna@firma.pl"),
                          QStringLiteral("+48601234567"), f.anna, 60);
    const Lead b = f.lead(QStringLiteral("Anna"), QStringLiteral("Nowak"), QStringLiteral("a.nowak@inna.pl"),
                          QStringLiteral("+48601234567"), f.boris);
    const auto list = f.find(f.admin);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().first.id, a.id); // the older lead first: it survives a merge
    EXPECT_EQ(list.first().second.id, b.id);
    EXPECT_EQ(list.first().score, 100);
    EXPECT_TRUE(list.first().reason.contains(QStringLiteral("Same phone +48601234567")));
    EXPECT_TRUE(list.first().reason.contains(QStringLiteral("same name")));
}

TEST(DuplicateFinder, JonAndJohnSmithAtTheSameCompanyAreACandidate)
{
    Finder f;
    const Lead jon =
        f.lead(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jon@acme.com"), {}, f.anna, 5);
    const Lead john =
        f.lead(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("john.smith@acme.com"), {}, f.anna);
    f.lead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@acme.com"), {}, f.anna);
    f.lead(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("john@other.com"), {}, f.anna);
    const auto list = f.find(f.admin);
    ASSERT_EQ(list.size(), 1) << list.first().reason.toStdString();
    const DuplicateCandidate *c = Finder::pairOf(list, jon.id, john.id);
    ASSERT_NE(c, nullptr);
    EXPECT_GE(c->score, 70);
    EXPECT_LT(c->score, 100);
    EXPECT_TRUE(c->reason.contains(QStringLiteral("Same company acme.com")));
    EXPECT_TRUE(c->reason.contains(QStringLiteral("Jon Smith / John Smith")));
}

TEST(DuplicateFinder, TransliteratedAndAccentedNamesAtOneCompanyMatch)
{
    Finder f;
    const Lead cyr =
        f.lead(QStringLiteral("Иван"), QStringLiteral("Петров"), QStringLiteral("ivan@firma.bg"), {}, f.anna, 5);
    const Lead lat =
        f.lead(QStringLiteral("Ivan"), QStringLiteral("Petrov"), QStringLiteral("i.petrov@firma.bg"), {}, f.anna);
    const auto list = f.find(f.admin);
    ASSERT_NE(Finder::pairOf(list, cyr.id, lat.id), nullptr);
    EXPECT_EQ(Finder::pairOf(list, cyr.id, lat.id)->score, 92); // same name once folded
}

TEST(DuplicateFinder, SlightlyDifferentAddressesAtOneCompanyMatchEvenWithoutNames)
{
    Finder f;
    const Lead a = f.lead({}, {}, QStringLiteral("jsmith@acme.com"), {}, f.anna, 5);
    const Lead b = f.lead({}, {}, QStringLiteral("j.smyth@acme.com"), {}, f.anna);
    f.lead({}, {}, QStringLiteral("sales@acme.com"), {}, f.anna);
    const auto list = f.find(f.admin);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().pair(), LeadPair::of(a.id, b.id));
    EXPECT_TRUE(list.first().reason.contains(QStringLiteral("similar addresses")));
}

TEST(DuplicateFinder, FreeMailTwinsAreCandidatesOnlyWhenThePhoneMatchesToo)
{
    Finder f;
    // Two John Smiths at gmail.com: two people, unless something else says otherwise.
    f.lead(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("john.smith@gmail.com"), {}, f.anna, 9,
           true);
    f.lead(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("johnsmith1980@gmail.com"), {}, f.anna, 8,
           true);
    f.lead(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jsmith@gmail.com"), {}, f.anna, 7, true);
    EXPECT_TRUE(f.find(f.admin).isEmpty());

    const Lead a = f.lead(QStringLiteral("Mary"), QStringLiteral("Jones"), QStringLiteral("mary.jones@gmail.com"),
                          QStringLiteral("+447700900123"), f.anna, 6, true);
    const Lead b = f.lead(QStringLiteral("Mary"), QStringLiteral("Jones"), QStringLiteral("mjones77@yahoo.com"),
                          QStringLiteral("+447700900123"), f.anna, 5, true);
    const auto list = f.find(f.admin);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().pair(), LeadPair::of(a.id, b.id));
}

TEST(DuplicateFinder, ASharedLineWithDifferentNamesIsShownWithTheLowestScore)
{
    Finder f;
    f.lead(QStringLiteral("Anna"), QStringLiteral("Nowak"), QStringLiteral("anna@firma.pl"),
           QStringLiteral("+48221234567"), f.anna, 5);
    f.lead(QStringLiteral("Piotr"), QStringLiteral("Zielinski"), QStringLiteral("piotr@firma.pl"),
           QStringLiteral("+48221234567"), f.anna);
    const auto list = f.find(f.admin);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().score, DuplicateFinder::kMinScore);
    EXPECT_TRUE(list.first().reason.contains(QStringLiteral("different names")));
}

TEST(DuplicateFinder, DismissedPairsStayHidden)
{
    Finder f;
    const Lead a =
        f.lead(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jon@acme.com"), {}, f.anna, 5);
    const Lead b = f.lead(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("john@acme.com"), {}, f.anna);
    ASSERT_EQ(f.find(f.northManager).size(), 1);
    ASSERT_TRUE(f.finder.dismiss(f.scope(f.northManager), LeadPair::of(b.id, a.id), f.clock.now()).ok());
    EXPECT_TRUE(f.find(f.northManager).isEmpty());
    EXPECT_TRUE(f.find(f.admin).isEmpty());
    // Dismissing twice is harmless; a third lead still pairs with both.
    EXPECT_TRUE(f.finder.dismiss(f.scope(f.admin), LeadPair::of(a.id, b.id), f.clock.now()).ok());
    const Lead c =
        f.lead(QStringLiteral("Johnny"), QStringLiteral("Smith"), QStringLiteral("johnny@acme.com"), {}, f.anna);
    const auto list = f.find(f.admin);
    EXPECT_EQ(list.size(), 2);
    EXPECT_NE(Finder::pairOf(list, a.id, c.id), nullptr);
    EXPECT_NE(Finder::pairOf(list, b.id, c.id), nullptr);
}

TEST(DuplicateFinder, ManagersSeeTheirTeamAdminsEverythingRepsAreRefused)
{
    Finder f;
    f.lead(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jon@acme.com"), {}, f.anna, 5);
    f.lead(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("john@acme.com"), {}, f.boris);
    f.lead(QStringLiteral("Eva"), QStringLiteral("Ivanova"), QStringLiteral("eva@firma.bg"), {}, f.carla, 5);
    f.lead(QStringLiteral("Eva"), QStringLiteral("Ivanova"), QStringLiteral("e.ivanova@firma.bg"), {}, f.carla);
    // A pair across teams: only the admin sees it.
    f.lead(QStringLiteral("Olga"), QStringLiteral("Popova"), QStringLiteral("olga@cross.com"), {}, f.anna, 5);
    f.lead(QStringLiteral("Olga"), QStringLiteral("Popova"), QStringLiteral("o.popova@cross.com"), {}, f.carla);

    EXPECT_EQ(f.find(f.admin).size(), 3);
    const auto north = f.find(f.northManager);
    ASSERT_EQ(north.size(), 1);
    EXPECT_EQ(north.first().first.lastName, QStringLiteral("Smith"));
    const auto south = f.find(f.southManager);
    ASSERT_EQ(south.size(), 1);
    EXPECT_EQ(south.first().first.lastName, QStringLiteral("Ivanova"));

    const auto rep = f.finder.find(f.scope(f.anna));
    ASSERT_FALSE(rep.ok());
    EXPECT_TRUE(rep.error().contains(QStringLiteral("Only managers and admins")));
    EXPECT_FALSE(f.finder.dismiss(f.scope(f.anna), LeadPair::of(1, 2), f.clock.now()).ok());
    // A manager cannot dismiss a pair outside the team.
    const auto all = f.find(f.admin);
    for (const DuplicateCandidate &c : all) {
        if (c.first.lastName == QLatin1String("Ivanova")) {
            EXPECT_FALSE(f.finder.dismiss(f.scope(f.northManager), c.pair(), f.clock.now()).ok());
        }
    }
}

TEST(DuplicateFinder, LargeCompaniesAreSubBlockedAndStillFindTheTypo)
{
    Finder f;
    // 300 colleagues at one company: far more than one block; the finder must not compare all
    // 44,850 pairs, yet must still find the one near-duplicate.
    for (int i = 0; i < 300; ++i) {
        f.lead(QStringLiteral("Person%1").arg(i), QStringLiteral("Family%1").arg(i * 7919 % 1000),
               QStringLiteral("p%1@bigcorp.com").arg(i), {}, f.anna, 400 - i);
    }
    const Lead a = f.lead(QStringLiteral("Katarzyna"), QStringLiteral("Wiśniewska"),
                          QStringLiteral("kasia@bigcorp.com"), {}, f.anna, 10);
    const Lead b = f.lead(QStringLiteral("Katarzyna"), QStringLiteral("Wisniewska"),
                          QStringLiteral("k.wisniewska@bigcorp.com"), {}, f.anna);
    const auto list = f.find(f.admin);
    EXPECT_NE(Finder::pairOf(list, a.id, b.id), nullptr);
}

TEST(DuplicateRate, IsTheShareOfSubmissionsMergedAtIntake)
{
    test::DedupFixture f;
    IntakeProcessor intake(*f.store, f.clock);
    auto submit = [&](const QString &email, const QString &first) {
        f.clock.advance(kMinuteMs);
        return intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("form"),
                             {{QStringLiteral("email"), email},
                              {QStringLiteral("first_name"), first},
                              {QStringLiteral("last_name"), QStringLiteral("Nowak")}});
    };
    const Instant start = f.clock.now();
    for (int i = 0; i < 8; ++i)
        ASSERT_EQ(submit(QStringLiteral("p%1@firma.pl").arg(i), QStringLiteral("P%1").arg(i)).status,
                  IntakeOutcome::Status::Created);
    ASSERT_EQ(submit(QStringLiteral("P0@Firma.pl"), QStringLiteral("P0")).status, IntakeOutcome::Status::Merged);
    ASSERT_EQ(submit(QStringLiteral("p1+news@firma.pl"), QStringLiteral("P1")).status, IntakeOutcome::Status::Merged);
    ASSERT_EQ(submit(QStringLiteral("not an email"), QStringLiteral("X")).status, IntakeOutcome::Status::Quarantined);

    const DuplicateRate rate = DuplicateRate::measure(*f.store, AccessScope::system(), start, f.clock.now() + 1);
    EXPECT_EQ(rate.processed, 10); // quarantined entries are not processed submissions
    EXPECT_EQ(rate.merged, 2);
    EXPECT_DOUBLE_EQ(rate.percent(), 20.0);
    const DuplicateRate before = DuplicateRate::measure(*f.store, AccessScope::system(), start - kDayMs, start);
    EXPECT_EQ(before.processed, 0);
    EXPECT_DOUBLE_EQ(before.percent(), 0.0);
    // Intake routes every new lead: a manager's figure counts only the submissions of leads his
    // team was given.
    const DuplicateRate team = DuplicateRate::measure(*f.store, f.scope(f.northManager), start, f.clock.now() + 1);
    EXPECT_LE(team.processed, rate.processed);
    EXPECT_EQ(team.processed > 0, f.store->leads.count(f.scope(f.northManager), {}) > 0);
}

} // namespace
