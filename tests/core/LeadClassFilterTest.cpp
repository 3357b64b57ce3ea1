#include "core/intake/IntakeProcessor.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    // Created oldest first: SQL, MQL, Nurture, Disqualified, another SQL.
    Id sql = submit({{QStringLiteral("email"), QStringLiteral("maria@acme-software.de")},
                     {QStringLiteral("title"), QStringLiteral("CEO")},
                     {QStringLiteral("employees"), 120},
                     {QStringLiteral("form_type"), QStringLiteral("demo_request")}}); // 60
    Id mql = submit({{QStringLiteral("email"), QStringLiteral("ceo@firma-m.de")},
                     {QStringLiteral("title"), QStringLiteral("CEO")}}); // 20
    Id nurture = submit(
        {{QStringLiteral("email"), QStringLiteral("cleo@firma-c.de")}, {QStringLiteral("employees"), 100}}); // 15
    Id disqualified = submit({{QStringLiteral("email"), QStringLiteral("dan@gmail.com")},
                              {QStringLiteral("title"), QStringLiteral("Student")}});
    Id sql2 = submit({{QStringLiteral("email"), QStringLiteral("ola@firma-o.de")},
                      {QStringLiteral("employees"), 60},
                      {QStringLiteral("industry"), QStringLiteral("SaaS")}}); // 30

    Id submit(const QJsonObject &fields)
    {
        clock.advance(kSecondMs);
        return IntakeProcessor(*store, clock)
            .submit(JournalEntry::Channel::Webhook, QStringLiteral("web"), fields)
            .leadId;
    }
    QList<Id> ids(const LeadFilter &filter, const LeadSort &sort)
    {
        QList<Id> out;
        const auto page = store->leads.page(AccessScope::system(), filter, sort, 0, 100);
        EXPECT_TRUE(page) << page.error().toStdString();
        for (const Lead &l : page.value())
            out.append(l.id);
        return out;
    }
};

} // namespace

TEST(LeadClassFilter, TheStoreFiltersByClass)
{
    Fixture f;
    LeadFilter filter;
    filter.scoreClass = ScoreClass::Sql;
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), filter), 2);
    EXPECT_EQ(f.ids(filter, {LeadSortKey::CreatedAt, Qt::AscendingOrder}), (QList<Id>{f.sql, f.sql2}));
    filter.scoreClass = ScoreClass::Mql;
    EXPECT_EQ(f.ids(filter, {}), QList<Id>{f.mql});
    filter.scoreClass = ScoreClass::Nurture;
    EXPECT_EQ(f.ids(filter, {}), QList<Id>{f.nurture});
    filter.scoreClass = ScoreClass::Disqualified;
    EXPECT_EQ(f.ids(filter, {}), QList<Id>{f.disqualified});
    filter.text = QStringLiteral("maria");
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), filter), 0) << "class and search combine";
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), LeadFilter{}), 5);
}

TEST(LeadClassFilter, SortsByClassThenScoreAndByScore)
{
    Fixture f;
    EXPECT_EQ(f.ids({}, {LeadSortKey::ScoreClass, Qt::DescendingOrder}),
              (QList<Id>{f.sql, f.sql2, f.mql, f.nurture, f.disqualified}));
    EXPECT_EQ(f.ids({}, {LeadSortKey::ScoreClass, Qt::AscendingOrder}),
              (QList<Id>{f.disqualified, f.nurture, f.mql, f.sql2, f.sql}));
    EXPECT_EQ(f.ids({}, {LeadSortKey::Score, Qt::DescendingOrder}),
              (QList<Id>{f.sql, f.sql2, f.mql, f.nurture, f.disqualified}));
}

TEST(LeadClassFilter, TheClassFilterUsesItsIndex)
{
    Fixture f;
    QSqlQuery q(f.store->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM leads l WHERE 1 AND "
                                      "l.score_class = 'sql'")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(plan.contains(QStringLiteral("leads_class_score"))) << plan.toStdString();
}
