#include "core/domain/User.h"
#include "core/intake/EventIntake.h"
#include "core/intake/IntakeProcessor.h"
#include "core/scoring/RescoreJob.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>

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

/// Leads that fire every kind of default rule, one held below SQL by the over-scoring guard.
void populate(Fixture &f)
{
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
    f.submit({{QStringLiteral("email"), QStringLiteral("eva@firma-e.de")},
              {QStringLiteral("form_type"), QStringLiteral("demo_request")}});
    for (int i = 0; i < 3; ++i) {
        f.event(QStringLiteral("olga@firma-o.de"), QStringLiteral("email_open"));
        f.event(QStringLiteral("eva@firma-e.de"), QStringLiteral("email_open")); // 25 + 5: guarded at 29
        f.event(QStringLiteral("jan@firma-b.pl"), QStringLiteral("page_view"),
                QStringLiteral("https://x.example/pricing"));
    }
}

ScoringRule &ruleOf(ScoringConfig &config, const char *id)
{
    for (ScoringRule &rule : config.rules) {
        if (rule.id == QLatin1String(id))
            return rule;
    }
    ADD_FAILURE() << "no rule " << id;
    return config.rules.first();
}

/// Every lead's stored score is what scoring it alone with the active rules gives now.
void expectEveryLeadCurrent(Fixture &f, const std::string &what)
{
    ScoringService scoring(*f.store, f.clock);
    const auto rules = scoring.ruleSet();
    ASSERT_TRUE(rules);
    for (const Id id : std::as_const(f.leads)) {
        const ScoreResult expected = scoring.preview(id, **rules).value();
        const auto stored = f.store->scores.latest(id);
        ASSERT_TRUE(stored) << what << ": lead " << id;
        EXPECT_EQ(stored->result.score, expected.score) << what << ": lead " << id;
        EXPECT_EQ(stored->result.scoreClass, expected.scoreClass) << what << ": lead " << id;
        EXPECT_EQ(stored->result.nextStep, expected.nextStep) << what << ": lead " << id;
        // As the store keeps them: the rules and the values they saw, in no language.
        EXPECT_EQ(stored->result.linesToCompactJson(), expected.linesToCompactJson()) << what << ": lead " << id;
        EXPECT_EQ(f.store->leads.find(AccessScope::system(), id)->score, expected.score) << what << ": lead " << id;
    }
}

} // namespace

TEST(RescoreBatch, EveryLeadGetsWhatScoringItAloneGives)
{
    Fixture f;
    // Every kind of fact the default rules read: form types, company size and industry, titles in
    // several languages, free mail, events (pricing views, opens), BANT, silence.
    populate(f);
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
    RescoreJob every(*f.store, f.clock);
    every.setEveryLead(true); // also what 20 days of silence did, which a points change alone would not
    const auto done = every.run({}, 2);
    ASSERT_TRUE(done) << done.error().toStdString();
    EXPECT_EQ(done->done, 6);
    EXPECT_EQ(done->scored, 6);
    EXPECT_GT(done->changed, 0);

    expectEveryLeadCurrent(f, "every lead");
    for (const Id id : std::as_const(f.leads))
        EXPECT_EQ(f.store->scores.latest(id)->result.rulesVersion, 2) << id;
    // Nothing changed since: a second run writes nothing.
    const auto again = RescoreJob(*f.store, f.clock).run({}, 2);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->changed, 0);
}

TEST(RescoreBatch, ReadingOnlyTheAffectedLeadsGivesWhatReScoringEveryLeadGives)
{
    struct Change
    {
        const char *what;
        std::function<void(ScoringConfig &)> apply;
        int scored; ///< leads read; -1: every lead
    };
    const QList<Change> changes = {
        {"company size points", [](ScoringConfig &c) { ruleOf(c, "company_size").points = 25; }, 2},
        {"free mail disabled", [](ScoringConfig &c) { ruleOf(c, "free_mail").enabled = false; }, 1},
        {"C-level renamed", [](ScoringConfig &c) { ruleOf(c, "c_level").name = QStringLiteral("Boss"); }, 3},
        {"pricing moved to fit", [](ScoringConfig &c) { ruleOf(c, "pricing_page").axis = ScoreAxis::Fit; }, 1},
        // Eva (25 + 5 from opens) is no longer held below SQL at 25; Maria (50+) stays SQL.
        {"SQL from 25", [](ScoringConfig &c) { c.thresholds.sql = 25; }, 2},
        // Ivan (35) sits between the SQL thresholds; Olga and Eva fired the email-opens rule.
        {"SQL from 40, MQL from 15",
         [](ScoringConfig &c) {
             c.thresholds = {40, 15, 10};
         },
         3},
        {"company size 50–5000", [](ScoringConfig &c) { ruleOf(c, "company_size").when.conditions[0].max = 5000; }, -1},
        {"student rule enabled again after a version without it",
         [](ScoringConfig &c) {
             c.rules.move(0, 1); // a new order: the breakdown lists rules in it
         },
         -1},
    };
    for (const Change &change : changes) {
        Fixture f;
        populate(f);
        ScoringConfig config = ScoringConfig::defaults();
        change.apply(config);
        ASSERT_TRUE(ScoringService(*f.store, f.clock).saveRules(f.admin, config)) << change.what;
        const auto done = RescoreJob(*f.store, f.clock).run({}, 2);
        ASSERT_TRUE(done) << change.what << ": " << done.error().toStdString();
        EXPECT_EQ(done->done, f.leads.size()) << change.what;
        EXPECT_EQ(done->everyLead, change.scored < 0) << change.what;
        EXPECT_EQ(done->scored, change.scored < 0 ? f.leads.size() : change.scored) << change.what;
        expectEveryLeadCurrent(f, change.what);
        EXPECT_EQ(f.store->settings.value(RescoreJob::appliedVersionKey()), QStringLiteral("2"));
    }
}

TEST(RescoreBatch, AStoppedRunLeavesItsChangesForTheNextOne)
{
    Fixture f;
    populate(f);
    ScoringService scoring(*f.store, f.clock);
    ScoringConfig config = ScoringConfig::defaults();
    ruleOf(config, "company_size").points = 25;
    ASSERT_TRUE(scoring.saveRules(f.admin, config));
    const auto stopped = RescoreJob(*f.store, f.clock).run([](const RescoreProgress &) { return false; }, 1);
    ASSERT_TRUE(stopped);
    EXPECT_EQ(stopped->scored, 1); // Maria; Jan still has the old company size points
    EXPECT_TRUE(f.store->settings.value(RescoreJob::appliedVersionKey()).isEmpty());
    // Version 3 only moves a threshold, but the next run also brings what version 2 changed.
    config.thresholds.sql = 35;
    ASSERT_TRUE(scoring.saveRules(f.admin, config));
    const auto done = RescoreJob(*f.store, f.clock).run({}, 2);
    ASSERT_TRUE(done);
    EXPECT_FALSE(done->everyLead);
    expectEveryLeadCurrent(f, "versions 2 and 3");
    EXPECT_EQ(f.store->settings.value(RescoreJob::appliedVersionKey()), QStringLiteral("3"));
    // Nothing changed since: a run reads no lead and writes nothing.
    const auto again = RescoreJob(*f.store, f.clock).run({}, 2);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->scored, 0);
    EXPECT_EQ(again->done, f.leads.size());
}

TEST(RescoreBatch, ALeadWhoseFiredRulesAreUnknownIsAlwaysRead)
{
    // A store scored before migration 023, or a breakdown that is not JSON: score_rules is NULL.
    Fixture f;
    populate(f);
    ScoringService scoring(*f.store, f.clock);
    QSqlQuery q(f.store->database().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE leads SET score_rules = NULL, score = 99 WHERE id = %1").arg(f.leads.at(3))));
    ScoringConfig config = ScoringConfig::defaults();
    ruleOf(config, "company_size").points = 25;
    ASSERT_TRUE(scoring.saveRules(f.admin, config));
    const auto done = RescoreJob(*f.store, f.clock).run({}, 2);
    ASSERT_TRUE(done);
    EXPECT_EQ(done->scored, 3); // Maria, Jan and Olga
    expectEveryLeadCurrent(f, "unknown rules");
}

TEST(RescoreBatch, AnEventWithADamagedPayloadDoesNotStopTheRun)
{
    // Written by hand or by an old tool: the event counts, its payload fields read as empty.
    Fixture f;
    populate(f);
    QSqlQuery q(f.store->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO events (at, type, lead_id, payload) VALUES (%1, 'page_view', %2, "
                                      "'{not json')")
                           .arg(f.clock.now())
                           .arg(f.leads.at(3))));
    RescoreJob every(*f.store, f.clock);
    every.setEveryLead(true);
    const auto done = every.run({}, 2);
    ASSERT_TRUE(done) << done.error().toStdString();
    EXPECT_EQ(done->scored, f.leads.size());
}

TEST(RescoreBatch, Migration023NamesTheFiredRulesOfStoredScores)
{
    Fixture f;
    populate(f);
    {
        // As a store from before migration 023, one breakdown damaged.
        QSqlQuery q(f.store->database().connection());
        ASSERT_TRUE(q.exec(
            QStringLiteral("UPDATE lead_scores SET breakdown = '[{\"rule\":' WHERE lead_id = %1").arg(f.leads.at(1))));
        ASSERT_TRUE(test::rewindSchema(f.store->database(), 22));
    }
    QString error;
    ASSERT_TRUE(f.store.reopen(&error)) << error.toStdString();
    QSqlQuery q(f.store->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, score_rules FROM leads ORDER BY id")));
    QHash<Id, QVariant> rules;
    while (q.next())
        rules.insert(q.value(0).toLongLong(), q.value(1));
    EXPECT_EQ(rules.value(f.leads.at(0)).toString(),
              QStringLiteral(" demo_request company_size c_level target_industry "));
    EXPECT_TRUE(rules.value(f.leads.at(1)).isNull()) << "a damaged breakdown leaves the rules unknown";
    EXPECT_EQ(rules.value(f.leads.at(2)).toString(), QStringLiteral(" free_mail student_intern "));
}
