#include "core/hygiene/HygieneListService.h"
#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;
using S = IntakeOutcome::Status;

namespace {

User makeUser(Store &store, const QString &name, Role role)
{
    User u;
    u.name = name;
    u.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@leadrelay.test");
    u.role = role;
    u.createdAt = test::kTestStart - 100 * kDayMs;
    u.id = store.users.create(u).value();
    return u;
}

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    HygieneListService lists{*store, clock};
    User admin = makeUser(*store, QStringLiteral("Ada Admin"), Role::Admin);
    AccessScope asAdmin = AccessScope::forUser(admin);
    int people = 0;

    IntakeOutcome submit(const QString &email)
    {
        clock.advance(kSecondMs);
        ++people;
        return intake.submit(
            JournalEntry::Channel::Webhook, QStringLiteral("contact"),
            {{QStringLiteral("email"), email}, {QStringLiteral("last_name"), QStringLiteral("Person %1").arg(people)}});
    }
};

} // namespace

TEST(HygieneListService, RefusesARepAndAManager)
{
    Fixture f;
    for (Role role : {Role::Rep, Role::Manager}) {
        const User user =
            makeUser(*f.store, role == Role::Rep ? QStringLiteral("Rita Rep") : QStringLiteral("Max Boss"), role);
        const AccessScope scope = AccessScope::forUser(user);
        const auto added = f.lists.add(scope, HygieneList::Disposable, QStringLiteral("spam.pl"));
        ASSERT_FALSE(added.ok());
        EXPECT_TRUE(added.error().contains(QStringLiteral("Only an admin")));
        EXPECT_FALSE(f.lists.entries(scope, HygieneList::Disposable).ok());
    }
    const HygieneListEntry kept = f.lists.add(f.asAdmin, HygieneList::Disposable, QStringLiteral("spam.pl")).value();
    const User rep = makeUser(*f.store, QStringLiteral("Rob Rep"), Role::Rep);
    EXPECT_FALSE(f.lists.remove(AccessScope::forUser(rep), kept.id).ok());
    EXPECT_EQ(f.store->hygieneLists.count(HygieneList::Disposable), 1);
}

TEST(HygieneListService, AnAdminDisposableDomainQuarantinesTheNextSubmission)
{
    Fixture f;
    ASSERT_EQ(f.submit(QStringLiteral("first@wegwerf-firma.de")).status, S::Created);
    const auto added = f.lists.add(f.asAdmin, HygieneList::Disposable, QStringLiteral("Wegwerf-Firma.DE"),
                                   QStringLiteral("bots from the fair"));
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_EQ(added->value, QStringLiteral("wegwerf-firma.de"));
    EXPECT_EQ(added->addedBy, f.admin.id);
    EXPECT_EQ(added->addedByName, f.admin.name);
    EXPECT_EQ(added->addedAt, f.clock.now());

    // The same processor, no restart: the next submission sees the list.
    const IntakeOutcome next = f.submit(QStringLiteral("second@wegwerf-firma.de"));
    EXPECT_EQ(next.status, S::Quarantined);
    EXPECT_TRUE(next.reason.contains(QStringLiteral("disposable"))) << next.reason.toStdString();
    EXPECT_EQ(f.submit(QStringLiteral("x@mail.wegwerf-firma.de")).status, S::Quarantined); // subdomains too

    ASSERT_TRUE(f.lists.remove(f.asAdmin, added->id).ok());
    EXPECT_EQ(f.submit(QStringLiteral("third@wegwerf-firma.de")).status, S::Created);
}

TEST(HygieneListService, AnotherConnectionSeesTheChangeAtOnce)
{
    Fixture f;
    DatabaseError error;
    auto other = Store::open(f.store.path(), &error);
    ASSERT_TRUE(other) << error.message.toStdString();
    IntakeProcessor otherIntake(*other, f.clock);
    const QJsonObject fields{{QStringLiteral("email"), QStringLiteral("a@kunde.pl")}};
    ASSERT_EQ(otherIntake.submit(JournalEntry::Channel::Webhook, QStringLiteral("x"), fields).status, S::Created);
    ASSERT_TRUE(f.lists.add(f.asAdmin, HygieneList::BlockedAddress, QStringLiteral("B@Kunde.pl")).ok());
    const QJsonObject blocked{{QStringLiteral("email"), QStringLiteral("b@kunde.pl")}};
    const IntakeOutcome out = otherIntake.submit(JournalEntry::Channel::Webhook, QStringLiteral("x"), blocked);
    EXPECT_EQ(out.status, S::Quarantined);
    EXPECT_TRUE(out.reason.contains(QStringLiteral("blocked"))) << out.reason.toStdString();
}

TEST(HygieneListService, AnAllowedShippedDisposableDomainPasses)
{
    Fixture f;
    ASSERT_EQ(f.submit(QStringLiteral("anna@yopmail.com")).status, S::Quarantined);
    ASSERT_TRUE(f.lists.add(f.asAdmin, HygieneList::Allowed, QStringLiteral("yopmail.com")).ok());
    const IntakeOutcome out = f.submit(QStringLiteral("boris@yopmail.com"));
    ASSERT_EQ(out.status, S::Created) << out.reason.toStdString();
    // Allowed means a company's domain: the lead gets it as its company domain.
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), out.leadId)->companyDomain, QStringLiteral("yopmail.com"));
}

TEST(HygieneListService, AnAdminFreeMailDomainGivesNoCompany)
{
    Fixture f;
    ASSERT_TRUE(f.lists.add(f.asAdmin, HygieneList::FreeMail, QStringLiteral("poczta.example.pl")).ok());
    const IntakeOutcome out = f.submit(QStringLiteral("jan@poczta.example.pl"));
    ASSERT_EQ(out.status, S::Created) << out.reason.toStdString();
    EXPECT_TRUE(f.store->leads.find(AccessScope::system(), out.leadId)->companyDomain.isEmpty());
}

TEST(HygieneListService, NormalisesInternationalDomainsToPunycode)
{
    EXPECT_EQ(HygieneListService::normaliseDomain(QStringLiteral(" Bücher.DE ")).value(),
              QStringLiteral("xn--bcher-kva.de"));
    EXPECT_EQ(HygieneListService::normaliseDomain(QStringLiteral("@spam.pl")).value(), QStringLiteral("spam.pl"));
    EXPECT_EQ(HygieneListService::normaliseDomain(QStringLiteral("пример.рф")).value(),
              QStringLiteral("xn--e1afmkfd.xn--p1ai"));
    EXPECT_EQ(HygieneListService::normaliseAddress(QStringLiteral("Bot@Bücher.de")).value(),
              QStringLiteral("bot@xn--bcher-kva.de"));
}

TEST(HygieneListService, RefusesWhatIsNotADomainWithAClearError)
{
    Fixture f;
    for (const char *bad : {"", "localhost", "http://spam.pl", "a@spam.pl", "spam .pl", "-spam.pl", "spam..pl"}) {
        const auto r = f.lists.add(f.asAdmin, HygieneList::Disposable, QString::fromUtf8(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_TRUE(r.error().contains(QStringLiteral("domain"))) << r.error().toStdString();
    }
    const auto address = f.lists.add(f.asAdmin, HygieneList::BlockedAddress, QStringLiteral("no-at-sign"));
    ASSERT_FALSE(address.ok());
    EXPECT_TRUE(address.error().contains(QStringLiteral("not an email address")));
    EXPECT_EQ(f.store->hygieneLists.count(HygieneList::Disposable), 0);
}

TEST(HygieneListService, RefusesDuplicatesAndContradictions)
{
    Fixture f;
    ASSERT_TRUE(f.lists.add(f.asAdmin, HygieneList::Disposable, QStringLiteral("spam.pl")).ok());
    const auto twice = f.lists.add(f.asAdmin, HygieneList::Disposable, QStringLiteral("SPAM.pl"));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().contains(QStringLiteral("already")));
    const auto contradiction = f.lists.add(f.asAdmin, HygieneList::Allowed, QStringLiteral("spam.pl"));
    ASSERT_FALSE(contradiction.ok());
    EXPECT_TRUE(contradiction.error().contains(QStringLiteral("Remove it there first")));
}

TEST(HygieneListService, RecordsRemovalsWithWhoAndWhenAndSearches)
{
    Fixture f;
    const auto a = f.lists.add(f.asAdmin, HygieneList::Disposable, QStringLiteral("bücher.de")).value();
    f.lists.add(f.asAdmin, HygieneList::Disposable, QStringLiteral("spam.pl"), QStringLiteral("fair bots"));
    EXPECT_EQ(f.lists.entries(f.asAdmin, HygieneList::Disposable, QStringLiteral("bücher"))->size(), 1);
    EXPECT_EQ(f.lists.entries(f.asAdmin, HygieneList::Disposable, QStringLiteral("FAIR"))->size(), 1);
    EXPECT_EQ(f.lists.entries(f.asAdmin, HygieneList::Disposable)->size(), 2);
    EXPECT_EQ(f.lists.entries(f.asAdmin, HygieneList::FreeMail)->size(), 0);

    f.clock.advance(kDayMs);
    ASSERT_TRUE(f.lists.remove(f.asAdmin, a.id).ok());
    EXPECT_FALSE(f.lists.remove(f.asAdmin, a.id).ok());
    const QList<AuditEntry> history = f.store->audit.forEntity(QStringLiteral("hygiene_list"), a.id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().action, QStringLiteral("delete"));
    EXPECT_EQ(history.last().userId, f.admin.id);
    EXPECT_EQ(history.last().at, f.clock.now());
    EXPECT_EQ(history.last().oldValue, QStringLiteral("xn--bcher-kva.de"));
}
