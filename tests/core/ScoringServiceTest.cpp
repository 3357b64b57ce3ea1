#include "core/scoring/ScoringService.h"
#include "core/domain/User.h"
#include "core/intake/EventIntake.h"
#include "core/intake/IntakeProcessor.h"
#include "core/scoring/RescoreJob.h"
#include "core/store/Store.h"
#include "core/timers/TimerService.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    ScoringService scoring{*store, clock};
    EventIntake eventIntake{*store, clock};
    User admin = addUser(QStringLiteral("Alex Admin"), Role::Admin);
    User rep = addUser(QStringLiteral("Rita Rep"), Role::Rep);
    User otherRep = addUser(QStringLiteral("Otto Rep"), Role::Rep);

    User addUser(const QString &name, Role role)
    {
        User u;
        u.name = name;
        u.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@leadrelay.test");
        u.role = role;
        u.createdAt = test::kTestStart;
        u.id = store->users.create(u).value();
        return u;
    }
    Id submit(const QJsonObject &fields)
    {
        clock.advance(kSecondMs);
        const IntakeOutcome out = intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("web"), fields);
        EXPECT_TRUE(out.status == IntakeOutcome::Status::Created || out.status == IntakeOutcome::Status::Merged)
            << out.reason.toStdString();
        return out.leadId;
    }
    EventOutcome event(const QJsonObject &json)
    {
        clock.advance(kSecondMs);
        return eventIntake.submit(QStringLiteral("test"), json);
    }
    Lead lead(Id id) { return *store->leads.find(AccessScope::system(), id); }
    /// The lead's pending silence timers.
    QList<Timer> pendingSilence(TimerService &timers, Id leadId)
    {
        QList<Timer> out;
        for (const Timer &t : timers.repository().forLead(leadId)) {
            if (t.kind == ScoringService::silenceTimerKind() && t.state == Timer::State::Pending)
                out.append(t);
        }
        return out;
    }
};

QJsonObject ceoDemoRequest()
{
    return {{QStringLiteral("email"), QStringLiteral("maria@acme-software.de")},
            {QStringLiteral("first_name"), QStringLiteral("Maria")},
            {QStringLiteral("title"), QStringLiteral("CEO")},
            {QStringLiteral("industry"), QStringLiteral("Software")},
            {QStringLiteral("employees"), 120},
            {QStringLiteral("form_type"), QStringLiteral("demo_request")}};
}

QJsonObject pageView(const QString &email, const QString &url)
{
    return {{QStringLiteral("type"), QStringLiteral("page_view")},
            {QStringLiteral("email"), email},
            {QStringLiteral("url"), url}};
}

} // namespace

TEST(ScoringService, IntakeScoresAndClassesALeadAsItIsCreated)
{
    Fixture f;
    const Id id = f.submit(ceoDemoRequest());
    const Lead l = f.lead(id);
    // Demo request 25 + size 15 + CEO 20 + target industry 15.
    EXPECT_EQ(l.score, 75);
    EXPECT_EQ(l.fit, 50);
    EXPECT_EQ(l.intent, 25);
    EXPECT_EQ(l.timing, 0);
    EXPECT_EQ(l.scoreClass, QStringLiteral("sql"));
    EXPECT_EQ(l.nextStep, QStringLiteral("hand_off_now"));
    const auto why = f.scoring.explain(AccessScope::system(), id);
    ASSERT_TRUE(why) << why.error().toStdString();
    ASSERT_TRUE(why->latest);
    EXPECT_EQ(why->latest->result.rulesVersion, 1);
    EXPECT_EQ(why->latest->reason, QStringLiteral("lead_created"));
    EXPECT_EQ(why->latest->result.lines.first().ruleName, QStringLiteral("Demo request form"));
    EXPECT_EQ(why->latest->result.lines.first().fact, QStringLiteral("Form type: demo_request"));
    EXPECT_EQ(why->history.size(), 1);
}

TEST(ScoringService, AFreeMailStudentIsDisqualified)
{
    Fixture f;
    const Id id = f.submit({{QStringLiteral("email"), QStringLiteral("kid@gmail.com")},
                            {QStringLiteral("title"), QStringLiteral("Student")}});
    EXPECT_EQ(f.lead(id).score, 0);
    EXPECT_EQ(f.lead(id).fit, -60);
    EXPECT_EQ(f.lead(id).scoreClass, QStringLiteral("disqualified"));
    EXPECT_EQ(f.lead(id).nextStep, QStringLiteral("recycle"));
}

TEST(ScoringService, FormTypesComeFromTheFormIdWhenTheSubmissionHasNone)
{
    Fixture f;
    ScoringConfig config = ScoringConfig::defaults();
    config.formTypes.insert(QStringLiteral("demo-2026"), QStringLiteral("demo_request"));
    ASSERT_TRUE(f.scoring.saveRules(f.admin, config));
    const Id id = f.submit({{QStringLiteral("email"), QStringLiteral("jan@firma.pl")},
                            {QStringLiteral("form_id"), QStringLiteral("demo-2026")}});
    EXPECT_EQ(f.lead(id).intent, 25);
}

TEST(ScoringService, AnEventMovesTheScoreAndClass)
{
    Fixture f;
    const Id id =
        f.submit({{QStringLiteral("email"), QStringLiteral("ola@firma.pl")}, {QStringLiteral("employees"), 80}});
    EXPECT_EQ(f.lead(id).score, 15);
    EXPECT_EQ(f.lead(id).scoreClass, QStringLiteral("nurture"));
    const EventOutcome out = f.event(pageView(QStringLiteral("OLA@firma.pl"), QStringLiteral("https://x.io/pricing")));
    ASSERT_EQ(out.status, EventOutcome::Status::Attached) << out.reason.toStdString();
    EXPECT_EQ(out.leadId, id);
    EXPECT_EQ(f.lead(id).score, 25);
    EXPECT_EQ(f.lead(id).scoreClass, QStringLiteral("mql"));
    EXPECT_EQ(f.store->scores.history(id).size(), 2);
    EXPECT_EQ(f.store->scores.latest(id)->reason, QStringLiteral("event"));
    // An event no rule counts changes nothing: no new history entry.
    const EventOutcome click = f.event({{QStringLiteral("type"), QStringLiteral("email_click")},
                                        {QStringLiteral("lead_id"), id},
                                        {QStringLiteral("url"), QStringLiteral("https://x.io/blog")}});
    EXPECT_EQ(click.status, EventOutcome::Status::Attached);
    EXPECT_EQ(f.store->scores.history(id).size(), 2);
}

TEST(ScoringService, EventsOfAnUnknownPersonWaitForThemAndCount)
{
    Fixture f;
    const EventOutcome kept = f.event(pageView(QStringLiteral("new@firma.pl"), QStringLiteral("/pricing")));
    EXPECT_EQ(kept.status, EventOutcome::Status::Kept);
    EXPECT_EQ(kept.leadId, 0);
    EXPECT_GT(kept.eventId, 0);
    const Id id = f.submit({{QStringLiteral("email"), QStringLiteral("New@Firma.pl")}});
    EXPECT_EQ(f.lead(id).intent, 10);
    const QList<Event> events = f.store->events.forLead(AccessScope::system(), id);
    EXPECT_TRUE(std::any_of(events.begin(), events.end(), [&](const Event &e) { return e.id == kept.eventId; }));
}

TEST(ScoringService, BadEventsAreRefusedWithAReasonAndKeptInTheJournal)
{
    Fixture f;
    const QJsonObject bad[] = {
        {{QStringLiteral("type"), QStringLiteral("telepathy")}, {QStringLiteral("email"), QStringLiteral("a@b.de")}},
        {{QStringLiteral("type"), QStringLiteral("page_view")},
         {QStringLiteral("email"), QStringLiteral("a@b.de")},
         {QStringLiteral("at"), QStringLiteral("yesterday-ish")}},
        {{QStringLiteral("type"), QStringLiteral("page_view")}},
        {{QStringLiteral("type"), QStringLiteral("email_open")}, {QStringLiteral("lead_id"), 999}},
        {{QStringLiteral("email"), QStringLiteral("a@b.de")}},
    };
    const char *expected[] = {"telepathy", "yesterday-ish", "email", "999", "type"};
    for (std::size_t i = 0; i < std::size(bad); ++i) {
        const EventOutcome out = f.event(bad[i]);
        EXPECT_EQ(out.status, EventOutcome::Status::Rejected) << i;
        EXPECT_TRUE(out.reason.contains(QString::fromLatin1(expected[i]))) << out.reason.toStdString();
        const auto entry = f.store->journal.find(out.journalId);
        ASSERT_TRUE(entry) << i;
        EXPECT_EQ(entry->state, JournalEntry::State::Quarantined);
        EXPECT_EQ(entry->reason, out.reason);
    }
    EXPECT_EQ(f.store->events.countOfType(QStringLiteral("page_view")), 0);
}

TEST(ScoringService, ObserversHearEveryStoredEvent)
{
    struct Recorder : BehaviourEventObserver
    {
        QList<std::pair<BehaviourType, Id>> seen;
        QString onBehaviourEvent(const BehaviourEvent &event, Id leadId) override
        {
            seen.append({event.type, leadId});
            return QStringLiteral("noted");
        }
    } recorder;
    Fixture f;
    f.eventIntake.addObserver(&recorder);
    const Id id = f.submit({{QStringLiteral("email"), QStringLiteral("ola@firma.pl")}});
    const EventOutcome out = f.event({{QStringLiteral("type"), QStringLiteral("meeting_booked")},
                                      {QStringLiteral("lead_id"), id},
                                      {QStringLiteral("at"), QStringLiteral("2026-11-23T10:00:00Z")}});
    ASSERT_EQ(out.status, EventOutcome::Status::Attached);
    ASSERT_EQ(recorder.seen.size(), 1);
    EXPECT_EQ(recorder.seen.first().first, BehaviourType::MeetingBooked);
    EXPECT_EQ(recorder.seen.first().second, id);
    EXPECT_TRUE(f.store->journal.find(out.journalId)->reason.contains(QStringLiteral("noted")));
}

TEST(ScoringService, ARepCannotExplainAnotherRepsLead)
{
    Fixture f;
    const Id id = f.submit(ceoDemoRequest());
    ASSERT_TRUE(f.store->leads.setOwner(id, f.rep.id, f.clock.now()));
    EXPECT_TRUE(f.scoring.explain(AccessScope::forUser(f.rep), id));
    EXPECT_TRUE(f.scoring.explain(AccessScope::forUser(f.rep), QStringLiteral("maria@acme-software.de")));
    EXPECT_FALSE(f.scoring.explain(AccessScope::forUser(f.otherRep), id));
    EXPECT_FALSE(f.scoring.explain(AccessScope::forUser(f.otherRep), QStringLiteral("maria@acme-software.de")));
    EXPECT_FALSE(f.scoring.setBant(f.otherRep, id, {QStringLiteral("approved"), {}, {}, {}}));
}

TEST(ScoringService, BantFeedsTheTimingAxisAndIsAudited)
{
    Fixture f;
    const Id id =
        f.submit({{QStringLiteral("email"), QStringLiteral("ola@firma.pl")}, {QStringLiteral("employees"), 80}});
    ASSERT_TRUE(f.store->leads.setOwner(id, f.rep.id, f.clock.now()));
    const auto scored = f.scoring.setBant(f.rep, id,
                                          {QStringLiteral("approved"), QStringLiteral("decision_maker"),
                                           QStringLiteral("confirmed"), QStringLiteral("this_quarter")});
    ASSERT_TRUE(scored) << scored.error().toStdString();
    EXPECT_EQ(scored->timing, 20);
    EXPECT_EQ(f.lead(id).score, 35);
    EXPECT_EQ(f.store->scores.bant(id).authority, QStringLiteral("decision_maker"));
    EXPECT_EQ(f.store->scores.latest(id)->reason, QStringLiteral("bant"));
}

TEST(ScoringService, OnlyAdminsSaveRulesAndEachSaveIsANewVersion)
{
    Fixture f;
    f.submit(ceoDemoRequest()); // scoring seeds the defaults as version 1
    EXPECT_EQ(f.store->rules.activeVersion(ScoringService::ruleKind()), 1);
    ScoringConfig config = ScoringConfig::defaults();
    config.thresholds.sql = 40;
    const auto refused = f.scoring.saveRules(f.rep, config);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("administrators")));
    ScoringConfig inverted = config;
    inverted.thresholds.mql = 50;
    EXPECT_FALSE(f.scoring.saveRules(f.admin, inverted));
    EXPECT_EQ(f.store->rules.activeVersion(ScoringService::ruleKind()), 1);
    const auto saved = f.scoring.saveRules(f.admin, config);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    EXPECT_EQ(saved->version, 2);
    EXPECT_EQ(f.scoring.config().thresholds.sql, 40);
    EXPECT_EQ(f.store->events.countOfType(QStringLiteral("scoring_rules_changed")), 1);
}

TEST(ScoringService, ADurableTimerMarksALeadGhostedAfter14SilentDays)
{
    Fixture f;
    TimerService timers(*f.store, f.clock);
    ScoringService::registerTimers(timers, *f.store, f.clock);
    const Id id =
        f.submit({{QStringLiteral("email"), QStringLiteral("ola@firma.pl")}, {QStringLiteral("employees"), 80}});
    const Instant created = f.clock.now();
    // Day 10: a visit resets the silence, so day 14 passes quietly.
    f.clock.set(created + 10 * kDayMs);
    f.event(pageView(QStringLiteral("ola@firma.pl"), QStringLiteral("/pricing")));
    EXPECT_EQ(f.lead(id).score, 25);
    f.clock.set(created + 15 * kDayMs);
    EXPECT_EQ(timers.fireDue(f.clock.now()).fired, 0);
    EXPECT_EQ(f.lead(id).timing, 0);
    // Day 24 + 1 s: 14 days without a sign of life.
    f.clock.set(created + 24 * kDayMs + 2 * kSecondMs);
    EXPECT_EQ(timers.fireDue(f.clock.now()).fired, 1);
    EXPECT_EQ(f.lead(id).timing, -20);
    EXPECT_EQ(f.lead(id).score, 5);
    EXPECT_EQ(f.lead(id).nextStep, QStringLiteral("drip"));
    EXPECT_EQ(f.store->scores.latest(id)->reason, QStringLiteral("silence"));
    EXPECT_EQ(f.store->scores.latest(id)->result.lines.last().ruleId, QStringLiteral("ghosted"));
}

// A new lead gets its silence timer without a search for earlier ones. A re-score that finds the
// same silence (a BANT edit, a list import naming the person again) keeps exactly that timer
// pending: it used to cancel it and re-schedule the same key, which left the lead with no timer,
// never marked ghosted.
TEST(ScoringService, ARescoreWithTheSameSilenceKeepsTheTimer)
{
    Fixture f;
    TimerService timers(*f.store, f.clock);
    ScoringService::registerTimers(timers, *f.store, f.clock);
    const QJsonObject ola{{QStringLiteral("email"), QStringLiteral("ola@firma.pl")}, {QStringLiteral("employees"), 80}};
    const Id id = f.submit(ola);
    const Instant silentFrom = f.clock.now();
    ASSERT_EQ(f.pendingSilence(timers, id).size(), 1);
    EXPECT_EQ(f.pendingSilence(timers, id).first().dueAt, silentFrom + 14 * kDayMs);

    f.clock.advance(3 * kDayMs);
    EXPECT_EQ(f.intake.submit(JournalEntry::Channel::Csv, QStringLiteral("list.csv"), ola).status,
              IntakeOutcome::Status::Merged);
    ASSERT_TRUE(f.scoring.setBant(f.admin, id, {QStringLiteral("approved"), {}, {}, {}}));
    ASSERT_EQ(f.pendingSilence(timers, id).size(), 1);
    EXPECT_EQ(f.pendingSilence(timers, id).first().dueAt, silentFrom + 14 * kDayMs);

    f.clock.set(silentFrom + 14 * kDayMs + kSecondMs);
    EXPECT_EQ(timers.fireDue(f.clock.now()).fired, 1);
    const auto latest = f.store->scores.latest(id);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->reason, QStringLiteral("silence"));
    EXPECT_TRUE(std::any_of(latest->result.lines.cbegin(), latest->result.lines.cend(),
                            [](const ScoreLine &l) { return l.ruleId == QStringLiteral("ghosted"); }));
    EXPECT_TRUE(f.pendingSilence(timers, id).isEmpty());
}

// The same person filling in a web form again is a form submission like any the website reports:
// a later demo request earns its points although the lead's form type stays the first one, and
// the silence starts over. A list import naming them again is no sign of life.
TEST(ScoringService, AWebFormAgainEarnsItsPointsAndStartsTheSilenceOver)
{
    Fixture f;
    TimerService timers(*f.store, f.clock);
    ScoringService::registerTimers(timers, *f.store, f.clock);
    QJsonObject ola{{QStringLiteral("email"), QStringLiteral("ola@firma.pl")},
                    {QStringLiteral("form_type"), QStringLiteral("newsletter")}};
    const Id id = f.submit(ola);
    const Instant created = f.clock.now();
    EXPECT_EQ(f.lead(id).intent, 0);

    f.clock.set(created + 10 * kDayMs);
    ola.insert(QStringLiteral("form_type"), QStringLiteral("demo_request"));
    ASSERT_EQ(f.submit(ola), id);
    const Instant again = f.clock.now();
    EXPECT_EQ(f.lead(id).formType, QStringLiteral("newsletter")) << "the first value survives";
    EXPECT_EQ(f.lead(id).intent, 25) << "the demo request counts";
    ASSERT_EQ(f.pendingSilence(timers, id).size(), 1);
    EXPECT_EQ(f.pendingSilence(timers, id).first().dueAt, again + 14 * kDayMs);

    f.clock.set(created + 20 * kDayMs); // 20 days after the first form, 10 after the second
    EXPECT_EQ(timers.fireDue(f.clock.now()).fired, 0);
    EXPECT_EQ(f.lead(id).timing, 0);

    const auto formSubmits = [&] {
        int n = 0;
        for (const Event &e : f.store->events.forLead(AccessScope::system(), id))
            n += e.type == events::FormSubmit;
        return n;
    };
    EXPECT_EQ(formSubmits(), 1);
    EXPECT_EQ(f.intake.submit(JournalEntry::Channel::Csv, QStringLiteral("list.csv"), ola).status,
              IntakeOutcome::Status::Merged);
    EXPECT_EQ(formSubmits(), 1) << "a list import is no form submission";
}

// Scoring asks only whether the domain is free mail (with the admins' lists), the same for a lead
// scored alone and in a re-score batch.
TEST(ScoringService, FreeMailIsJudgedByTheDomainAlone)
{
    const EmailValidator shipped;
    EXPECT_TRUE(shipped.isFreeMailAddress(QStringLiteral("Anna.Nowak@GMAIL.com")));
    EXPECT_TRUE(shipped.isFreeMailAddress(QStringLiteral("ivan@abv.bg.")));
    EXPECT_FALSE(shipped.isFreeMailAddress(QStringLiteral("anna@siemens.com")));
    EXPECT_FALSE(shipped.isFreeMailAddress(QStringLiteral("no-at-sign.gmail.com")));
    EXPECT_FALSE(shipped.isFreeMailAddress(QString()));

    auto lists = std::make_shared<AdminDomainLists>();
    lists->freeMail.insert(QStringLiteral("xn--mller-kva.de")); // müller.de, as admins store it
    lists->allowed.insert(QStringLiteral("gmail.com"));
    const FixedAdminDomainLists admin(lists);
    const EmailValidator withAdmin = EmailValidator().withAdminLists(admin);
    EXPECT_TRUE(withAdmin.isFreeMailAddress(QStringLiteral("hans@müller.de")));
    EXPECT_EQ(withAdmin.isFreeMailAddress(QStringLiteral("anna@gmail.com")),
              withAdmin.check(QStringLiteral("anna@gmail.com")).freeMail);
}

// Stores from before the fix: a lead whose newest silence timer was cancelled by a re-score gets it
// back; a lead whose timer fired, or that still has a pending one, is left as it is.
TEST(ScoringService, Migration024GivesLeadsTheirLostSilenceTimerBack)
{
    Fixture f;
    const auto submit = [&](const char *email) {
        return f.submit({{QStringLiteral("email"), QString::fromLatin1(email)}, {QStringLiteral("employees"), 80}});
    };
    const Id lost = submit("ola@firma.pl");
    const Id fired = submit("jan@firma.pl");
    const Id kept = submit("eva@firma.pl");
    {
        QSqlQuery q(f.store->database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE timers SET state = 'cancelled' WHERE kind = 'scoring.silence' "
                                          "AND lead_id = %1")
                               .arg(lost)));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE timers SET state = 'done' WHERE kind = 'scoring.silence' "
                                          "AND lead_id = %1")
                               .arg(fired)));
        ASSERT_TRUE(test::rewindSchema(f.store->database(), 23));
    }
    QString error;
    ASSERT_TRUE(f.store.reopen(&error)) << error.toStdString();
    const auto stateOf = [&](Id lead) {
        QSqlQuery q(f.store->database().connection());
        q.exec(QStringLiteral("SELECT group_concat(state) FROM timers WHERE kind = 'scoring.silence' AND lead_id = %1")
                   .arg(lead));
        return q.next() ? q.value(0).toString() : QString();
    };
    EXPECT_EQ(stateOf(lost), QStringLiteral("pending"));
    EXPECT_EQ(stateOf(fired), QStringLiteral("done"));
    EXPECT_EQ(stateOf(kept), QStringLiteral("pending"));
}

namespace {

/// Every string in «guillemets»: another language, without shipping one to the tests.
class Guillemets final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
};

} // namespace

// The store keeps a score's explanation in no language: each reader gets it in theirs, and a
// re-score run in another language than the one that scored changes nothing.
TEST(ScoringService, ExplanationsReadInTheLanguageOfTheReader)
{
    Fixture f;
    const Id maria = f.submit(ceoDemoRequest());
    const QString stored = f.store->scores.latest(maria)->result.linesToCompactJson();
    EXPECT_FALSE(stored.contains(QStringLiteral("Form type"))) << stored.toStdString();
    const auto english = f.scoring.explain(AccessScope::system(), maria);
    ASSERT_TRUE(english && english->latest);
    EXPECT_EQ(english->latest->result.lines.first().fact, QStringLiteral("Form type: demo_request"));

    Guillemets other;
    ASSERT_TRUE(QCoreApplication::installTranslator(&other));
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&other); });
    const auto translated = f.scoring.explain(AccessScope::system(), maria);
    ASSERT_TRUE(translated && translated->latest);
    const QString fact = translated->latest->result.lines.first().fact;
    EXPECT_TRUE(fact.startsWith(QStringLiteral("«")) && fact.contains(QStringLiteral("demo_request")))
        << fact.toStdString();

    // Another lead scored in the other language is stored exactly as in English.
    const Id jan = f.submit({{QStringLiteral("email"), QStringLiteral("jan@acme-software.de")},
                             {QStringLiteral("first_name"), QStringLiteral("Jan")},
                             {QStringLiteral("title"), QStringLiteral("CEO")},
                             {QStringLiteral("industry"), QStringLiteral("Software")},
                             {QStringLiteral("employees"), 120},
                             {QStringLiteral("form_type"), QStringLiteral("demo_request")}});
    const QRegularExpression when(QStringLiteral("\"at\":\\d+")); // they came a second apart
    EXPECT_EQ(f.store->scores.latest(jan)->result.linesToCompactJson().remove(when), QString(stored).remove(when));
    RescoreJob every(*f.store, f.clock);
    every.setEveryLead(true);
    const auto done = every.run({}, 10);
    ASSERT_TRUE(done) << done.error().toStdString();
    EXPECT_EQ(done->scored, 2);
    EXPECT_EQ(done->changed, 0) << "a re-score in another language rewrites nothing";
}

// Lines stored before explanations were kept in no language keep their words.
TEST(ScoringService, OlderExplanationsKeepTheirWords)
{
    Fixture f;
    const Id maria = f.submit(ceoDemoRequest());
    QSqlQuery q(f.store->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE lead_scores SET breakdown = '[{\"at\":1,\"axis\":\"fit\",\"fact\":"
                                      "\"Typ formularza: demo_request\",\"name\":\"Demo request\",\"points\":30,"
                                      "\"rule\":\"demo_request\"}]' WHERE lead_id = %1")
                           .arg(maria)));
    const auto why = f.scoring.explain(AccessScope::system(), maria);
    ASSERT_TRUE(why && why->latest);
    ASSERT_EQ(why->latest->result.lines.size(), 1);
    EXPECT_EQ(why->latest->result.lines.first().fact, QStringLiteral("Typ formularza: demo_request"));
}

// The first re-score after the upgrade leaves a breakdown stored with words alone when its words
// are what the rules say now (the same language): no rewrite, no history entry. In another
// language the words differ, and the line is rewritten in the new form.
TEST(ScoringService, AnOlderBreakdownWithTheSameWordsIsNotRewritten)
{
    Fixture f;
    const Id maria = f.submit(ceoDemoRequest());
    auto why = f.scoring.explain(AccessScope::system(), maria);
    ASSERT_TRUE(why && why->latest);
    ScoreResult legacy = why->latest->result; // words given, as the old writer stored them
    for (ScoreLine &line : legacy.lines)
        line.parts.clear();
    QSqlQuery q(f.store->database().connection());
    q.prepare(QStringLiteral("UPDATE lead_scores SET breakdown = ? WHERE lead_id = ?"));
    q.addBindValue(legacy.linesToCompactJson());
    q.addBindValue(maria);
    ASSERT_TRUE(q.exec());
    const qsizetype entries = f.store->scores.history(maria).size();

    const auto rescore = [&] {
        RescoreJob every(*f.store, f.clock);
        every.setEveryLead(true);
        const auto done = every.run({}, 10);
        EXPECT_TRUE(done);
        return done ? done->changed : -1;
    };
    EXPECT_EQ(rescore(), 0);
    EXPECT_EQ(f.store->scores.history(maria).size(), entries);
    EXPECT_FALSE(f.store->scores.latest(maria)->result.lines.first().fact.isEmpty()) << "still the old form";

    Guillemets other;
    ASSERT_TRUE(QCoreApplication::installTranslator(&other));
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&other); });
    EXPECT_EQ(rescore(), 1);
    EXPECT_FALSE(f.store->scores.latest(maria)->result.lines.first().parts.isEmpty()) << "now in the new form";
    EXPECT_EQ(rescore(), 0);
}
