// Route and respond: a lead's arrival to owner + task + SLA timers, the catch-up of 100,000 due
// ladder timers after a restart, and the app idling with 10,000 running SLA clocks.
#include "core/common/Clock.h"
#include "core/routing/LeadDispatcher.h"
#include "core/store/SlaRepository.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"
#include "core/store/WalCheckpointer.h"
#include "core/timers/TimerService.h"
#include "core/timers/TimerTicker.h"
#include "ui/models/InboxModel.h"
#include "ui/pages/InboxPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

#include <benchmark/benchmark.h>

using namespace lr;

namespace {

constexpr Instant kNow = 1795424400000; // 2026-11-23T09:00:00Z

struct Org
{
    Id manager = 0;
    QList<Id> reps;
};

/// Two teams (DE/AT/CH and PL/BG), a manager each and twenty reps, an admin; capacity out of reach.
Org createOrg(Store &store)
{
    Org org;
    const QStringList territories[] = {{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")},
                                       {QStringLiteral("PL"), QStringLiteral("BG")}};
    for (int t = 0; t < 2; ++t) {
        Team team;
        team.name = t == 0 ? QStringLiteral("DACH") : QStringLiteral("East");
        team.territories = territories[t];
        const Id teamId = store.teams.create(team).value();
        User manager;
        manager.name = QStringLiteral("Manager %1").arg(t);
        manager.email = QStringLiteral("manager%1@bench.test").arg(t);
        manager.role = Role::Manager;
        manager.teamId = teamId;
        const Id managerId = store.users.create(manager).value();
        (void)store.teams.setManager(teamId, managerId);
        if (t == 0)
            org.manager = managerId;
        for (int r = 0; r < 10; ++r) {
            User rep;
            rep.name = QStringLiteral("Rep %1-%2").arg(t).arg(r);
            rep.email = QStringLiteral("rep%1-%2@bench.test").arg(t).arg(r);
            rep.teamId = teamId;
            rep.territories = territories[t];
            rep.languages = {QStringLiteral("en")};
            rep.capacity = 1000000;
            rep.workDays = 0x7f;
            rep.workStartMinute = 0;
            rep.workEndMinute = 24 * 60;
            org.reps.append(store.users.create(rep).value());
        }
    }
    User admin;
    admin.name = QStringLiteral("Admin");
    admin.email = QStringLiteral("admin@bench.test");
    admin.role = Role::Admin;
    (void)store.users.create(admin);
    return org;
}

Lead makeLead(int i, Instant at)
{
    static const QString countries[] = {QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("PL"),
                                        QStringLiteral("BG")};
    Lead l;
    l.email = QStringLiteral("lead%1@firma%2.de").arg(i).arg(i % 997);
    l.emailKey = l.email;
    l.firstName = QStringLiteral("Lead");
    l.lastName = QString::number(i);
    l.country = countries[i % 4];
    l.language = QStringLiteral("en");
    l.scoreClass = i % 3 == 0 ? QStringLiteral("sql") : QStringLiteral("mql");
    l.score = i % 3 == 0 ? 40 : 20;
    l.createdAt = l.updatedAt = l.submittedAt = at;
    return l;
}

/// Leads owned round robin by the reps, each with a running 5-minute SLA clock started at `at`,
/// written straight through the repositories (what a day of arrivals leaves behind). With
/// `ladder`, each clock's nudge and manager alert are pending timers (due at `at` + 2.5 / 5 min).
void seedClocks(Store &store, const Org &org, int count, Instant at, bool ladder)
{
    Transaction tx(store.database());
    SlaRepository sla(store.database());
    ManualClock clock(at);
    TimerService timers(store, clock);
    for (int i = 0; i < count; ++i) {
        Lead l = makeLead(i, at - i);
        l.ownerId = org.reps.at(i % org.reps.size());
        const Id id = store.leads.create(l).value();
        SlaClock c;
        c.leadId = id;
        c.policy = QStringLiteral("hot");
        c.ownerId = l.ownerId;
        c.startedAt = at;
        c.targetMs = 5 * kMinuteMs;
        c.nudgeAt = at + c.targetMs / 2;
        c.dueAt = at + c.targetMs;
        c.reassignAt = at + c.targetMs * 3 / 2;
        const SlaClock stored = sla.start(c).value();
        if (!ladder)
            continue;
        const QJsonObject payload{{QStringLiteral("generation"), stored.generation},
                                  {QStringLiteral("policy"), stored.policy}};
        (void)timers.schedule(LeadDispatcher::kNudge, {id, 0}, stored.nudgeAt, payload, QStringLiteral("n:%1").arg(id));
        (void)timers.schedule(LeadDispatcher::kAlert, {id, 0}, stored.dueAt, payload, QStringLiteral("a:%1").arg(id));
    }
    (void)tx.commit();
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// (a) A lead arrives: route it, give it its call task, start the clock and its three ladder
/// timers, log the events and the notification — one committed transaction per lead.
void BM_LeadArrivalToOwnerTaskAndTimers(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = Store::open(QDir(dir.path()).filePath(QStringLiteral("arrival.db")));
    // As in the app and the intake server: the log is checkpointed on a thread of its own.
    const WalCheckpointer checkpointer(store->database());
    const Org org = createOrg(*store);
    ManualClock clock(kNow);
    std::vector<double> micros;
    int i = 0;
    for (auto _ : state) {
        const Id id = store->leads.create(makeLead(i++, clock.now())).value();
        QElapsedTimer t;
        t.start();
        const Result<DispatchResult> r = LeadDispatcher(*store, clock).dispatchNew(id);
        const qint64 ns = t.nsecsElapsed();
        if (!r || !r->clock) {
            state.SkipWithError("dispatch failed");
            break;
        }
        micros.push_back(ns / 1000.0);
        state.SetIterationTime(ns / 1e9);
        clock.advance(kSecondMs);
    }
    std::sort(micros.begin(), micros.end());
    if (!micros.empty()) {
        state.counters["p50_us"] = micros.at(micros.size() / 2);
        state.counters["p99_us"] = micros.at(std::min(micros.size() - 1, micros.size() * 99 / 100));
        state.counters["max_us"] = micros.back();
    }
}
BENCHMARK(BM_LeadArrivalToOwnerTaskAndTimers)->UseManualTime()->Iterations(3000)->Unit(benchmark::kMicrosecond);

/// (b) The app was down for an hour: 50,000 running clocks with 100,000 overdue ladder steps
/// (nudges and manager alerts). A fresh process opens the store and catches up.
void BM_RestartFiresHundredThousandDueTimers(benchmark::State &state)
{
    constexpr int kClocks = 50000;
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("restart.db"));
    const QString seedPath = path + QStringLiteral(".seed");
    {
        auto store = Store::open(seedPath);
        const Org org = createOrg(*store);
        seedClocks(*store, org, kClocks, kNow - kHourMs, true);
    }
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(path);
        QFile::copy(seedPath, path);
        state.ResumeTiming();
        auto store = Store::open(path);                        // "restart": a new process opens the file
        const WalCheckpointer checkpointer(store->database()); // as the app does
        ManualClock clock(kNow);
        TimerService timers(*store, clock);
        LeadDispatcher::registerTimerHandlers(timers, *store, clock);
        int fired = 0;
        while (true) {
            const FireReport r = timers.tick();
            fired += r.fired;
            if (!r.error.isEmpty() || r.fired + r.failed == 0)
                break;
        }
        state.counters["fired"] = fired;
    }
}
BENCHMARK(BM_RestartFiresHundredThousandDueTimers)->Iterations(1)->Unit(benchmark::kMillisecond);

/// (c) The app idles with 10,000 running SLA clocks: the Inbox page is shown (offscreen) with its
/// shared one-second countdown timer, and the timer ticker polls the store once a second, as in
/// the app. CPU time of the process over 10 s of wall time, as a share of one core.
void BM_IdleInboxWithTenThousandClocks(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = Store::open(QDir(dir.path()).filePath(QStringLiteral("idle.db")));
    const Org org = createOrg(*store);
    seedClocks(*store, org, 10000, kNow - kMinuteMs, false);
    SystemClock system;
    // Clocks started a minute before the real now, so the countdowns really move.
    const qint64 shift = system.now() - kNow;
    class ShiftedClock final : public Clock
    {
    public:
        explicit ShiftedClock(qint64 shift) : m_shift(shift) {}
        Instant now() const override { return m_system.now() - m_shift; }

    private:
        SystemClock m_system;
        qint64 m_shift;
    } clock(shift);
    const User manager = *store->users.find(org.manager);
    ui::InboxPage page(*store, clock, manager);
    page.resize(1280, 800);
    page.show();
    TimerService timers(*store, clock);
    LeadDispatcher::registerTimerHandlers(timers, *store, clock);
    TimerTicker ticker(timers);
    ticker.start();
    QApplication::processEvents();
    const int seconds = static_cast<int>(state.range(0));
    for (auto _ : state) {
        const double cpu0 = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        const double cpu = cpuSeconds() - cpu0;
        state.counters["cpu_percent"] = 100.0 * cpu / (wall.nsecsElapsed() / 1e9);
        state.counters["inbox_rows"] = page.model()->rowCount();
    }
}
BENCHMARK(BM_IdleInboxWithTenThousandClocks)->Arg(10)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
