#include "core/intake/OpenDealAttacher.h"
#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;
using S = IntakeOutcome::Status;

namespace {

Id stageNamed(Store &store, const QString &name)
{
    for (const Stage &s : store.pipelines.all().value(0).stages) {
        if (s.name == name)
            return s.id;
    }
    return 0;
}

/// Firma GmbH (firma.de) with Lena, a rep who owns the deal "Firma rollout" in `stage`.
struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    Id lena = 0;
    Id hans = 0;
    Id company = 0;
    Id deal = 0;

    explicit Fixture(const QString &stage = QStringLiteral("Proposal Sent"))
    {
        User u;
        u.name = QStringLiteral("Lena Vogel");
        u.email = QStringLiteral("lena@leadrelay.example");
        u.createdAt = test::kTestStart;
        lena = store->users.create(u).value();
        u.name = QStringLiteral("Hans Becker");
        u.email = QStringLiteral("hans@leadrelay.example");
        hans = store->users.create(u).value();
        Company c;
        c.name = QStringLiteral("Firma GmbH");
        c.domain = QStringLiteral("firma.de");
        c.createdAt = test::kTestStart;
        company = store->companies.create(c).value();
        Deal d;
        d.pipelineId = 1;
        d.stageId = stageNamed(*store, stage);
        d.companyId = company;
        d.ownerId = lena;
        d.title = QStringLiteral("Firma rollout");
        d.createdAt = test::kTestStart;
        deal = store->deals.create(d).value();
    }

    IntakeOutcome submit(const char *email)
    {
        clock.advance(kMinuteMs);
        return intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("site"),
                             {{QStringLiteral("email"), QString::fromUtf8(email)},
                              {QStringLiteral("first_name"), QStringLiteral("Jörg")},
                              {QStringLiteral("last_name"), QStringLiteral("Müller")}});
    }
    QList<Task> openTasksOf(Id user)
    {
        QList<Task> out;
        for (const Task &t : store->tasks.open(AccessScope::system()))
            if (t.ownerId == user)
                out.append(t);
        return out;
    }
    int eventsOfType(Id lead, const QString &type)
    {
        int n = 0;
        for (const Event &e : store->events.forLead(AccessScope::system(), lead))
            n += e.type == type ? 1 : 0;
        return n;
    }
};

} // namespace

TEST(OpenDealAttacher, ANewContactAtACompanyWithAnOpenDealGoesToTheDealOwner)
{
    Fixture f;
    const IntakeOutcome out = f.submit("joerg.mueller@firma.de");
    ASSERT_EQ(out.status, S::Created) << out.reason.toStdString();
    const Lead lead = *f.store->leads.find(AccessScope::system(), out.leadId);
    EXPECT_EQ(lead.ownerId, f.lena);

    const QList<Task> tasks = f.openTasksOf(f.lena);
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks.first().title, QStringLiteral("New contact at Firma GmbH — open deal Firma rollout"));
    EXPECT_EQ(tasks.first().dueAt, f.clock.now()); // due now
    EXPECT_EQ(tasks.first().leadId, out.leadId);
    EXPECT_EQ(tasks.first().dealId, f.deal);
    EXPECT_EQ(f.eventsOfType(out.leadId, QStringLiteral("open_deal_contact")), 1);
    EXPECT_EQ(f.eventsOfType(out.leadId, events::LeadAssigned), 1);

    // The outcome and the journal say why the lead went to Lena.
    EXPECT_TRUE(out.reason.contains(QStringLiteral("Firma rollout"))) << out.reason.toStdString();
    EXPECT_TRUE(out.reason.contains(QStringLiteral("Lena Vogel"))) << out.reason.toStdString();
    EXPECT_EQ(f.store->journal.find(out.journalId)->reason, out.reason);
}

TEST(OpenDealAttacher, AReturningContactIsAttachedOnceAndNotToldTwice)
{
    Fixture f;
    const Id lead = f.submit("joerg.mueller@firma.de").leadId;
    const IntakeOutcome again = f.submit("Joerg.Mueller+pricing@FIRMA.de");
    ASSERT_EQ(again.status, S::Merged);
    EXPECT_EQ(again.leadId, lead);
    EXPECT_EQ(f.openTasksOf(f.lena).size(), 1);                              // still one thing to do
    EXPECT_EQ(f.eventsOfType(lead, events::LeadAssigned), 1);                // not reassigned to the same owner
    EXPECT_EQ(f.eventsOfType(lead, QStringLiteral("open_deal_contact")), 2); // but the interest is logged
    EXPECT_FALSE(again.reason.isEmpty());
}

TEST(OpenDealAttacher, AMergedLeadOwnedByAnotherRepMovesToTheDealOwner)
{
    Fixture f;
    // Hans owns the contact from before the deal existed at his company.
    const Id lead = f.submit("joerg.mueller@firma.de").leadId;
    ASSERT_TRUE(f.store->leads.setOwner(lead, f.hans, f.clock.now()));
    const IntakeOutcome again = f.submit("joerg.mueller@firma.de");
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), lead)->ownerId, f.lena);
    EXPECT_EQ(f.eventsOfType(lead, events::LeadAssigned), 2);
    EXPECT_EQ(again.status, S::Merged);
}

TEST(OpenDealAttacher, ClosedDealsAndFreeMailLeadsStartNormalWork)
{
    for (const char *stage : {"Closed Won", "Closed Lost", "Invalid"}) {
        Fixture f{QString::fromLatin1(stage)};
        const IntakeOutcome out = f.submit("joerg.mueller@firma.de");
        ASSERT_EQ(out.status, S::Created) << stage;
        // Routed by the rules like any new lead, not attached to the closed deal's owner.
        EXPECT_TRUE(f.eventsOfType(out.leadId, QStringLiteral("open_deal_contact")) == 0) << stage;
        EXPECT_NE(f.store->leads.find(AccessScope::system(), out.leadId)->ownerId, 0) << stage;
        EXPECT_TRUE(out.reason.isEmpty()) << stage;
    }
    Fixture f;
    const IntakeOutcome freeMail = f.submit("joerg.mueller@gmail.com"); // no company: nothing to attach to
    EXPECT_EQ(f.eventsOfType(freeMail.leadId, QStringLiteral("open_deal_contact")), 0);
}

TEST(OpenDealAttacher, TheMostRecentOpenDealWinsAndUnownedDealsAreSkipped)
{
    Fixture f;
    Deal unowned;
    unowned.pipelineId = 1;
    unowned.stageId = stageNamed(*f.store, QStringLiteral("New Lead"));
    unowned.companyId = f.company;
    unowned.title = QStringLiteral("Nobody's deal");
    unowned.createdAt = test::kTestStart + kDayMs;
    ASSERT_TRUE(f.store->deals.create(unowned));
    Deal newer = unowned;
    newer.ownerId = f.hans;
    newer.title = QStringLiteral("Firma expansion");
    newer.createdAt = test::kTestStart + kHourMs;
    ASSERT_TRUE(f.store->deals.create(newer));

    const auto attached =
        OpenDealAttacher(*f.store).attach(f.store->leads.create(Lead{}).value(), 0, f.company, f.clock.now());
    ASSERT_TRUE(attached);
    ASSERT_TRUE(attached->has_value());
    EXPECT_EQ((*attached)->ownerId, f.hans);
    EXPECT_TRUE((*attached)->reassigned);
    EXPECT_NE((*attached)->taskId, 0);
    EXPECT_FALSE(OpenDealAttacher(*f.store).attach(1, 0, 0, f.clock.now()).value().has_value()); // no company
}
