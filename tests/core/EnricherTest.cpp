#include "core/enrichment/Enricher.h"
#include "core/enrichment/EnrichmentPass.h"
#include "core/enrichment/EnrichmentService.h"
#include "core/enrichment/LocalFirmographicsProvider.h"
#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};

    Fixture()
    {
        Firmographics acme;
        acme.domain = QStringLiteral("acme.com");
        acme.name = QStringLiteral("Acme Inc");
        acme.employees = 120;
        acme.industry = QStringLiteral("Software");
        acme.revenue = 2500000;
        acme.country = QStringLiteral("US");
        acme.linkedin = QStringLiteral("linkedin.com/company/acme");
        EXPECT_TRUE(store->firmographics.upsert(acme, clock.now()));
    }

    Id company(const QString &domain, const QString &name = {}, const QString &industry = {})
    {
        Company c;
        c.domain = domain;
        c.name = name;
        c.industry = industry;
        c.createdAt = clock.now();
        return store->companies.create(c).value();
    }
    Id lead(Id companyId, const QString &companyName = {}, const QString &country = {})
    {
        Lead l;
        l.email = QStringLiteral("x%1@acme.com").arg(++m_leads);
        l.emailKey = l.email;
        l.firstName = QStringLiteral("Jo");
        l.companyName = companyName;
        l.companyId = companyId;
        l.country = country;
        l.createdAt = clock.now();
        l.updatedAt = clock.now();
        return store->leads.create(l).value();
    }
    QString sourceOf(const QList<FieldSource> &sources, const QString &field, Instant *at = nullptr)
    {
        for (const FieldSource &s : sources) {
            if (s.field == field) {
                if (at)
                    *at = s.fetchedAt;
                return s.source;
            }
        }
        return {};
    }

private:
    int m_leads = 0;
};

} // namespace

TEST(Enricher, FillsOnlyEmptyFieldsAndRecordsWhereEachCameFrom)
{
    Fixture f;
    const Id acme = f.company(QStringLiteral("acme.com"), QStringLiteral("ACME typed by a rep"));
    const Id leadId = f.lead(acme, {}, QStringLiteral("DE"));
    f.clock.advance(kHourMs);
    const auto change = Enricher(*f.store, f.clock).enrichLeadLocally(leadId);
    ASSERT_TRUE(change) << change.error().toStdString();
    EXPECT_EQ(change->companyFields,
              (QStringList{QStringLiteral("employees"), QStringLiteral("industry"), QStringLiteral("revenue"),
                           QStringLiteral("country"), QStringLiteral("linkedin")}));
    EXPECT_EQ(change->leadFields, 1); // the company name; the lead's own country was typed

    const Company c = *f.store->companies.find(acme);
    EXPECT_EQ(c.name, QStringLiteral("ACME typed by a rep")); // never overwritten
    EXPECT_EQ(c.employees, 120);
    EXPECT_EQ(c.industry, QStringLiteral("Software"));
    EXPECT_EQ(c.revenue, 2500000);
    EXPECT_EQ(c.country, QStringLiteral("US"));
    const Lead l = *f.store->leads.find(AccessScope::system(), leadId);
    EXPECT_EQ(l.companyName, QStringLiteral("Acme Inc"));
    EXPECT_EQ(l.country, QStringLiteral("DE"));

    const auto sources = f.store->enrichment.companySources(acme);
    Instant at = 0;
    EXPECT_EQ(f.sourceOf(sources, QStringLiteral("industry"), &at), QStringLiteral("local"));
    EXPECT_EQ(at, test::kTestStart + kHourMs);
    EXPECT_TRUE(f.sourceOf(sources, QStringLiteral("name")).isEmpty());
    const auto leadSources = f.store->enrichment.leadSources(leadId);
    EXPECT_EQ(f.sourceOf(leadSources, QStringLiteral("company_name")), QStringLiteral("local"));
    EXPECT_TRUE(f.sourceOf(leadSources, QStringLiteral("country")).isEmpty());

    // A second run finds nothing left to fill and changes no provenance.
    f.clock.advance(kHourMs);
    const auto again = Enricher(*f.store, f.clock).enrichLeadLocally(leadId);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->any());
    f.sourceOf(f.store->enrichment.companySources(acme), QStringLiteral("industry"), &at);
    EXPECT_EQ(at, test::kTestStart + kHourMs);
}

TEST(Enricher, DoesNothingForAnUnknownDomainOrALeadWithoutCompany)
{
    Fixture f;
    const Id other = f.company(QStringLiteral("unknown.org"));
    const auto unknown = Enricher(*f.store, f.clock).enrichLeadLocally(f.lead(other));
    ASSERT_TRUE(unknown);
    EXPECT_FALSE(unknown->any());
    const auto none = Enricher(*f.store, f.clock).enrichLeadLocally(f.lead(0));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->any());
    EXPECT_TRUE(f.store->enrichment.companySources(other).isEmpty());
}

TEST(Enricher, IntakeOfALeadAtAKnownDomainEnrichesItsCompanyInTheSameTransaction)
{
    Fixture f;
    IntakeProcessor intake(*f.store, f.clock);
    const IntakeOutcome out = intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("form"),
                                            {{QStringLiteral("email"), QStringLiteral("ann.lee@acme.com")},
                                             {QStringLiteral("first_name"), QStringLiteral("Ann")},
                                             {QStringLiteral("industry"), QStringLiteral("Robotics")}});
    ASSERT_EQ(out.status, IntakeOutcome::Status::Created) << out.reason.toStdString();
    const Lead lead = *f.store->leads.find(AccessScope::system(), out.leadId);
    EXPECT_EQ(lead.companyName, QStringLiteral("Acme Inc"));
    EXPECT_EQ(lead.country, QStringLiteral("US"));
    const Company c = *f.store->companies.find(lead.companyId);
    EXPECT_EQ(c.industry, QStringLiteral("Robotics")); // what the person typed wins
    EXPECT_EQ(c.employees, 120);
    EXPECT_EQ(c.revenue, 2500000);
    EXPECT_EQ(f.sourceOf(f.store->enrichment.companySources(c.id), QStringLiteral("employees")),
              QStringLiteral("local"));
    EXPECT_TRUE(f.sourceOf(f.store->enrichment.companySources(c.id), QStringLiteral("industry")).isEmpty());
}

TEST(Enricher, AFailedIntakeRollsItsEnrichmentBackWithTheLead)
{
    Fixture f;
    const Id acme = f.company(QStringLiteral("acme.com"));
    // The event log refuses the insert that follows enrichment in the lead's transaction.
    QSqlQuery q(f.store->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "CREATE TEMP TRIGGER refuse_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    IntakeProcessor intake(*f.store, f.clock);
    const IntakeOutcome out = intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("form"),
                                            {{QStringLiteral("email"), QStringLiteral("ann.lee@acme.com")}});
    EXPECT_EQ(out.status, IntakeOutcome::Status::Failed);
    const Company c = *f.store->companies.find(acme);
    EXPECT_EQ(c.employees, 0);
    EXPECT_TRUE(c.industry.isEmpty());
    EXPECT_TRUE(f.store->enrichment.companySources(acme).isEmpty());
}

TEST(EnrichmentPass, FillsCompaniesAndAllTheirLeadsAndRemembersAttempts)
{
    Fixture f;
    const Id acme = f.company(QStringLiteral("acme.com"));
    const Id unknown = f.company(QStringLiteral("unknown.org"));
    const Id a1 = f.lead(acme);
    const Id a2 = f.lead(acme, QStringLiteral("Acme (typed)"));
    LocalFirmographicsProvider local(f.store->firmographics);
    EnrichmentPass pass(*f.store, f.clock);
    EXPECT_EQ(pass.pending(local, {}), 2);
    const auto summary = pass.run(local, {});
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->tried, 2);
    EXPECT_EQ(summary->enriched, 1);
    EXPECT_EQ(summary->notFound, 1);
    EXPECT_EQ(summary->fieldsFilled, 6);
    EXPECT_EQ(summary->leadFieldsFilled, 3); // a1 name + country, a2 country
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), a1)->companyName, QStringLiteral("Acme Inc"));
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), a2)->companyName, QStringLiteral("Acme (typed)"));
    EXPECT_EQ(f.store->enrichment.attempt(unknown, QStringLiteral("local"))->outcome,
              EnrichmentAttempt::Outcome::NotFound);

    // Tried recently: not asked again until the retry interval has passed.
    EXPECT_EQ(pass.pending(local, {}), 0);
    EXPECT_EQ(pass.run(local, {})->tried, 0);
    f.clock.advance(EnrichmentPassOptions().retryAfterMs + kSecondMs);
    EXPECT_EQ(pass.pending(local, {}), 1); // acme is complete now; only the unknown one is left
}

TEST(EnrichmentService, RefusesRepsAndManagers)
{
    Fixture f;
    for (const Role role : {Role::Rep, Role::Manager}) {
        AccessScope who;
        who.userId = 7;
        who.role = role;
        EnrichmentService service(*f.store, f.clock, who);
        EXPECT_FALSE(service.permitted());
        QByteArray csv("Domain,Company\nnew.com,New\n");
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        const auto imported = service.importFirmographics(&buffer);
        ASSERT_FALSE(imported);
        EXPECT_TRUE(imported.error().contains(QStringLiteral("administrator")));
        HttpProviderSettings settings;
        settings.urlTemplate = QStringLiteral("http://127.0.0.1:1/c?d={domain}");
        EXPECT_FALSE(service.saveHttpSettings(settings));
        EXPECT_FALSE(service.httpSettings());
        LocalFirmographicsProvider local(f.store->firmographics);
        EXPECT_FALSE(service.enrich(local));
    }
    EXPECT_FALSE(f.store->firmographics.find(QStringLiteral("new.com")));
    EXPECT_TRUE(f.store->settings.value(QStringLiteral("enrichment.http.url_template")).isEmpty());
    EXPECT_TRUE(EnrichmentService(*f.store, f.clock, AccessScope::system()).permitted());
}

TEST(EnrichmentService, StoresValidHttpSettingsAndRefusesBadOnes)
{
    Fixture f;
    EnrichmentService service(*f.store, f.clock, AccessScope::system());
    HttpProviderSettings bad;
    bad.urlTemplate = QStringLiteral("http://api.example.com/companies");
    const Status noPlaceholder = service.saveHttpSettings(bad);
    ASSERT_FALSE(noPlaceholder);
    EXPECT_TRUE(noPlaceholder.error().contains(QStringLiteral("{domain}")));
    bad.urlTemplate = QStringLiteral("ftp://x/{domain}");
    EXPECT_FALSE(service.saveHttpSettings(bad));
    HttpProviderSettings good;
    good.urlTemplate = QStringLiteral("https://api.example.com/companies?domain={domain}");
    good.timeoutMs = 1500;
    good.retries = 3;
    good.timeoutMs = 20;
    EXPECT_FALSE(service.saveHttpSettings(good)); // below the minimum timeout
    good.timeoutMs = 1500;
    ASSERT_TRUE(service.saveHttpSettings(good));
    const HttpProviderSettings loaded = service.httpSettings().value();
    EXPECT_EQ(loaded.urlTemplate, good.urlTemplate);
    EXPECT_EQ(loaded.timeoutMs, 1500);
    EXPECT_EQ(loaded.retries, 3);
    EXPECT_EQ(loaded.urlFor(QStringLiteral("acme.com")),
              QStringLiteral("https://api.example.com/companies?domain=acme.com"));
}
