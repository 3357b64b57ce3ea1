#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Org
{
    Id teamA = 0;
    Id teamB = 0;
    User managerA;
    User repA1;
    User repA2;
    User repB;
};

User makeUser(Store &store, const QString &name, Role role, Id team)
{
    User u;
    u.name = name;
    u.email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@leadrelay.test");
    u.role = role;
    u.teamId = team;
    u.createdAt = test::kTestStart;
    auto id = store.users.create(u);
    EXPECT_TRUE(id) << id.error().toStdString();
    u.id = id.value();
    return u;
}

Org makeOrg(Store &store)
{
    Org org;
    org.teamA = store.teams.create({0, QStringLiteral("Europe"), 0, {}, test::kTestStart}).value();
    org.teamB = store.teams.create({0, QStringLiteral("Americas"), 0, {}, test::kTestStart}).value();
    org.managerA = makeUser(store, QStringLiteral("Mia Keller"), Role::Manager, org.teamA);
    org.repA1 = makeUser(store, QStringLiteral("Hans Becker"), Role::Rep, org.teamA);
    org.repA2 = makeUser(store, QStringLiteral("Ivan Petrov"), Role::Rep, org.teamA);
    org.repB = makeUser(store, QStringLiteral("Jake Miller"), Role::Rep, org.teamB);
    return org;
}

Id addLead(Store &store, const QString &first, const QString &last, const QString &email, Id owner, Instant at,
           LeadStatus status = LeadStatus::New, LeadSource source = LeadSource::WebForm)
{
    Lead l;
    l.firstName = first;
    l.lastName = last;
    l.email = email;
    l.ownerId = owner;
    l.createdAt = at;
    l.status = status;
    l.source = source;
    l.companyName = email.section(QLatin1Char('@'), 1);
    auto id = store.leads.create(l);
    EXPECT_TRUE(id) << id.error().toStdString();
    return id.value();
}

} // namespace

TEST(LeadRepository, StoresAndReadsBackEveryField)
{
    test::TempStore store;
    Org org = makeOrg(*store);
    Lead l;
    l.email = QStringLiteral("Anna.Nowak@Firma.pl");
    l.firstName = QStringLiteral("Anna");
    l.lastName = QStringLiteral("Nowak");
    l.title = QStringLiteral("CEO");
    l.companyName = QStringLiteral("Firma sp. z o.o.");
    l.phone = QStringLiteral("+48601234567");
    l.country = QStringLiteral("PL");
    l.language = QStringLiteral("pl");
    l.source = LeadSource::Referral;
    l.status = LeadStatus::Connected;
    l.ownerId = org.repA1.id;
    l.utmSource = QStringLiteral("linkedin");
    l.utmMedium = QStringLiteral("paid_social");
    l.utmCampaign = QStringLiteral("q4-demo");
    l.landingPage = QStringLiteral("https://leadrelay.example/demo");
    l.formId = QStringLiteral("demo-form-1");
    l.formType = QStringLiteral("demo_request");
    l.submittedAt = test::kTestStart - 1000;
    l.question = QStringLiteral("50-200 employees");
    l.createdAt = test::kTestStart;
    const Id id = store->leads.create(l).value();

    const auto read = store->leads.find(AccessScope::system(), id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->email, l.email);
    EXPECT_EQ(read->fullName(), QStringLiteral("Anna Nowak"));
    EXPECT_EQ(read->title, l.title);
    EXPECT_EQ(read->phone, l.phone);
    EXPECT_EQ(read->source, LeadSource::Referral);
    EXPECT_EQ(read->status, LeadStatus::Connected);
    EXPECT_EQ(read->ownerId, org.repA1.id);
    EXPECT_EQ(read->ownerName, QStringLiteral("Hans Becker"));
    EXPECT_EQ(read->utmCampaign, l.utmCampaign);
    EXPECT_EQ(read->landingPage, l.landingPage);
    EXPECT_EQ(read->formType, l.formType);
    EXPECT_EQ(read->submittedAt, l.submittedAt);
    EXPECT_EQ(read->question, l.question);
    EXPECT_EQ(read->createdAt, test::kTestStart);
    EXPECT_EQ(read->updatedAt, test::kTestStart);
}

TEST(LeadRepository, RepsSeeOnlyTheirOwnLeadsByEveryPath)
{
    test::TempStore store;
    Org org = makeOrg(*store);
    const Id mine = addLead(*store, QStringLiteral("A"), QStringLiteral("One"), QStringLiteral("a@one.de"),
                            org.repA1.id, test::kTestStart);
    const Id colleagues = addLead(*store, QStringLiteral("B"), QStringLiteral("Two"), QStringLiteral("b@two.de"),
                                  org.repA2.id, test::kTestStart);
    const Id otherTeam = addLead(*store, QStringLiteral("C"), QStringLiteral("Three"), QStringLiteral("c@three.us"),
                                 org.repB.id, test::kTestStart);
    Event e;
    e.type = events::LeadCreated;
    e.at = test::kTestStart;
    e.leadId = colleagues;
    ASSERT_TRUE(store->events.append(e));

    const AccessScope rep = AccessScope::forUser(org.repA1);
    EXPECT_EQ(store->leads.count(rep, {}), 1);
    EXPECT_TRUE(store->leads.find(rep, mine));
    EXPECT_FALSE(store->leads.find(rep, colleagues));
    EXPECT_FALSE(store->leads.find(rep, otherTeam));
    EXPECT_TRUE(store->events.forLead(rep, colleagues).isEmpty());
    LeadFilter byColleague;
    byColleague.ownerId = org.repA2.id; // asking for someone else's leads by filter gives nothing
    EXPECT_EQ(store->leads.count(rep, byColleague), 0);
    EXPECT_TRUE(store->leads.page(rep, byColleague, {}, 0, 50).value().isEmpty());
    int exported = 0;
    ASSERT_TRUE(store->leads.forEach(rep, [&](const Lead &) { return ++exported, true; }));
    EXPECT_EQ(exported, 1);

    const AccessScope manager = AccessScope::forUser(org.managerA);
    EXPECT_EQ(store->leads.count(manager, {}), 2);
    EXPECT_TRUE(store->leads.find(manager, colleagues));
    EXPECT_FALSE(store->leads.find(manager, otherTeam));
    EXPECT_EQ(store->events.forLead(manager, colleagues).size(), 1);

    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), 3);
}

TEST(LeadRepository, FiltersByOwnerStatusSourceAndText)
{
    test::TempStore store;
    Org org = makeOrg(*store);
    addLead(*store, QStringLiteral("Łukasz"), QStringLiteral("Kowalski"), QStringLiteral("lukasz@firma.pl"),
            org.repA1.id, test::kTestStart, LeadStatus::New, LeadSource::Referral);
    addLead(*store, QStringLiteral("Иван"), QStringLiteral("Петров"), QStringLiteral("ivan@firma.bg"), org.repA2.id,
            test::kTestStart + 1, LeadStatus::Qualified, LeadSource::WebForm);
    addLead(*store, QStringLiteral("Anna"), QStringLiteral("Nowak"), QStringLiteral("anna.nowak@acme.com"), org.repB.id,
            test::kTestStart + 2, LeadStatus::New, LeadSource::WebForm);
    const AccessScope all = AccessScope::system();

    LeadFilter f;
    f.ownerId = org.repB.id;
    EXPECT_EQ(store->leads.count(all, f), 1);
    f = {};
    f.status = LeadStatus::New;
    EXPECT_EQ(store->leads.count(all, f), 2);
    f.source = LeadSource::Referral;
    EXPECT_EQ(store->leads.count(all, f), 1);

    auto search = [&](const QString &text) {
        LeadFilter t;
        t.text = text;
        return store->leads.count(all, t);
    };
    EXPECT_EQ(search(QStringLiteral("kowal")), 1);         // prefix
    EXPECT_EQ(search(QStringLiteral("lukasz")), 1);        // diacritics folded
    EXPECT_EQ(search(QStringLiteral("ив")), 1);            // Cyrillic prefix
    EXPECT_EQ(search(QStringLiteral("anna.nowak@ac")), 1); // email typed as is
    EXPECT_EQ(search(QStringLiteral("firma")), 2);         // company/email domain
    EXPECT_EQ(search(QStringLiteral("nobody")), 0);
    EXPECT_EQ(search(QStringLiteral("\"*)(-:")), 3); // punctuation only: no filter, no syntax error
    EXPECT_EQ(search(QStringLiteral("OR NOT")), 0);  // FTS operators are plain words
}

TEST(LeadRepository, PagesAreStableAndDeepPagesMatchAForwardScan)
{
    test::TempStore store;
    Org org = makeOrg(*store);
    const int total = 12000; // beyond the threshold where deep pages are read backwards
    {
        Transaction tx(store->database());
        for (int i = 0; i < total; ++i) {
            // Many equal timestamps: ties must be broken by id, without overlap.
            addLead(*store, QStringLiteral("F%1").arg(i), QStringLiteral("L%1").arg(i % 97),
                    QStringLiteral("p%1@x%2.com").arg(i).arg(i % 13), i % 2 ? org.repA1.id : org.repB.id,
                    test::kTestStart + (i / 3) * kMinuteMs);
        }
        ASSERT_TRUE(tx.commit());
    }
    const AccessScope all = AccessScope::system();
    for (const LeadSort sort :
         {LeadSort{LeadSortKey::CreatedAt, Qt::DescendingOrder}, LeadSort{LeadSortKey::Name, Qt::AscendingOrder}}) {
        QList<Id> forward;
        for (int offset = 0; offset < total; offset += 1000) {
            const auto page = store->leads.page(all, {}, sort, offset, 1000);
            ASSERT_TRUE(page) << page.error().toStdString();
            for (const Lead &l : page.value())
                forward.append(l.id);
        }
        ASSERT_EQ(forward.size(), total);
        EXPECT_EQ(QSet<Id>(forward.begin(), forward.end()).size(), total);
        // A deep page (read from the far end) equals the same slice of the forward scan.
        const auto deep = store->leads.page(all, {}, sort, total - 150, 100).value();
        ASSERT_EQ(deep.size(), 100);
        for (int i = 0; i < 100; ++i)
            EXPECT_EQ(deep.at(i).id, forward.at(total - 150 + i));
        // The last page is short, past the end is empty.
        EXPECT_EQ(store->leads.page(all, {}, sort, total - 10, 100).value().size(), 10);
        EXPECT_TRUE(store->leads.page(all, {}, sort, total + 5, 100).value().isEmpty());
    }
    const auto newest = store->leads.page(all, {}, {}, 0, 1).value();
    EXPECT_EQ(newest.first().createdAt, test::kTestStart + ((total - 1) / 3) * kMinuteMs);
}

TEST(LeadRepository, SortsByNameCaseInsensitively)
{
    test::TempStore store;
    addLead(*store, QStringLiteral("a"), QStringLiteral("zimmer"), QStringLiteral("z@a.de"), 0, 1);
    addLead(*store, QStringLiteral("b"), QStringLiteral("Adler"), QStringLiteral("a@a.de"), 0, 2);
    addLead(*store, QStringLiteral("c"), QStringLiteral("meier"), QStringLiteral("m@a.de"), 0, 3);
    const auto page = store->leads.page(AccessScope::system(), {}, {LeadSortKey::Name, Qt::AscendingOrder}, 0, 10);
    ASSERT_TRUE(page);
    QStringList names;
    for (const Lead &l : page.value())
        names.append(l.lastName);
    EXPECT_EQ(names, (QStringList{QStringLiteral("Adler"), QStringLiteral("meier"), QStringLiteral("zimmer")}));
}

TEST(LeadRepository, UpdatesStatusOwnerAndFirstTouch)
{
    test::TempStore store;
    Org org = makeOrg(*store);
    const Id id = addLead(*store, QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b.de"), org.repA1.id, 1);
    ASSERT_TRUE(store->leads.setStatus(id, LeadStatus::Attempting, 10));
    ASSERT_TRUE(store->leads.setOwner(id, org.repA2.id, 20));
    ASSERT_TRUE(store->leads.setFirstTouch(id, 30));
    const auto l = store->leads.find(AccessScope::system(), id);
    EXPECT_EQ(l->status, LeadStatus::Attempting);
    EXPECT_EQ(l->ownerId, org.repA2.id);
    EXPECT_EQ(l->firstTouchAt, 30);
    EXPECT_EQ(l->updatedAt, 30);
    EXPECT_FALSE(store->leads.setStatus(99999, LeadStatus::New, 1));
}

TEST(LeadRepository, SetsAndClearsTheOwnerAndRefusesAMissingLead)
{
    test::TempStore store;
    Org org = makeOrg(*store);
    const Id id = addLead(*store, QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b.de"), org.repA1.id, 1);
    ASSERT_TRUE(store->leads.setOwner(id, 0, 40));
    const auto l = store->leads.find(AccessScope::system(), id);
    EXPECT_EQ(l->ownerId, 0);
    EXPECT_EQ(l->updatedAt, 40);
    const Status missing = store->leads.setOwner(99999, org.repA2.id, 50);
    EXPECT_FALSE(missing);
    EXPECT_EQ(missing.error(), LeadRepository::tr("Lead %1 does not exist.").arg(99999));
}

TEST(LeadRepository, DisplayNameIsTheFullNameElseTheEmail)
{
    test::TempStore store;
    const Id named = addLead(*store, QStringLiteral("Zoë"), QStringLiteral("Łukasik"), QStringLiteral("z@l.pl"), 0, 1);
    const Id first = addLead(*store, QStringLiteral("Ana"), QString(), QStringLiteral("ana@x.es"), 0, 1);
    const Id nameless = addLead(*store, QString(), QString(), QStringLiteral("nobody@x.de"), 0, 1);
    EXPECT_EQ(store->leads.displayName(named), QStringLiteral("Zoë Łukasik"));
    EXPECT_EQ(store->leads.displayName(first), QStringLiteral("Ana"));
    EXPECT_EQ(store->leads.displayName(nameless), QStringLiteral("nobody@x.de"));
    EXPECT_EQ(store->leads.displayName(99999), std::nullopt);
}
