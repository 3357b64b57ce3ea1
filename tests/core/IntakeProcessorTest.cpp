#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QSqlQuery>

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

// "_csv_error" is the importer's note on a row whose quoting broke; a web form cannot use it to
// have itself quarantined with a reason of its choosing.
TEST(IntakeProcessor, AWebFormCannotChooseItsQuarantineReason)
{
    Fixture f;
    QJsonObject fields = anna();
    fields[QStringLiteral("_csv_error")] = QStringLiteral("Injected reason");
    const IntakeOutcome out = f.submit(fields);
    EXPECT_EQ(out.status, S::Created) << out.reason.toStdString();
    EXPECT_FALSE(out.reason.contains(QStringLiteral("Injected")));
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

// Pipedrive and many web forms send a national number and no country: the address's or website's
// country-code domain tells how to read it, and the number then tells the country.
TEST(IntakeProcessor, ReadsANationalNumberInTheCountryOfTheAddresssDomain)
{
    Fixture f;
    const IntakeOutcome polish = f.submit({{QStringLiteral("email"), QStringLiteral("anna@nowak-it.pl")},
                                           {QStringLiteral("phone"), QStringLiteral("601 234 568")}});
    ASSERT_EQ(polish.status, S::Created) << polish.reason.toStdString();
    EXPECT_EQ(f.lead(polish.leadId).phone, QStringLiteral("+48601234568"));
    EXPECT_TRUE(f.lead(polish.leadId).country.isEmpty()); // a guess reads the number, it does not route
    // A number with its own country code still tells the country.
    const IntakeOutcome swiss = f.submit({{QStringLiteral("email"), QStringLiteral("urs@keller-ag.de")},
                                          {QStringLiteral("phone"), QStringLiteral("+41 79 123 45 67")}});
    EXPECT_EQ(f.lead(swiss.leadId).country, QStringLiteral("CH"));
    // A free-mail domain serves a whole region: gmx.de does not make a Swiss mobile German.
    const IntakeOutcome freeMail = f.submit({{QStringLiteral("email"), QStringLiteral("hans.meier@gmx.de")},
                                             {QStringLiteral("phone"), QStringLiteral("079 123 45 67")}});
    ASSERT_EQ(freeMail.status, S::Created) << freeMail.reason.toStdString();
    EXPECT_TRUE(f.lead(freeMail.leadId).phone.isEmpty());
    EXPECT_TRUE(f.lead(freeMail.leadId).country.isEmpty());
    // The website's domain comes before a free-mail address's.
    const IntakeOutcome website = f.submit({{QStringLiteral("email"), QStringLiteral("ivan.petrov@gmail.com")},
                                            {QStringLiteral("company_domain"), QStringLiteral("https://www.stroy.bg/")},
                                            {QStringLiteral("phone"), QStringLiteral("0888 123 456")}});
    ASSERT_EQ(website.status, S::Created) << website.reason.toStdString();
    EXPECT_EQ(f.lead(website.leadId).phone, QStringLiteral("+359888123456"));
    // A country the lead names still wins over its domain.
    const IntakeOutcome named = f.submit({{QStringLiteral("email"), QStringLiteral("hans@becker.pl")},
                                          {QStringLiteral("country"), QStringLiteral("Germany")},
                                          {QStringLiteral("phone"), QStringLiteral("030 1234567")}});
    EXPECT_EQ(f.lead(named.leadId).phone, QStringLiteral("+49301234567"));
    // A generic domain tells nothing: the number is not guessed, and the reason is kept.
    const IntakeOutcome generic = f.submit({{QStringLiteral("email"), QStringLiteral("nancy@white.com")},
                                            {QStringLiteral("phone"), QStringLiteral("601 234 569")}});
    ASSERT_EQ(generic.status, S::Created);
    EXPECT_TRUE(f.lead(generic.leadId).phone.isEmpty());
    EXPECT_TRUE(f.store->journal.find(generic.journalId)->reason.contains(QStringLiteral("country code")));
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

// --- dedup: the tricky cases -------------------------------------------------------------------

TEST(IntakeProcessor, DotsMatterOutsideGmailAndCaseNeverDoes)
{
    Fixture f;
    const Id a = f.submit({{QStringLiteral("email"), QStringLiteral("j.smith@firma.de")},
                           {QStringLiteral("first_name"), QStringLiteral("John")},
                           {QStringLiteral("last_name"), QStringLiteral("Smith")}})
                     .leadId;
    // Same letters without the dot at a corporate domain: another mailbox, another person.
    const IntakeOutcome b = f.submit({{QStringLiteral("email"), QStringLiteral("jsmith@firma.de")},
                                      {QStringLiteral("first_name"), QStringLiteral("Jane")},
                                      {QStringLiteral("last_name"), QStringLiteral("Smith")}});
    EXPECT_EQ(b.status, S::Created);
    EXPECT_NE(b.leadId, a);
    // The first one again, shouted.
    EXPECT_EQ(f.submit({{QStringLiteral("email"), QStringLiteral("J.SMITH@FIRMA.DE")}}).leadId, a);
    // Gmail ignores dots, so does dedup; googlemail.com is gmail.com.
    const Id g = f.submit({{QStringLiteral("email"), QStringLiteral("anna.maria.nowak@gmail.com")}}).leadId;
    EXPECT_EQ(f.submit({{QStringLiteral("email"), QStringLiteral("annamarianowak@googlemail.com")}}).leadId, g);
    EXPECT_EQ(f.submit({{QStringLiteral("email"), QStringLiteral("Anna.Maria.Nowak+newsletter@GMAIL.com")}}).leadId, g);
    EXPECT_EQ(f.leads(), 3);
}

TEST(IntakeProcessor, FreeMailTwinsStayTwoEvenWithTheSameCompanyName)
{
    Fixture f;
    const QJsonObject a{{QStringLiteral("email"), QStringLiteral("john.smith@gmail.com")},
                        {QStringLiteral("first_name"), QStringLiteral("John")},
                        {QStringLiteral("last_name"), QStringLiteral("Smith")},
                        {QStringLiteral("company"), QStringLiteral("Acme")}};
    QJsonObject b = a;
    b[QStringLiteral("email")] = QStringLiteral("johnsmith1975@yahoo.com");
    const IntakeOutcome first = f.submit(a);
    const IntakeOutcome second = f.submit(b);
    EXPECT_EQ(second.status, S::Created);
    EXPECT_NE(second.leadId, first.leadId);
    EXPECT_EQ(f.lead(first.leadId).companyId, 0); // free-mail gives no company
    EXPECT_EQ(f.store->companies.count(), 0);
}

TEST(IntakeProcessor, TheSamePersonAtASecondAddressMatchesInAnyScriptAndCase)
{
    Fixture f;
    const Id id = f.submit({{QStringLiteral("email"), QStringLiteral("ivan.petrov@firma.bg")},
                            {QStringLiteral("first_name"), QStringLiteral("иван")},
                            {QStringLiteral("last_name"), QStringLiteral("петров")}})
                      .leadId;
    const IntakeOutcome second = f.submit({{QStringLiteral("email"), QStringLiteral("sales@firma.bg")},
                                           {QStringLiteral("first_name"), QStringLiteral("ИВАН")},
                                           {QStringLiteral("last_name"), QStringLiteral("ПЕТРОВ")},
                                           {QStringLiteral("phone"), QStringLiteral("+359 88 123 4567")}});
    EXPECT_EQ(second.status, S::Merged);
    EXPECT_EQ(second.leadId, id);
    EXPECT_EQ(f.lead(id).fullName(), QStringLiteral("Иван Петров"));
    EXPECT_EQ(f.lead(id).phone, QStringLiteral("+359881234567"));
    // A different person at the same company is not swallowed.
    EXPECT_EQ(f.submit({{QStringLiteral("email"), QStringLiteral("maria@firma.bg")},
                        {QStringLiteral("first_name"), QStringLiteral("Мария")},
                        {QStringLiteral("last_name"), QStringLiteral("Петрова")}})
                  .status,
              S::Created);
}

TEST(IntakeProcessor, AKnownValueSurvivesAnEmptyOrDifferentOneAndTheAuditKeepsEveryFill)
{
    Fixture f;
    const Id id = f.submit({{QStringLiteral("email"), QStringLiteral("anna.nowak@firma.pl")},
                            {QStringLiteral("title"), QStringLiteral("CEO")}})
                      .leadId;
    f.submit({{QStringLiteral("email"), QStringLiteral("anna.nowak@firma.pl")},
              {QStringLiteral("title"), QStringLiteral("   ")},
              {QStringLiteral("phone"), QStringLiteral("601 234 567")},
              {QStringLiteral("country"), QStringLiteral("PL")}});
    f.submit({{QStringLiteral("email"), QStringLiteral("anna.nowak@firma.pl")},
              {QStringLiteral("title"), QStringLiteral("Intern")},
              {QStringLiteral("phone"), QString()}});
    const Lead l = f.lead(id);
    EXPECT_EQ(l.title, QStringLiteral("CEO"));
    EXPECT_EQ(l.phone, QStringLiteral("+48601234567"));
    QStringList filled;
    for (const AuditEntry &a : f.store->audit.forEntity(QStringLiteral("lead"), id)) {
        filled.append(a.field);
        EXPECT_TRUE(a.oldValue.isEmpty()); // only empty fields were filled
    }
    filled.sort();
    EXPECT_EQ(filled, (QStringList{QStringLiteral("country"), QStringLiteral("phone")}));
}

// --- batches -----------------------------------------------------------------------------------

namespace {

QJsonObject person(const char *email, const char *first = "", const char *last = "")
{
    return {{QStringLiteral("email"), QString::fromUtf8(email)},
            {QStringLiteral("first_name"), QString::fromUtf8(first)},
            {QStringLiteral("last_name"), QString::fromUtf8(last)}};
}

} // namespace

TEST(IntakeProcessor, ABatchDedupsWithinItselfAndKeepsTheOrder)
{
    Fixture f;
    const QList<IntakeOutcome> out = f.intake.submitBatch(
        JournalEntry::Channel::Csv, QStringLiteral("list.csv"),
        {person("anna@firma.pl", "Anna", "Nowak"), person("test@test.com"), person("ANNA+x@firma.pl"),
         person("a.nowak@firma.pl", "anna", "nowak"), person("jan@firma.pl", "Jan", "Kowalski")});
    ASSERT_EQ(out.size(), 5);
    EXPECT_EQ(out.at(0).status, S::Created);
    EXPECT_EQ(out.at(1).status, S::Quarantined);
    EXPECT_FALSE(out.at(1).reason.isEmpty());
    EXPECT_EQ(out.at(2).status, S::Merged);
    EXPECT_EQ(out.at(2).leadId, out.at(0).leadId);
    EXPECT_EQ(out.at(3).status, S::Merged); // same name at the same company, in the same batch
    EXPECT_EQ(out.at(3).leadId, out.at(0).leadId);
    EXPECT_EQ(out.at(4).status, S::Created);
    EXPECT_EQ(f.leads(), 2);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Processed), 4);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 1);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Pending), 0);
    for (const IntakeOutcome &o : out)
        EXPECT_EQ(f.store->journal.find(o.journalId)->leadId, o.leadId);
}

TEST(IntakeProcessor, AFailingRowInABatchRollsBackOnlyItselfAndIsMarkedWithTheReason)
{
    Fixture f;
    // Fault injection: the store refuses one lead (as a full disk or a broken constraint would).
    QSqlQuery trigger(f.store->database().connection());
    ASSERT_TRUE(
        trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON leads "
                                    "WHEN new.email LIKE 'boom%' BEGIN SELECT RAISE(ABORT, 'boom refused'); END")));
    const QList<IntakeOutcome> out =
        f.intake.submitBatch(JournalEntry::Channel::Csv, QStringLiteral("list.csv"),
                             {person("anna@firma.pl"), person("boom@newco.de", "Bo", "Om"), person("jan@other.pl")});
    ASSERT_EQ(out.size(), 3);
    EXPECT_EQ(out.at(0).status, S::Created);
    EXPECT_EQ(out.at(1).status, S::Failed);
    EXPECT_TRUE(out.at(1).reason.contains(QStringLiteral("boom refused"))) << out.at(1).reason.toStdString();
    EXPECT_EQ(out.at(2).status, S::Created);
    EXPECT_EQ(f.leads(), 2);
    // The failed row left nothing behind (its company was rolled back with it) but its journal entry.
    EXPECT_FALSE(f.store->companies.findByDomain(QStringLiteral("newco.de")));
    EXPECT_TRUE(f.store->companies.findByDomain(QStringLiteral("other.pl")));
    const auto failed = f.store->journal.find(out.at(1).journalId);
    EXPECT_EQ(failed->state, JournalEntry::State::Failed);
    EXPECT_TRUE(failed->reason.contains(QStringLiteral("boom refused")));
    EXPECT_TRUE(failed->body.contains("boom@newco.de"));
}

TEST(IntakeProcessor, ABatchJournaledBeforeACrashIsFinishedOnTheNextStart)
{
    test::TempStore store;
    {
        // The first run journals a batch in one transaction, then dies before processing it.
        Transaction tx(store->database());
        for (int i = 0; i < 1500; ++i) {
            JournalEntry e;
            e.receivedAt = test::kTestStart;
            e.channel = JournalEntry::Channel::Csv;
            e.source = QStringLiteral("list.csv");
            e.body = QStringLiteral(R"({"email":"lead%1@firma%2.de","first_name":"x%1"})")
                         .arg(i % 1000)
                         .arg((i % 1000) % 7)
                         .toUtf8();
            ASSERT_TRUE(store->journal.append(e));
        }
        ASSERT_TRUE(tx.commit());
    }
    const QString path = store.path();
    store.close();
    auto reopened = Store::open(path);
    ManualClock clock{test::kTestStart + kMinuteMs};
    IntakeProcessor intake(*reopened, clock);
    EXPECT_EQ(intake.processPending(), 1500); // two batches
    EXPECT_EQ(reopened->journal.count(JournalEntry::State::Pending), 0);
    EXPECT_EQ(reopened->journal.count(JournalEntry::State::Processed), 1500);
    EXPECT_EQ(reopened->leads.count(AccessScope::system(), {}), 1000); // 500 repeats merged
    EXPECT_EQ(reopened->events.countOfType(events::LeadCreated), 1000);
    EXPECT_EQ(intake.processPending(), 0);
}

// A web form sends what its fields hold: country and language names, numbers, check boxes, dates
// nobody can read. The person always gets in; what was left out is in the reply.
TEST(IntakeProcessor, ReadsWhatWebFormsSendAndSaysWhatItLeftOut)
{
    Fixture f;
    QJsonObject fields = anna();
    fields[QStringLiteral("country")] = QStringLiteral("Germany");
    fields[QStringLiteral("language")] = QStringLiteral("German");
    fields[QStringLiteral("phone")] = 4930123456789.0; // a number, not a string
    fields[QStringLiteral("question")] = true;
    IntakeOutcome out = f.submit(fields);
    ASSERT_EQ(out.status, S::Created) << out.reason.toStdString();
    Lead l = f.lead(out.leadId);
    EXPECT_EQ(l.country, QStringLiteral("DE"));
    EXPECT_EQ(l.language, QStringLiteral("de"));
    // Countries as people here write them, in their own language or another.
    const std::pair<const char *, const char *> names[] = {
        {"Niemcy", "DE"},      {"Германия", "DE"},  {"Германия ", "DE"}, {"Полша", "PL"},    {"Polska", "PL"},
        {"Deutschland", "DE"}, {"Allemagne", "DE"}, {"Россия", "RU"},    {"Bułgaria", "BG"}, {"uk", "GB"}};
    int n = 0;
    for (const auto &[name, code] : names) {
        QJsonObject named{{QStringLiteral("email"), QStringLiteral("p%1@firma-x%1.de").arg(++n)},
                          {QStringLiteral("country"), QString::fromUtf8(name)}};
        const IntakeOutcome o = f.submit(named);
        ASSERT_EQ(o.status, S::Created) << name;
        EXPECT_EQ(f.lead(o.leadId).country, QLatin1String(code)) << name;
    }
    EXPECT_EQ(l.phone, QStringLiteral("+4930123456789"));
    EXPECT_EQ(l.question, QStringLiteral("true"));
    EXPECT_TRUE(out.reason.isEmpty()) << out.reason.toStdString();

    QJsonObject odd{{QStringLiteral("email"), QStringLiteral("olaf@firma.de")},
                    {QStringLiteral("country"), QStringLiteral("Atlantis")},
                    {QStringLiteral("language"), QStringLiteral("pl-PL")},
                    {QStringLiteral("phone"), QStringLiteral("123")},
                    {QStringLiteral("submitted_at"), QStringLiteral("yesterday")}};
    out = f.submit(odd);
    ASSERT_EQ(out.status, S::Created) << out.reason.toStdString();
    l = f.lead(out.leadId);
    EXPECT_TRUE(l.country.isEmpty());
    EXPECT_EQ(l.language, QStringLiteral("pl"));
    EXPECT_EQ(l.submittedAt, f.clock.now());
    EXPECT_TRUE(out.reason.contains(QStringLiteral("Atlantis"))) << out.reason.toStdString();
    EXPECT_TRUE(out.reason.contains(QStringLiteral("yesterday"))) << out.reason.toStdString();
    EXPECT_EQ(f.store->journal.find(out.journalId)->reason, out.reason);

    QJsonObject future = anna();
    future[QStringLiteral("email")] = QStringLiteral("fut@firma.de");
    future[QStringLiteral("submitted_at")] = QStringLiteral("2099-01-01T00:00:00Z");
    out = f.submit(future);
    ASSERT_EQ(out.status, S::Created);
    EXPECT_EQ(f.lead(out.leadId).submittedAt, f.clock.now());
    EXPECT_TRUE(out.reason.contains(QStringLiteral("future")));
}

TEST(LeadSource, ReadsTheSourcesCrmsExportInWords)
{
    const std::pair<const char *, LeadSource> cases[] = {{"Web", LeadSource::WebForm},
                                                         {"ORGANIC_SEARCH", LeadSource::WebForm},
                                                         {"Partner Referral", LeadSource::Referral},
                                                         {"Word of mouth", LeadSource::Referral},
                                                         {"Trade Show", LeadSource::Event},
                                                         {"Webinar", LeadSource::Event},
                                                         {"PAID_SEARCH", LeadSource::Ads},
                                                         {"Advertisement", LeadSource::Ads},
                                                         {"Live Chat", LeadSource::Chat},
                                                         {"Purchased List", LeadSource::CsvImport},
                                                         {"Phone Inquiry", LeadSource::Manual},
                                                         {"referral", LeadSource::Referral}};
    for (const auto &[label, source] : cases)
        EXPECT_EQ(leadSourceFromLabel(QString::fromLatin1(label)), source) << label;
    EXPECT_FALSE(leadSourceFromLabel(QStringLiteral("Other")));
    EXPECT_FALSE(leadSourceFromLabel(QString()));
}
