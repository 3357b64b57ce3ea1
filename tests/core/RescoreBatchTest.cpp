#include "core/domain/User.h"
#include "core/intake/EventIntake.h"
#include "core/intake/IntakeProcessor.h"
#include "core/scoring/RescoreJob.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    User admin = [this] {
        User u;
        u.name = QStringLiteral("Alex Admin");
        u.email = QStringLiteral("alex@leadrelay.test");
        u.role = Role::Admin;
        u.createdAt = test::kTestStart;
        u.id = store->users.create(u).value();
        return u;
    }();
    QList<Id> leads;

    void submit(const QJsonObject &fields)
    {
        clock.advance(kSecondMs);
        const IntakeOutcome out =
            IntakeProcessor(*store, clock).submit(JournalEntry::Channel::Webhook, QStringLiteral("web"), fields);
        ASSERT_EQ(out.status, IntakeOutcome::Status::Created) << out.reason.toStdString();
        leads.append(out.leadId);
    }
    void event(const QString &email, const QString &type, const QString &url = {})
    {
        clock.advance(kSecondMs);
        QJsonObject json{{QStringLiteral("email"), email}, {QStringLiteral("type"), type}};
        if (!url.isEmpty())
            json.insert(QStringLiteral("url"), url);
        EventIntake(*store, clock).submit(QStringLiteral("test"), json);
    }
};

} // namespace

TEST(RescoreBatch, EveryLeadGetsWhatScoringItAloneGives)
{
    Fixture f;
    // Every kind of fact the default rules read: form types, company size and industry, titles in
    // several languages, free mail, events (pricing views, opens), BANT, silence.
    f.submit({{QStringLiteral("email"), QStringLiteral("maria@acme-software.de")},
              {QStringLiteral("title"), QStringLiteral("CEO")},
              {QStringLiteral("industry"), QStringLiteral("Software")},
              {QStringLiteral("employees"), 120},
              {QStringLiteral("form_type"), QStringLiteral("demo_request")}});
    f.submit({{QStringLiteral("email"), QStringLiteral("jan@firma-b.pl")},
              {QStringLiteral("title"), QStringLiteral("Prezes Zarządu")},
              {QStringLiteral("employees"), 60}});
    f.submit({{QStringLiteral("email"), QStringLiteral("dan@gmail.com")},
              {QStringLiteral("title"), QStringLiteral("Student")}});
    f.submit({{QStringLiteral("email"), QStringLiteral("olga@firma-o.de")},
              {QStringLiteral("form_type"), QStringLiteral("contact")}});
    f.submit({{QStringLiteral("email"), QStringLiteral("ivan@firma-r.ru")},
              {QStringLiteral("title"), QStringLiteral("Генеральный директор")},
              {QStringLiteral("industry"), QStringLiteral("SaaS")}});
    for (int i = 0; i < 3; ++i) {
        f.event(QStringLiteral("olga@firma-o.de"), QStringLiteral("email_open"));
        f.event(QStringLiteral("jan@firma-b.pl"), QStringLiteral("page_view"),
                QStringLiteral("https://x.example/pricing"));
    }
    Bant bant;
    bant.budget = QStringLiteral("approved");
    bant.timeline = QStringLiteral("this_quarter");
    ASSERT_TRUE(ScoringService(*f.store, f.clock).setBant(f.admin, f.leads.at(1), bant));
    f.clock.advance(20 * kDayMs); // Maria and Ivan fell silent

    ScoringConfig config = ScoringConfig::defaults();
    config.rules[2].points = 25; // company size
    config.thresholds.sql = 40;
    ScoringService scoring(*f.store, f.clock);
    ASSERT_TRUE(scoring.saveRules(f.admin, config));
    const auto done = RescoreJob(*f.store, f.clock).run({}, 2);
    ASSERT_TRUE(done) << done.error().toStdString();
    EXPECT_EQ(done->done, 5);
    EXPECT_GT(done->changed, 0);

    const auto rules = scoring.ruleSet();
    ASSERT_TRUE(rules);
    for (const Id id : std::as_const(f.leads)) {
        const ScoreResult expected = scoring.preview(id, **rules).value();
        const auto stored = f.store->scores.latest(id);
        ASSERT_TRUE(stored) << id;
        EXPECT_EQ(stored->result.score, expected.score) << id;
        EXPECT_EQ(stored->result.scoreClass, expected.scoreClass) << id;
        EXPECT_EQ(stored->result.nextStep, expected.nextStep) << id;
        EXPECT_EQ(stored->result.lines, expected.lines) << id;
        EXPECT_EQ(stored->result.rulesVersion, 2) << id;
        EXPECT_EQ(f.store->leads.find(AccessScope::system(), id)->score, expected.score) << id;
    }
    // Nothing changed since: a second run writes nothing.
    const auto again = RescoreJob(*f.store, f.clock).run({}, 2);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->changed, 0);
}
