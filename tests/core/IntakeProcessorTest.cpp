#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace lr;
using S = IntakeOutcome::Status;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};

    IntakeOutcome submit(const QJsonObject &fields)
    {
        clock.advance(kSecondMs);
        return intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("demo-form"), fields);
    }
    Lead lead(Id id) { return *store->leads.find(AccessScope::system(), id); }
    qint64 leads() { return store->leads.count(AccessScope::system(), {}); }
};

QJsonObject anna()
{
    return {{QStringLiteral("email"), QStringLiteral("Anna.Nowak@Firma.pl")},
            {QStringLiteral("first_name"), QStringLiteral("anna")},
            {QStringLiteral("last_name"), QStringLiteral("NOWAK")},
            {QStringLiteral("company"), QStringLiteral("Firma sp. z o.o.")},
            {QStringLiteral("phone"), QStringLiteral("601 234 567")},
            {QStringLiteral("country"), QStringLiteral("pl")},
            {QStringLiteral("utm_source"), QStringLiteral("linkedin")},
            {QStringLiteral("submitted_at"), QStringLiteral("2026-11-23T08:59:00Z")}};
}

} // namespace

TEST(IntakeProcessor, CreatesACleanLeadAndJournalsTheRawBody)
{
    Fixture f;
    const IntakeOutcome out = f.submit(anna());
    ASSERT_EQ(out.status, S::Created) << out.reason.toStdString();
    const Lead l = f.lead(out.leadId);
    EXPECT_EQ(l.email, QStringLiteral("Anna.Nowak@firma.pl"));
    EXPECT_EQ(l.fullName(), QStringLiteral("Anna Nowak"));
    EXPECT_EQ(l.phone, QStringLiteral("+48601234567"));
    EXPECT_EQ(l.country, QStringLiteral("PL"));
    EXPECT_EQ(l.companyDomain, QStringLiteral("firma.pl"));
    EXPECT_EQ(l.formId, QStringLiteral("demo-form"));
    EXPECT_EQ(l.submittedAt, test::kTestStart - kMinuteMs);
    const auto entry = f.store->journal.find(out.journalId);
    EXPECT_EQ(entry->state, JournalEntry::State::Processed);
    EXPECT_EQ(entry->leadId, out.leadId);
    EXPECT_TRUE(entry->body.contains("NOWAK")); // raw, as it arrived
    EXPECT_EQ(f.store->events.forLead(AccessScope::system(), out.leadId).first().type, events::LeadCreated);
}

TEST(IntakeProcessor, QuarantinesJunkWithAReasonAndKeepsIt)
{
    Fixture f;
    for (const char *email : {"test@test.com", "anna@mailinator.com", "no-at-sign", ""}) {
        QJsonObject fields = anna();
        fields[QStringLiteral("email")] = QString::fromLatin1(email);
        const IntakeOutcome out = f.submit(fields);
        EXPECT_EQ(out.status, S::Quarantined) << email;
        EXPECT_FALSE(out.reason.isEmpty()) << email;
        EXPECT_EQ(f.store->journal.find(out.journalId)->state, JournalEntry::State::Quarantined);
    }
    EXPECT_EQ(f.leads(), 0);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 4);
    EXPECT_EQ(f.store->journal.quarantineBySource().first().second, 4);
}

TEST(IntakeProcessor, MergesTheSamePersonAcrossCasePlusTagsAndGmailDots)
{
    Fixture f;
    const Id first = f.submit(anna()).leadId;
    QJsonObject again{{QStringLiteral("email"), QStringLiteral(" anna.nowak+webinar@FIRMA.PL ")},
                      {QStringLiteral("title"), QStringLiteral("CEO")}};
    const IntakeOutcome merged = f.submit(again);
    EXPECT_EQ(merged.status, S::Merged);
    EXPECT_EQ(merged.leadId, first);
    EXPECT_EQ(f.lead(first).title, QStringLiteral("CEO")); // progressive profiling
    EXPECT_EQ(f.lead(first).utmSource, QStringLiteral("linkedin"));

    const Id john = f.submit({{QStringLiteral("email"), QStringLiteral("john.smith@gmail.com")}}).leadId;
    EXPECT_EQ(f.submit({{QStringLiteral("email"), QStringLiteral("JohnSmith+x@googlemail.com")}}).leadId, john);
    EXPECT_EQ(f.leads(), 2);
}

TEST(IntakeProcessor, NeverMatchesNamesOnAFreeMailDomain)
{
    Fixture f;
    const QJsonObject a{{QStringLiteral("email"), QStringLiteral("jsmith1@gmail.com")},
                        {QStringLiteral("first_name"), QStringLiteral("John")},
                        {QStringLiteral("last_name"), QStringLiteral("Smith")}};
    QJsonObject b = a;
    b[QStringLiteral("email")] = QStringLiteral("john.smith.nyc@gmail.com");
    EXPECT_EQ(f.submit(a).status, S::Created);
    EXPECT_EQ(f.submit(b).status, S::Created); // two John Smiths at gmail.com are two people
    EXPECT_EQ(f.leads(), 2);
}

TEST(IntakeProcessor, MatchesTheSamePersonAtASecondAddressOfTheirCompany)
{
    Fixture f;
    const Id id = f.submit(anna()).leadId;
    const IntakeOutcome second = f.submit({{QStringLiteral("email"), QStringLiteral("a.nowak@firma.pl")},
                                           {QStringLiteral("first_name"), QStringLiteral("Anna")},
                                           {QStringLiteral("last_name"), QStringLiteral("Nowak")}});
    EXPECT_EQ(second.status, S::Merged);
    EXPECT_EQ(second.leadId, id);
    EXPECT_EQ(f.lead(id).email, QStringLiteral("Anna.Nowak@firma.pl")); // the first address survives
}

TEST(IntakeProcessor, NeverOverwritesAKnownValueWithAnEmptyOneAndAuditsFills)
{
    Fixture f;
    const Id id = f.submit(anna()).leadId;
    f.submit({{QStringLiteral("email"), QStringLiteral("anna.nowak@firma.pl")},
              {QStringLiteral("company"), QString()},
              {QStringLiteral("phone"), QString()},
              {QStringLiteral("question"), QStringLiteral("50-200 employees")}});
    const Lead l = f.lead(id);
    EXPECT_EQ(l.companyName, QStringLiteral("Firma sp. z o.o."));
    EXPECT_EQ(l.phone, QStringLiteral("+48601234567"));
    const auto audit = f.store->audit.forEntity(QStringLiteral("lead"), id);
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.first().field, QStringLiteral("question"));
    EXPECT_EQ(audit.first().newValue, QStringLiteral("50-200 employees"));
}

TEST(IntakeProcessor, KeepsThePersonButNotAnImpossiblePhone)
{
    Fixture f;
    QJsonObject fields = anna();
    fields[QStringLiteral("phone")] = QStringLiteral("123");
    const IntakeOutcome out = f.submit(fields);
    ASSERT_EQ(out.status, S::Created);
    EXPECT_TRUE(f.lead(out.leadId).phone.isEmpty());
    EXPECT_FALSE(f.store->journal.find(out.journalId)->reason.isEmpty());
}

TEST(IntakeProcessor, ProcessesPendingEntriesAfterACrash)
{
    Fixture f;
    JournalEntry e;
    e.receivedAt = test::kTestStart;
    e.source = QStringLiteral("site");
    e.body = R"({"email":"ivan@firma.bg","first_name":"иван"})";
    f.store->journal.append(e); // journaled, then the process died
    JournalEntry broken = e;
    broken.body = "{not json";
    f.store->journal.append(broken);

    EXPECT_EQ(f.intake.processPending(), 2);
    EXPECT_EQ(f.leads(), 1);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Pending), 0);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 1);
    EXPECT_EQ(f.intake.processPending(), 0); // idempotent
}

TEST(IntakeProcessor, AFixedQuarantinedEntryCanBeReprocessed)
{
    Fixture f;
    const IntakeOutcome bad = f.submit({{QStringLiteral("email"), QStringLiteral("anna@firma")}});
    ASSERT_EQ(bad.status, S::Quarantined);
    ASSERT_TRUE(f.store->journal.amend(bad.journalId, R"({"email":"anna@firma.pl"})"));
    const IntakeOutcome fixed = f.intake.process(*f.store->journal.find(bad.journalId));
    EXPECT_EQ(fixed.status, S::Created);
    EXPECT_EQ(f.store->journal.find(bad.journalId)->state, JournalEntry::State::Processed);
}
