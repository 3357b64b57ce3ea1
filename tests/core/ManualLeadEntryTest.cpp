#include "core/intake/ManualLeadEntry.h"

#include "core/domain/User.h"
#include "core/hygiene/HygieneListService.h"
#include "core/security/AccessScope.h"
#include "core/store/SlaRepository.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;
using S = IntakeOutcome::Status;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    User admin = make(QStringLiteral("Ada Admin"), Role::Admin);
    User anna = make(QStringLiteral("Anna Rep"), Role::Rep);
    User boris = make(QStringLiteral("Boris Rep"), Role::Rep);

    User make(const QString &name, Role role)
    {
        User u;
        u.name = name;
        u.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@leadrelay.test");
        u.role = role;
        u.createdAt = test::kTestStart;
        u.id = store->users.create(u).value();
        return u;
    }

    Result<ManualEntryResult> enter(const User &user, const QString &email, const QString &phone = {})
    {
        LeadForm form;
        form.firstName = QStringLiteral("jan");
        form.lastName = QStringLiteral("kowalski");
        form.email = email;
        form.phone = phone;
        form.country = QStringLiteral("PL");
        form.source = QStringLiteral("referral");
        return ManualLeadEntry(*store, clock).submit(user, form);
    }
};

} // namespace

TEST(ManualLeadEntry, ARepsLeadIsJournaledCreatedAndOwnedByTheRep)
{
    Fixture f;
    const auto result = f.enter(f.anna, QStringLiteral("jan@kowalski-bud.pl"), QStringLiteral("601 234 567"));
    ASSERT_TRUE(result) << result.error().toStdString();
    EXPECT_EQ(result->outcome.status, S::Created);
    EXPECT_TRUE(result->visible);
    EXPECT_TRUE(result->assignedToUser);
    EXPECT_TRUE(result->message().contains(QStringLiteral("Jan Kowalski")));
    const auto lead = f.store->leads.find(AccessScope::forUser(f.anna), result->outcome.leadId);
    ASSERT_TRUE(lead);
    EXPECT_EQ(lead->ownerId, f.anna.id);
    EXPECT_EQ(lead->source, LeadSource::Referral);
    EXPECT_EQ(lead->phone, QStringLiteral("+48601234567"));
    const auto entry = f.store->journal.find(result->outcome.journalId);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->channel, JournalEntry::Channel::Manual);
    EXPECT_EQ(entry->source, f.anna.email);
    EXPECT_FALSE(f.store->leads.find(AccessScope::forUser(f.boris), lead->id)); // not Boris's
    // Why Anna owns it is kept untranslated, for whoever reads the lead's timeline.
    QStringList reasons;
    for (const Event &e : f.store->events.forLead(AccessScope::system(), lead->id)) {
        if (e.type != events::LeadAssigned)
            continue;
        const QString stored = e.payload.value(QStringLiteral("reason")).toString();
        EXPECT_TRUE(stored.startsWith(QLatin1Char('['))) << stored.toStdString();
        reasons.append(Words::fromStored(stored).text());
    }
    EXPECT_TRUE(reasons.contains(QStringLiteral("entered by hand by the owner"), Qt::CaseInsensitive))
        << reasons.join(u'|').toStdString();
}

TEST(ManualLeadEntry, TheSamePersonAgainMergesWithoutRevealingAnotherRepsLead)
{
    Fixture f;
    const auto first = f.enter(f.anna, QStringLiteral("jan@kowalski-bud.pl"));
    ASSERT_TRUE(first);
    const auto again = f.enter(f.boris, QStringLiteral("JAN@kowalski-bud.pl"), QStringLiteral("+48 601 234 567"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->outcome.status, S::Merged);
    EXPECT_EQ(again->outcome.leadId, first->outcome.leadId);
    EXPECT_FALSE(again->visible);
    EXPECT_FALSE(again->assignedToUser);
    EXPECT_TRUE(again->leadName.isEmpty());
    EXPECT_FALSE(again->message().contains(QStringLiteral("Kowalski")));
    const auto lead = f.store->leads.find(AccessScope::system(), first->outcome.leadId);
    EXPECT_EQ(lead->ownerId, f.anna.id);                    // still Anna's
    EXPECT_EQ(lead->phone, QStringLiteral("+48601234567")); // enriched by Boris's entry
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 1);
}

TEST(ManualLeadEntry, AnAdminsLeadIsRoutedToARep)
{
    Fixture f;
    const auto result = f.enter(f.admin, QStringLiteral("jan@kowalski-bud.pl"));
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->visible);
    EXPECT_FALSE(result->assignedToUser);
    const Id owner = f.store->leads.find(AccessScope::system(), result->outcome.leadId)->ownerId;
    EXPECT_TRUE(owner == f.anna.id || owner == f.boris.id) << owner;
}

TEST(ManualLeadEntry, ARepWhoEntersAnUnownedLeadAgainGetsItWithItsTaskAndClock)
{
    Fixture f;
    // A lead that reached the store before anyone could be routed to it: nobody owns it.
    Lead unowned;
    unowned.email = QStringLiteral("jan@kowalski-bud.pl");
    unowned.emailKey = unowned.email;
    unowned.source = LeadSource::WebForm;
    unowned.createdAt = unowned.updatedAt = test::kTestStart;
    const Id leadId = f.store->leads.create(unowned).value();

    const auto result = f.enter(f.anna, QStringLiteral("Jan@Kowalski-Bud.pl"));
    ASSERT_TRUE(result) << result.error().toStdString();
    EXPECT_EQ(result->outcome.status, S::Merged);
    EXPECT_EQ(result->outcome.leadId, leadId);
    EXPECT_TRUE(result->assignedToUser);
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), leadId)->ownerId, f.anna.id);
    // Owned like any routed lead: one assignment, a call task in Anna's queue, the SLA clock running.
    int assigned = 0;
    for (const Event &e : f.store->events.forLead(AccessScope::system(), leadId))
        assigned += e.type == events::LeadAssigned ? 1 : 0;
    EXPECT_EQ(assigned, 1);
    const QList<Task> tasks = f.store->tasks.forLead(AccessScope::forUser(f.anna), leadId);
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_TRUE(tasks.first().isOpen());
    EXPECT_EQ(tasks.first().ownerId, f.anna.id);
    const auto clock = SlaRepository(f.store->database()).find(leadId);
    ASSERT_TRUE(clock);
    EXPECT_TRUE(clock->running());
}

TEST(ManualLeadEntry, CoreRefusesInvalidFormsAndInactiveUsersBeforeJournaling)
{
    Fixture f;
    const auto junk = f.enter(f.anna, QStringLiteral("test@test.com"));
    ASSERT_FALSE(junk);
    EXPECT_TRUE(junk.error().contains(QStringLiteral("test")));
    const auto phone = f.enter(f.anna, QStringLiteral("jan@kowalski-bud.pl"), QStringLiteral("12"));
    ASSERT_FALSE(phone);
    User gone = f.anna;
    gone.active = false;
    EXPECT_FALSE(f.enter(gone, QStringLiteral("jan@kowalski-bud.pl")));
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Processed), 0);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 0);
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 0);
}

TEST(ManualLeadEntry, InlineChecksSeeTheAdminsDomainLists)
{
    Fixture f;
    HygieneListService lists(*f.store, f.clock);
    ASSERT_TRUE(lists.add(AccessScope::forUser(f.admin), HygieneList::Disposable, QStringLiteral("wegwerf.pl")).ok());
    LeadForm form;
    form.firstName = QStringLiteral("Jan");
    form.lastName = QStringLiteral("Nowak");
    form.email = QStringLiteral("jan@wegwerf.pl");
    // The dialog validates with the entry's own validator: the admin's list is flagged as the person types,
    // not only when the lead is saved.
    EXPECT_TRUE(ManualLeadEntry(*f.store, f.clock).validator().check(form).contains(QStringLiteral("email")));
    EXPECT_FALSE(LeadFormValidator().check(form).contains(QStringLiteral("email")));
}
