#include "core/timers/TimerService.h"
#include "core/store/Store.h"
#include "core/timers/TimerTicker.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace lr;

namespace {

const QString kPing = QStringLiteral("test.ping");

/// A handler whose effect is an event in the store, so "exactly once" is countable.
TimerService::Handler recordingHandler(Store &store, QStringList *order = nullptr)
{
    return [&store, order](const Timer &t, Instant now) -> Status {
        if (order)
            order->append(t.payload.value(QStringLiteral("name")).toString());
        Event e;
        e.at = now;
        e.type = QStringLiteral("pinged");
        e.leadId = t.leadId;
        e.payload = {{QStringLiteral("timer"), t.id},
                     {QStringLiteral("name"), t.payload.value(QStringLiteral("name"))}};
        const Result<Id> id = store.events.append(e);
        return id ? Status() : Status::failure(id.error());
    };
}

qint64 effectsOf(Store &store, Id timerId)
{
    QSqlQuery q(store.database().connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM events WHERE type = 'pinged' AND json_extract(payload, '$.timer') = ?"));
    q.addBindValue(timerId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QJsonObject named(const QString &name)
{
    return {{QStringLiteral("name"), name}};
}

} // namespace

TEST(TimerService, FiresDueTimersInDueOrderExactlyOnce)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    TimerService timers(*store, clock);
    QStringList order;
    timers.registerHandler(kPing, recordingHandler(*store, &order));
    const Instant t0 = test::kTestStart;
    ASSERT_TRUE(timers.schedule(kPing, {}, t0 + 3 * kMinuteMs, named(QStringLiteral("c"))));
    ASSERT_TRUE(timers.schedule(kPing, {}, t0 + 1 * kMinuteMs, named(QStringLiteral("a"))));
    ASSERT_TRUE(timers.schedule(kPing, {}, t0 + 2 * kMinuteMs, named(QStringLiteral("b"))));
    ASSERT_TRUE(timers.schedule(kPing, {}, t0 + 10 * kMinuteMs, named(QStringLiteral("later"))));

    EXPECT_EQ(timers.fireDue(t0).fired, 0);
    const FireReport report = timers.fireDue(t0 + 5 * kMinuteMs);
    EXPECT_EQ(report.fired, 3);
    EXPECT_EQ(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(timers.fireDue(t0 + 5 * kMinuteMs).fired, 0);
    EXPECT_EQ(store->events.countOfType(QStringLiteral("pinged")), 3);
    EXPECT_EQ(timers.nextDueAt(), t0 + 10 * kMinuteMs);
    EXPECT_EQ(timers.repository().pendingCount(), 1);
}

TEST(TimerService, SchedulingTheSameKeyTwiceKeepsOneRow)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    TimerService timers(*store, clock);
    const Result<Id> first = timers.schedule(kPing, {0, 0}, test::kTestStart + kMinuteMs, {}, QStringLiteral("k1"));
    const Result<Id> again = timers.schedule(kPing, {0, 0}, test::kTestStart + kHourMs, {}, QStringLiteral("k1"));
    ASSERT_TRUE(first && again);
    EXPECT_EQ(first.value(), again.value());
    EXPECT_EQ(timers.repository().byId(first.value())->dueAt, test::kTestStart + kMinuteMs);
    // The default key is kind:lead:deal:due, so an identical schedule is also a no-op.
    const Result<Id> a = timers.schedule(kPing, {0, 0}, test::kTestStart + 2 * kMinuteMs);
    const Result<Id> b = timers.schedule(kPing, {0, 0}, test::kTestStart + 2 * kMinuteMs);
    EXPECT_EQ(a.value(), b.value());
    EXPECT_EQ(timers.repository().pendingCount(), 2);
    EXPECT_FALSE(timers.schedule(QString(), {}, 0));
}

TEST(TimerService, CancelledTimersNeverFire)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    TimerService timers(*store, clock);
    timers.registerHandler(kPing, recordingHandler(*store));
    const Id one = timers.schedule(kPing, {}, test::kTestStart + kMinuteMs, named(QStringLiteral("one"))).value();
    ASSERT_TRUE(timers.schedule(QStringLiteral("test.other"), {}, test::kTestStart + kMinuteMs));
    ASSERT_TRUE(timers.cancel(one));
    EXPECT_EQ(timers.fireDue(test::kTestStart + kHourMs).fired, 0);
    EXPECT_EQ(timers.repository().byId(one)->state, Timer::State::Cancelled);
    // A kind nobody handles stays pending for whoever registers it.
    EXPECT_EQ(timers.repository().pendingCount(), 1);
}

TEST(TimerService, CancelsALeadsTimersByKindPrefix)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    TimerService timers(*store, clock);
    timers.registerHandler(QStringLiteral("sla.nudge"), recordingHandler(*store));
    timers.registerHandler(QStringLiteral("sla.alert"), recordingHandler(*store));
    timers.registerHandler(kPing, recordingHandler(*store));
    ASSERT_TRUE(timers.schedule(QStringLiteral("sla.nudge"), {0, 0}, test::kTestStart + 1));
    ASSERT_TRUE(timers.schedule(QStringLiteral("sla.alert"), {0, 0}, test::kTestStart + 2));
    ASSERT_TRUE(timers.schedule(kPing, {0, 0}, test::kTestStart + 3));
    // Lead 0 is "no lead"; use a fake id without a foreign key (timers.lead_id has none).
    ASSERT_TRUE(timers.schedule(QStringLiteral("sla.nudge"), {77, 0}, test::kTestStart + 1));
    ASSERT_TRUE(timers.schedule(QStringLiteral("sla.alert"), {77, 0}, test::kTestStart + 2));
    ASSERT_TRUE(timers.schedule(kPing, {77, 0}, test::kTestStart + 3));
    EXPECT_EQ(timers.cancelForLead(77, QStringLiteral("sla.")).value(), 2);
    const FireReport report = timers.fireDue(test::kTestStart + kHourMs);
    EXPECT_EQ(report.fired, 4);
    EXPECT_EQ(report.firedLeads, QList<Id>{77});
}

TEST(TimerService, AFailingHandlerRollsBackItsEffectsAndRetriesWithBackoff)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    TimerService timers(*store, clock);
    int calls = 0;
    timers.registerHandler(kPing, [&](const Timer &t, Instant now) -> Status {
        ++calls;
        Event e;
        e.at = now;
        e.type = QStringLiteral("pinged");
        e.payload = {{QStringLiteral("timer"), t.id}};
        store->events.append(e);
        return calls < 3 ? Status::failure(QStringLiteral("endpoint down")) : Status();
    });
    const Id id = timers.schedule(kPing, {}, test::kTestStart).value();
    FireReport first = timers.fireDue(test::kTestStart);
    EXPECT_EQ(first.failed, 1);
    EXPECT_EQ(effectsOf(*store, id), 0); // rolled back with the failure
    EXPECT_EQ(timers.repository().byId(id)->attempts, 1);
    EXPECT_EQ(timers.repository().byId(id)->dueAt, test::kTestStart + kMinuteMs);
    EXPECT_EQ(timers.fireDue(test::kTestStart + 30 * kSecondMs).failed, 0); // not yet due again
    EXPECT_EQ(timers.fireDue(test::kTestStart + kMinuteMs).failed, 1);
    EXPECT_EQ(timers.repository().byId(id)->dueAt, test::kTestStart + 3 * kMinuteMs); // 1 min, then 2 min
    EXPECT_EQ(timers.fireDue(test::kTestStart + 3 * kMinuteMs).fired, 1);
    EXPECT_EQ(effectsOf(*store, id), 1);
    EXPECT_EQ(timers.repository().byId(id)->state, Timer::State::Done);
}

TEST(TimerService, GivesUpAfterMaxAttemptsAndLogsIt)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    TimerService timers(*store, clock);
    timers.registerHandler(kPing, [](const Timer &, Instant) { return Status::failure(QStringLiteral("no")); });
    const Id id = timers.schedule(kPing, {}, test::kTestStart).value();
    for (int i = 0; i < TimerService::kMaxAttempts; ++i)
        timers.fireDue(test::kTestStart + 10 * kDayMs * (i + 1));
    EXPECT_EQ(timers.repository().byId(id)->state, Timer::State::Cancelled);
    EXPECT_EQ(store->events.countOfType(QStringLiteral("timer_failed")), 1);
}

TEST(TimerService, HandlersMayScheduleAndCancelOtherTimersWhileFiring)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    TimerService timers(*store, clock);
    QStringList order;
    const Id victim = timers.schedule(kPing, {}, test::kTestStart + 2, named(QStringLiteral("victim"))).value();
    timers.registerHandler(kPing, [&](const Timer &t, Instant) -> Status {
        const QString name = t.payload.value(QStringLiteral("name")).toString();
        order.append(name);
        if (name == QLatin1String("first")) {
            timers.cancel(victim);
            // Already due: fires in the same fireDue call, after the rows before it.
            timers.schedule(kPing, {}, test::kTestStart + 3, named(QStringLiteral("child")));
        }
        return Status();
    });
    ASSERT_TRUE(timers.schedule(kPing, {}, test::kTestStart + 1, named(QStringLiteral("first"))));
    EXPECT_EQ(timers.fireDue(test::kTestStart + kMinuteMs).fired, 2);
    EXPECT_EQ(order, (QStringList{QStringLiteral("first"), QStringLiteral("child")}));
}

TEST(TimerService, AReopenedStoreFiresOverdueTimersOnceInOrder)
{
    test::TempStore store;
    QString path = store.path();
    {
        ManualClock clock(test::kTestStart);
        TimerService timers(*store, clock);
        for (int i = 5; i >= 1; --i)
            ASSERT_TRUE(timers.schedule(kPing, {}, test::kTestStart + i * kMinuteMs, named(QString::number(i))));
    }
    store.close();
    // "Restart" an hour later: every timer is overdue.
    std::unique_ptr<Store> reopened = Store::open(path);
    ASSERT_TRUE(reopened);
    ManualClock later(test::kTestStart + kHourMs);
    TimerService timers(*reopened, later);
    QStringList order;
    timers.registerHandler(kPing, recordingHandler(*reopened, &order));
    TimerTicker ticker(timers);
    ticker.start(); // the first tick runs at start
    ticker.stop();
    EXPECT_EQ(order, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                  QStringLiteral("5")}));
    EXPECT_EQ(timers.tick().fired, 0);
    EXPECT_EQ(reopened->events.countOfType(QStringLiteral("pinged")), 5);
}

TEST(TimerService, KillNineWhileFiringLosesNoTimerAndRepeatsNoEffect)
{
    test::TempStore store;
    const QString path = store.path();
    QList<Id> ids;
    {
        ManualClock clock(test::kTestStart);
        TimerService timers(*store, clock);
        for (int i = 0; i < 1200; ++i)
            ids.append(timers.schedule(kPing, {}, test::kTestStart + i, named(QString::number(i))).value());
    }
    store.close();

    const pid_t child = fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        // The child fires the first batches, then dies with SIGKILL in the middle of one.
        std::unique_ptr<Store> s = Store::open(path);
        ManualClock clock(test::kTestStart + kHourMs);
        TimerService timers(*s, clock);
        int count = 0;
        const TimerService::Handler record = recordingHandler(*s);
        timers.registerHandler(kPing, [&](const Timer &t, Instant now) {
            if (++count == 700)
                raise(SIGKILL);
            return record(t, now);
        });
        timers.tick();
        _exit(0);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));
    ASSERT_EQ(WTERMSIG(status), SIGKILL);

    std::unique_ptr<Store> reopened = Store::open(path);
    ASSERT_TRUE(reopened);
    // The first batch committed before the kill; the second rolled back as a whole.
    EXPECT_EQ(reopened->events.countOfType(QStringLiteral("pinged")), 500);
    ManualClock clock(test::kTestStart + kHourMs);
    TimerService timers(*reopened, clock);
    timers.registerHandler(kPing, recordingHandler(*reopened));
    EXPECT_EQ(timers.tick().fired, 700);
    for (const Id id : ids)
        ASSERT_EQ(effectsOf(*reopened, id), 1) << "timer " << id;
    EXPECT_EQ(timers.repository().pendingCount(), 0);
}

TEST(TimerService, OneFailureInABatchKeepsTheOthersOnceAndRunsTheFailingHandlerOnce)
{
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    TimerService timers(*store, clock);
    QList<Id> ids;
    QHash<Id, int> calls;
    timers.registerHandler(kPing, [&](const Timer &t, Instant now) -> Status {
        ++calls[t.id];
        Event e;
        e.at = now;
        e.type = QStringLiteral("pinged");
        e.payload = {{QStringLiteral("timer"), t.id}};
        store->events.append(e);
        return t.id == ids.at(2) ? Status::failure(QStringLiteral("endpoint down")) : Status();
    });
    for (int i = 0; i < 5; ++i)
        ids.append(timers.schedule(kPing, {}, test::kTestStart + i).value());
    const FireReport report = timers.fireDue(test::kTestStart + kSecondMs);
    EXPECT_EQ(report.fired, 4);
    EXPECT_EQ(report.failed, 1);
    EXPECT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(calls.value(ids.at(2)), 1); // a failing handler is not retried within the same call
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(effectsOf(*store, ids.at(i)), i == 2 ? 0 : 1) << i; // the others' effects, once each
        EXPECT_EQ(timers.repository().byId(ids.at(i))->state, i == 2 ? Timer::State::Pending : Timer::State::Done) << i;
    }
    EXPECT_EQ(timers.repository().byId(ids.at(2))->attempts, 1);
}

TEST(TimerService, TheRebuiltTimersTableKeepsItsRowsIndexesAndStateRule)
{
    // Migration 018 rebuilds the table (the state CHECK as comparisons): run it over a stored timer.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timers.db"));
    Id id = 0;
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store);
        ManualClock clock(1000);
        TimerService timers(*store, clock);
        id = timers.schedule(kPing, {0, 0}, 2000, {{QStringLiteral("name"), QStringLiteral("kept")}}).value();
        // As a store from before migration 018 was.
        ASSERT_TRUE(test::rewindSchema(store->database(), 17));
    }
    auto store = Store::open(path);
    ASSERT_TRUE(store);
    ManualClock clock(3000);
    TimerService timers(*store, clock);
    const std::optional<Timer> kept = timers.repository().byId(id);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->dueAt, 2000);
    EXPECT_EQ(kept->state, Timer::State::Pending);
    EXPECT_EQ(kept->payload.value(QStringLiteral("name")).toString(), QStringLiteral("kept"));
    QSqlQuery q(store->database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE timers SET state = 'fired' WHERE id = %1").arg(id)));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'timers' "
                                      "AND sql IS NOT NULL ORDER BY name")));
    QStringList indexes;
    while (q.next())
        indexes.append(q.value(0).toString());
    EXPECT_EQ(indexes, QStringList({QStringLiteral("timers_deal_state"), QStringLiteral("timers_due"),
                                    QStringLiteral("timers_lead")}));
    // Migration 022: due times are indexed for pending timers only, and "what is due" reads through it.
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM timers WHERE state = 'pending' "
                                      "AND due_at <= 5 AND kind IN ('a', 'b') ORDER BY due_at, id LIMIT 10")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(plan.contains(QStringLiteral("USING INDEX timers_due"))) << plan.toStdString();
    EXPECT_FALSE(plan.contains(QStringLiteral("TEMP B-TREE"))) << plan.toStdString();
    QStringList order;
    timers.registerHandler(kPing, recordingHandler(*store, &order));
    EXPECT_EQ(timers.fireDue(clock.now()).fired, 1);
    EXPECT_EQ(order, QStringList{QStringLiteral("kept")});
}
