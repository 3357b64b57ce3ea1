// The lead search index (leads_fts) is written once per transaction (migration 012): every path
// that creates, changes, merges, un-merges or enriches a lead must leave it exactly in step with
// the leads table when it commits.
#include "core/dedup/LeadMerger.h"
#include "core/enrichment/Enricher.h"
#include "core/intake/IntakeProcessor.h"
#include "core/store/Store.h"
#include "tests/core/DedupFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace lr;

namespace {

qint64 found(Store &store, const QString &text)
{
    LeadFilter filter;
    filter.text = text;
    return store.leads.count(AccessScope::system(), filter);
}

qint64 pending(Store &store)
{
    QSqlQuery q(store.database().connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM leads_fts_pending")) && q.next());
    return q.value(0).toLongLong();
}

/// FTS5's own check of an external-content index against the leads table: fails on a missing,
/// stale or extra entry.
bool indexMatchesLeads(Store &store)
{
    QSqlQuery q(store.database().connection());
    const bool ok = q.exec(QStringLiteral("INSERT INTO leads_fts (leads_fts, rank) VALUES ('integrity-check', 1)"));
    EXPECT_TRUE(ok) << q.lastError().text().toStdString();
    return ok;
}

Lead makeLead(const QString &first, const QString &last, const QString &email, const QString &company = {})
{
    Lead l;
    l.firstName = first;
    l.lastName = last;
    l.email = email;
    l.companyName = company;
    l.createdAt = test::kTestStart;
    return l;
}

QJsonObject row(const QString &first, const QString &last, const QString &email)
{
    QJsonObject o{{QStringLiteral("email"), email}};
    if (!first.isEmpty())
        o.insert(QStringLiteral("first_name"), first);
    if (!last.isEmpty())
        o.insert(QStringLiteral("last_name"), last);
    return o;
}

} // namespace

TEST(LeadSearchIndex, ALeadCreatedOutsideATransactionIsFoundAtOnce)
{
    test::TempStore store;
    ASSERT_TRUE(store->leads
                    .create(makeLead(QStringLiteral("Łukasz"), QStringLiteral("Kowalski"),
                                     QStringLiteral("lukasz@firma.pl"), QStringLiteral("Firma")))
                    .ok());
    EXPECT_EQ(found(*store, QStringLiteral("kowal")), 1);
    EXPECT_EQ(found(*store, QStringLiteral("lukasz")), 1);
    EXPECT_EQ(found(*store, QStringLiteral("firma")), 1);
    EXPECT_EQ(pending(*store), 0);
    EXPECT_TRUE(indexMatchesLeads(*store));
}

TEST(LeadSearchIndex, ATransactionIndexesItsLeadsWhenItCommitsAndNothingWhenItRollsBack)
{
    test::TempStore store;
    {
        Transaction tx(store->database());
        ASSERT_TRUE(tx.isActive());
        for (int i = 0; i < 50; ++i) {
            ASSERT_TRUE(store->leads
                            .create(makeLead(QStringLiteral("Anna"), QStringLiteral("Nowak%1").arg(i),
                                             QStringLiteral("anna%1@acme.com").arg(i)))
                            .ok());
        }
        EXPECT_EQ(pending(*store), 50); // noted, not indexed one by one
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(pending(*store), 0);
    EXPECT_EQ(found(*store, QStringLiteral("anna")), 50);
    EXPECT_EQ(found(*store, QStringLiteral("nowak7")), 1);
    {
        Transaction tx(store->database());
        ASSERT_TRUE(store->leads.create(makeLead(QStringLiteral("Ghost"), {}, QStringLiteral("ghost@acme.com"))).ok());
        tx.rollback();
    }
    EXPECT_EQ(pending(*store), 0);
    EXPECT_EQ(found(*store, QStringLiteral("ghost")), 0);
    EXPECT_TRUE(indexMatchesLeads(*store));
}

TEST(LeadSearchIndex, AnEditedLeadIsFoundByItsNewNamesOnly)
{
    test::TempStore store;
    const Id id = store->leads
                      .create(makeLead(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jon@acme.com"),
                                       QStringLiteral("Acme")))
                      .value();
    Lead lead = *store->leads.find(AccessScope::system(), id);
    lead.firstName = QStringLiteral("Johann");
    lead.companyName = QStringLiteral("Globex");
    ASSERT_TRUE(store->leads.update(lead).ok());        // outside a transaction
    EXPECT_EQ(found(*store, QStringLiteral("jon")), 1); // still its email
    EXPECT_EQ(found(*store, QStringLiteral("johann")), 1);
    EXPECT_EQ(found(*store, QStringLiteral("acme")), 1); // the email's domain
    EXPECT_EQ(found(*store, QStringLiteral("globex")), 1);

    // Several edits of one lead in one transaction: the index holds the last one.
    {
        Transaction tx(store->database());
        lead.lastName = QStringLiteral("Schmidt");
        ASSERT_TRUE(store->leads.update(lead).ok());
        lead.lastName = QStringLiteral("Kowalczyk");
        lead.email = QStringLiteral("johann@initech.com");
        ASSERT_TRUE(store->leads.update(lead).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(found(*store, QStringLiteral("smith")), 0);
    EXPECT_EQ(found(*store, QStringLiteral("schmidt")), 0);
    EXPECT_EQ(found(*store, QStringLiteral("kowalczyk")), 1);
    EXPECT_EQ(found(*store, QStringLiteral("initech")), 1);
    EXPECT_EQ(found(*store, QStringLiteral("acme")), 0);
    EXPECT_TRUE(indexMatchesLeads(*store));

    // An edit that keeps the searched columns notes nothing.
    lead.title = QStringLiteral("CTO");
    {
        Transaction tx(store->database());
        ASSERT_TRUE(store->leads.update(lead).ok());
        EXPECT_EQ(pending(*store), 0);
        ASSERT_TRUE(tx.commit().ok());
    }
}

TEST(LeadSearchIndex, ABatchImportIndexesCreatedAndMergedPeople)
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake(*store, clock);
    // The second row is the first person again: a lead created and then enriched in one batch.
    const QList<IntakeOutcome> outcomes =
        intake.submitBatch(JournalEntry::Channel::Csv, QStringLiteral("test.csv"),
                           {row(QStringLiteral("anna"), {}, QStringLiteral("Anna@Firma.pl")),
                            row(QStringLiteral("Иван"), QStringLiteral("Петров"), QStringLiteral("ivan@firma.bg")),
                            row({}, QStringLiteral("Nowak"), QStringLiteral("anna@firma.pl")),
                            row(QStringLiteral("Bad"), {}, QStringLiteral("not-an-address"))});
    ASSERT_EQ(outcomes.size(), 4);
    EXPECT_EQ(outcomes.at(0).status, IntakeOutcome::Status::Created);
    EXPECT_EQ(outcomes.at(2).status, IntakeOutcome::Status::Merged);
    EXPECT_EQ(outcomes.at(3).status, IntakeOutcome::Status::Quarantined);
    EXPECT_EQ(pending(*store), 0);
    EXPECT_EQ(found(*store, QStringLiteral("nowak")), 1); // filled by the merge in the same batch
    EXPECT_EQ(found(*store, QStringLiteral("anna")), 1);
    EXPECT_EQ(found(*store, QStringLiteral("пет")), 1);
    EXPECT_EQ(found(*store, QStringLiteral("bad")), 0);
    EXPECT_TRUE(indexMatchesLeads(*store));

    // A single submission (webhook, manual entry) is indexed by its own transaction.
    const IntakeOutcome one =
        intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("form"),
                      row(QStringLiteral("Grete"), QStringLiteral("Vogel"), QStringLiteral("grete@vogel.de")));
    ASSERT_EQ(one.status, IntakeOutcome::Status::Created) << one.reason.toStdString();
    EXPECT_EQ(found(*store, QStringLiteral("vogel")), 1);
    EXPECT_TRUE(indexMatchesLeads(*store));
}

TEST(LeadSearchIndex, EnrichmentOfTheCompanyNameIsSearchable)
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    Company c;
    c.domain = QStringLiteral("initech.com");
    c.createdAt = clock.now();
    const Id companyId = store->companies.create(c).value();
    Lead l = makeLead(QStringLiteral("Peter"), QStringLiteral("Gibbons"), QStringLiteral("peter@initech.com"));
    l.companyId = companyId;
    const Id leadId = store->leads.create(l).value();
    Firmographics record;
    record.domain = c.domain;
    record.name = QStringLiteral("Initrode Systems");
    ASSERT_TRUE(Enricher(*store, clock).apply(companyId, record, QStringLiteral("test"), leadId).ok());
    EXPECT_EQ(found(*store, QStringLiteral("initrode")), 1);
    // Outside any transaction too.
    ASSERT_TRUE(store->enrichment
                    .fillLeadFieldOfCompany(companyId, QStringLiteral("company_name"), QStringLiteral("x"),
                                            QStringLiteral("test"), clock.now())
                    .ok());
    ASSERT_TRUE(store->leads
                    .create([&] {
                        Lead m = makeLead(QStringLiteral("Milton"), QStringLiteral("Waddams"),
                                          QStringLiteral("milton@initech.com"));
                        m.companyId = companyId;
                        return m;
                    }())
                    .ok());
    ASSERT_TRUE(store->enrichment
                    .fillLeadFieldOfCompany(companyId, QStringLiteral("company_name"),
                                            QStringLiteral("Initech Basement"), QStringLiteral("test"), clock.now())
                    .ok());
    EXPECT_EQ(found(*store, QStringLiteral("basement")), 1);
    EXPECT_EQ(pending(*store), 0);
    EXPECT_TRUE(indexMatchesLeads(*store));
}

TEST(LeadSearchIndex, MergeAndUndoKeepTheIndexInStep)
{
    test::DedupFixture f;
    LeadMerger merger(*f.store, f.clock);
    const Lead older =
        f.lead(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jon@acme.com"), {}, f.anna, 120);
    const Lead newer = f.lead(QStringLiteral("Johnny"), QStringLiteral("Smithers"),
                              QStringLiteral("johnny.smithers@acme.com"), {}, f.boris, 30);
    EXPECT_EQ(found(*f.store, QStringLiteral("smithers")), 1);

    const auto mergeId = merger.merge(f.scope(f.admin), older.id, newer.id);
    ASSERT_TRUE(mergeId.ok()) << mergeId.error().toStdString();
    // One person now, under the newer submission's names (survivorship), the old ones gone.
    EXPECT_EQ(found(*f.store, QStringLiteral("smith")), 1);
    EXPECT_EQ(found(*f.store, QStringLiteral("johnny.smithers")), 1);
    EXPECT_EQ(found(*f.store, QStringLiteral("jon")), 0);
    EXPECT_EQ(pending(*f.store), 0);
    EXPECT_TRUE(indexMatchesLeads(*f.store));

    const auto restored = merger.undo(f.scope(f.admin), mergeId.value());
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(found(*f.store, QStringLiteral("johnny.smithers")), 1); // the restored lead, its own id back
    EXPECT_EQ(found(*f.store, QStringLiteral("jon")), 1);             // the survivor's own names again
    EXPECT_EQ(found(*f.store, QStringLiteral("smith")), 2);
    EXPECT_EQ(pending(*f.store), 0);
    EXPECT_TRUE(indexMatchesLeads(*f.store));
}

TEST(LeadSearchIndex, ALeadNotedButNotIndexedIsIndexedWhenTheStoreOpens)
{
    test::TempStore store;
    const Id id =
        store->leads.create(makeLead(QStringLiteral("Käthe"), QStringLiteral("Krüger"), QStringLiteral("k@k.de")))
            .value();
    // A write that committed without a Transaction (an older build, or a crash between two
    // autocommit statements) leaves the lead noted but not indexed.
    {
        QSqlQuery q(store->database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE leads SET last_name = 'Köhler' WHERE id = %1").arg(id)));
    }
    EXPECT_EQ(pending(*store), 1);
    EXPECT_EQ(found(*store, QStringLiteral("köhler")), 0);
    store.close();
    auto reopened = Store::open(store.path());
    ASSERT_TRUE(reopened);
    EXPECT_EQ(pending(*reopened), 0);
    EXPECT_EQ(found(*reopened, QStringLiteral("köhler")), 1);
    EXPECT_EQ(found(*reopened, QStringLiteral("krüger")), 0);
    EXPECT_TRUE(indexMatchesLeads(*reopened));
}
