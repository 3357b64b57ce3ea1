#include "core/scoring/RescoreJob.h"
#include "core/domain/User.h"
#include "core/intake/IntakeProcessor.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    User admin;

    Fixture()
    {
        admin.name = QStringLiteral("Alex Admin");
        admin.email = QStringLiteral("alex@leadrelay.test");
        admin.role = Role::Admin;
        admin.createdAt = test::kTestStart;
        admin.id = store->users.create(admin).value();
        IntakeProcessor intake(*store, clock);
        for (int i = 0; i < 7; ++i) {
            clock.advance(kSecondMs);
            intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("web"),
                          {{QStringLiteral("email"), QStringLiteral("p%1@firma%1.de").arg(i)},
                           {QStringLiteral("employees"), i < 3 ? 100 : 1000}});
        }
    }
    int scoreOf(int i)
    {
        const Id id = store->leads.findIdByEmailKey(QStringLiteral("p%1@firma%1.de").arg(i));
        return store->leads.find(AccessScope::system(), id)->score;
    }
};

} // namespace

TEST(RescoreJob, ANewRuleVersionRescoresEveryLeadAndRecordsIt)
{
    Fixture f;
    EXPECT_EQ(f.scoreOf(0), 15);
    EXPECT_EQ(f.scoreOf(5), 0);
    ScoringConfig config = ScoringConfig::defaults();
    config.rules[2].when.conditions[0].max = 5000; // company size 50–5000 now
    ScoringService scoring(*f.store, f.clock);
    ASSERT_TRUE(scoring.saveRules(f.admin, config));
    QList<RescoreProgress> seen;
    const auto done = RescoreJob(*f.store, f.clock)
                          .run(
                              [&](const RescoreProgress &p) {
                                  seen.append(p);
                                  return true;
                              },
                              3);
    ASSERT_TRUE(done) << done.error().toStdString();
    EXPECT_EQ(done->done, 7);
    EXPECT_EQ(done->total, 7);
    EXPECT_EQ(done->changed, 4);
    EXPECT_EQ(done->rulesVersion, 2);
    ASSERT_EQ(seen.size(), 3); // batches of 3, 3, 1
    EXPECT_EQ(seen.at(0).done, 3);
    EXPECT_EQ(seen.at(2).done, 7);
    EXPECT_TRUE(done->everyLead); // a condition changed: any lead may fire the rule now
    EXPECT_EQ(f.scoreOf(5), 15);
    const Id unchanged = f.store->leads.findIdByEmailKey(QStringLiteral("p0@firma0.de"));
    EXPECT_EQ(f.store->scores.history(unchanged).size(), 1); // no new entry when nothing changed
    EXPECT_EQ(f.store->events.countOfType(QStringLiteral("leads_rescored")), 1);
}

TEST(RescoreJob, StopsWhenAskedAndKeepsWhatItDid)
{
    Fixture f;
    RescoreJob job(*f.store, f.clock);
    job.setEveryLead(true);
    const auto done = job.run([](const RescoreProgress &) { return false; }, 2);
    ASSERT_TRUE(done);
    EXPECT_EQ(done->done, 2);
    // Nothing changed in the rules: a run that reads only what a change affects reads no lead,
    // and reports once that it went through all of them.
    QList<qint64> reports;
    const auto nothing = RescoreJob(*f.store, f.clock).run([&reports](const RescoreProgress &p) {
        reports.append(p.done);
        return true;
    });
    EXPECT_EQ(reports, QList<qint64>{7});
    ASSERT_TRUE(nothing);
    EXPECT_EQ(nothing->scored, 0);
    EXPECT_EQ(nothing->done, 7);
}

TEST(BackgroundRescore, RunsOnAWorkerThreadWithItsOwnConnection)
{
    Fixture f;
    ScoringConfig config = ScoringConfig::defaults();
    config.rules[2].points = 30;
    ASSERT_TRUE(ScoringService(*f.store, f.clock).saveRules(f.admin, config));
    BackgroundRescore job(f.store.path(), f.clock);
    qint64 lastDone = -1;
    QString error = QStringLiteral("not finished");
    qint64 changed = 0;
    QObject context;
    QObject::connect(&job, &BackgroundRescore::progress, &context, [&](qint64 done, qint64) { lastDone = done; });
    QObject::connect(&job, &BackgroundRescore::finished, &context, [&](qint64, qint64 c, int, const QString &e) {
        changed = c;
        error = e;
    });
    ASSERT_TRUE(job.start());
    job.wait();
    QCoreApplication::processEvents();
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(lastDone, 7);
    EXPECT_EQ(changed, 3);
    EXPECT_EQ(f.scoreOf(1), 30);
}

TEST(RescoreJob, IsDueWhileARunLeftTheActiveRulesUnapplied)
{
    Fixture f;
    EXPECT_FALSE(RescoreJob::isDue(*f.store)) << "every score is at the shipped version";
    EXPECT_EQ(f.store->settings.value(RescoreJob::appliedVersionKey()), QStringLiteral("1")) << "remembered";
    ScoringConfig config = ScoringConfig::defaults();
    config.rules[2].points = 30; // company size
    ASSERT_TRUE(ScoringService(*f.store, f.clock).saveRules(f.admin, config));
    EXPECT_TRUE(RescoreJob::isDue(*f.store));
    // The app closes during the run: still due, and the next run finishes it.
    ASSERT_TRUE(RescoreJob(*f.store, f.clock).run([](const RescoreProgress &) { return false; }, 1));
    EXPECT_TRUE(RescoreJob::isDue(*f.store));
    EXPECT_EQ(f.scoreOf(2), 15);
    ASSERT_TRUE(RescoreJob(*f.store, f.clock).run());
    EXPECT_FALSE(RescoreJob::isDue(*f.store));
    EXPECT_EQ(f.scoreOf(2), 30);
    // A store from before the setting, whose history still holds scores of an older version.
    QSqlQuery q(f.store->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM settings WHERE key = '%1'").arg(RescoreJob::appliedVersionKey())));
    EXPECT_TRUE(RescoreJob::isDue(*f.store)) << "the unchanged leads' newest scores are from version 1";
}
