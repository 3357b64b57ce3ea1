// The metrics dashboard over 1,000,000 leads and 10,000,000 events: the first fold of the event log
// into the metric facts (once, at generation), and a dashboard refresh — every tile, chart and
// table of the Dashboard page (the period, plus the previous period for the trend arrows).
#include "core/common/Clock.h"
#include "core/metrics/MetricsService.h"
#include "core/store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace lr;

namespace {

constexpr Instant kNow = 1795424400000; // 2026-11-23T09:00:00Z
constexpr int kLeads = 1000000;
constexpr int kReps = 19;

void exec(Store &store, const QString &text, const QVariantList &binds = {})
{
    QSqlQuery q(store.database().connection());
    if (!q.prepare(text))
        qFatal("bench: %s\n%s", qPrintable(q.lastError().text()), qPrintable(text));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("bench: %s\n%s", qPrintable(q.lastError().text()), qPrintable(text));
}

/// Deterministic pseudo-random 0..n-1 of lead `i` and a salt, in SQL.
QString pick(int salt, qint64 n)
{
    return QStringLiteral("(((l.id * 2654435761 + %1 * 40503) %% 4294967291) %% %2)")
        .arg(salt)
        .arg(n)
        .replace(QStringLiteral("%%"), QStringLiteral("%"));
}

/// Bulk inserts through INSERT … SELECT over a recursive counter and over the leads, in one
/// transaction with bound parameters: a million leads with their deals and meetings, and ten
/// events per lead on average (lead_created, lead_assigned, first_touch, status changes, page
/// views, e-mail opens and clicks, classification, meetings, SLA breaches, tasks): 10,060,000.
void generate(const QString &path)
{
    QFile::remove(path);
    auto store = Store::open(path);
    if (!store)
        qFatal("cannot create the metrics bench store");
    std::fprintf(stderr, "generating %d leads and ~10M events into %s …\n", kLeads, qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    exec(*store, QStringLiteral("PRAGMA cache_size = -524288"));
    Transaction tx(store->database());
    const Id team = store->teams.create({0, QStringLiteral("Bench"), 0, {}, kNow}).value();
    for (int i = 0; i <= kReps; ++i) {
        User u;
        u.name = QStringLiteral("Rep %1").arg(i, 2, 10, QLatin1Char('0'));
        u.email = QStringLiteral("rep%1@bench.test").arg(i);
        u.role = i == 0 ? Role::Manager : Role::Rep;
        u.teamId = team;
        u.timeZone = QStringLiteral("Europe/Berlin");
        u.createdAt = kNow;
        store->users.create(u);
    }
    const QString year = QString::number(365LL * kDayMs);
    exec(*store,
         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                        "INSERT INTO leads (id, email, email_norm, first_name, last_name, source, status, owner_id, "
                        "utm_campaign, created_at, updated_at) SELECT i, 'p' || i || '@c' || (i % 50000) || "
                        "'.example', 'p' || i || '@c' || (i % 50000) || '.example', 'Anna', 'Lead' || i, "
                        "CASE i % 7 WHEN 0 THEN 'web_form' WHEN 1 THEN 'csv_import' WHEN 2 THEN 'manual' "
                        "WHEN 3 THEN 'chat' WHEN 4 THEN 'referral' WHEN 5 THEN 'event' ELSE 'ads' END, "
                        "CASE WHEN i % 50 = 0 THEN 'new' WHEN i % 10 = 0 THEN 'qualified' ELSE 'attempting' END, "
                        "2 + (i * 31) % ?, 'campaign-' || (i % 12), "
                        "? - ((i * 2654435761) % ") +
             year + QStringLiteral("), ? FROM n"),
         {kLeads, kReps, kNow, kNow});
    std::fprintf(stderr, "  leads: %.1f s\n", timer.elapsed() / 1000.0);
    const QString touch = QStringLiteral("l.created_at + (30 + ") + pick(1, 7200) + QStringLiteral(") * 1000");
    const QString every = QStringLiteral("INSERT INTO events (at, type, lead_id, user_id, payload) SELECT ");
    const QStringList events{
        every + QStringLiteral("l.created_at, 'lead_created', l.id, NULL, '{\"source\":\"' || l.source || '\"}' "
                               "FROM leads l"),
        every + QStringLiteral("l.created_at + 1000, 'lead_assigned', l.id, l.owner_id, '{}' FROM leads l"),
        every + touch +
            QStringLiteral(", 'first_touch', l.id, l.owner_id, '{\"kind\":\"call\"}' FROM leads l "
                           "WHERE l.status <> 'new'"),
        every + touch +
            QStringLiteral(" + 60000, 'lead_status_changed', l.id, l.owner_id, "
                           "'{\"from\":\"new\",\"to\":\"attempting\"}' FROM leads l WHERE l.status <> 'new'"),
        every +
            QStringLiteral("l.created_at - 3600000, 'page_view', l.id, NULL, '{\"url\":\"/pricing\"}' FROM leads l"),
        every + QStringLiteral("l.created_at - 1800000, 'page_view', l.id, NULL, '{\"url\":\"/blog\"}' FROM leads l"),
        every + touch + QStringLiteral(" + 7200000, 'email_open', l.id, NULL, '{}' FROM leads l"),
        every + touch + QStringLiteral(" + 9000000, 'email_open', l.id, NULL, '{}' FROM leads l"),
        every + touch + QStringLiteral(" + 9060000, 'email_click', l.id, NULL, '{}' FROM leads l WHERE l.id % 2 = 0"),
        every + touch +
            QStringLiteral(" + 86400000, 'lead_classified', l.id, NULL, "
                           "CASE WHEN l.id % 10 = 0 THEN '{\"class\":\"sql\"}' ELSE '{\"class\":\"mql\"}' END "
                           "FROM leads l WHERE l.id % 10 < 4"),
        every + touch +
            QStringLiteral(" + 90000000, 'meeting_booked', l.id, l.owner_id, '{}' FROM leads l "
                           "WHERE l.id % 20 < 3"),
        every + touch + QStringLiteral(", 'sla_breached', l.id, l.owner_id, '{}' FROM leads l WHERE l.id % 20 = 7"),
        every + QStringLiteral("l.created_at + 2000, 'task_created', l.id, l.owner_id, '{\"kind\":\"call\"}' "
                               "FROM leads l"),
    };
    for (const QString &statement : events)
        exec(*store, statement);
    std::fprintf(stderr, "  events: %.1f s\n", timer.elapsed() / 1000.0);
    exec(*store,
         QStringLiteral("INSERT INTO meetings (lead_id, owner_id, title, starts_at, ends_at, status, created_at) "
                        "SELECT l.id, l.owner_id, 'Discovery', l.created_at + 2 * 86400000, "
                        "l.created_at + 2 * 86400000 + 1800000, CASE WHEN l.id % 5 = 0 THEN 'no_show' "
                        "ELSE 'held' END, l.created_at + 86400000 FROM leads l WHERE l.id % 20 < 3"));
    // 5 % of leads get a deal: a third won, a third lost, a third open in a middle stage.
    exec(*store,
         QStringLiteral("INSERT INTO deals (pipeline_id, stage_id, lead_id, owner_id, title, value_cents, "
                        "expected_close_at, created_at, updated_at, stage_entered_at, engaged_at, closed_at) "
                        "SELECT 1, CASE l.id % 3 WHEN 0 THEN (SELECT id FROM stages WHERE kind = 'won') "
                        "WHEN 1 THEN (SELECT id FROM stages WHERE kind = 'lost') ELSE "
                        "(SELECT id FROM stages WHERE name = 'Proposal Sent') END, l.id, l.owner_id, "
                        "'Deal ' || l.id, (10 + l.id % 90) * 10000, l.created_at + 40 * 86400000, "
                        "l.created_at + 3 * 86400000, l.created_at + 3 * 86400000, l.created_at + 3 * 86400000, "
                        "l.created_at + 4 * 86400000, CASE WHEN l.id % 3 < 2 THEN min(l.created_at + (10 + "
                        "l.id % 50) * 86400000, ?) ELSE 0 END FROM leads l WHERE l.id % 20 = 1"),
         {kNow - kHourMs});
    exec(*store, QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, user_id, at) "
                                "SELECT d.id, NULL, d.stage_id, d.owner_id, d.created_at FROM deals d"));
    if (!tx.commit())
        qFatal("bench commit failed");
    std::fprintf(stderr, "  deals, meetings: %.1f s\n", timer.elapsed() / 1000.0);
    exec(*store, QStringLiteral("ANALYZE"));
    ManualClock clock(kNow);
    QElapsedTimer fold;
    fold.start();
    const auto folded = MetricsService(*store, clock).refresh();
    if (!folded)
        qFatal("first fold failed: %s", qPrintable(folded.error()));
    std::fprintf(stderr, "  first fold of %lld leads into the metric facts: %.1f s\n",
                 static_cast<long long>(folded.value()), fold.elapsed() / 1000.0);
    std::fprintf(stderr, "generated in %.1f s\n", timer.elapsed() / 1000.0);
}

Store &metricsStore()
{
    static std::unique_ptr<Store> store = [] {
        const QString dir = QStringLiteral(LEADRELAY_BENCH_DATA_DIR);
        QDir().mkpath(dir);
        // The schema version is in the name: a store from an older build is never reused.
        const QString path =
            QStringLiteral("%1/metrics-%2-v%3.db").arg(dir).arg(kLeads).arg(Database::latestSchemaVersion());
        if (!QFile::exists(path + QStringLiteral(".complete"))) {
            generate(path);
            QFile marker(path + QStringLiteral(".complete"));
            marker.open(QIODevice::WriteOnly);
        }
        auto opened = Store::open(path);
        // A store from before the daily aggregates (migration 016) folds everything once more.
        ManualClock clock(kNow);
        QElapsedTimer fold;
        fold.start();
        const auto folded = MetricsService(*opened, clock).refresh();
        if (!folded)
            qFatal("fold failed: %s", qPrintable(folded.error()));
        if (folded.value() > 0)
            std::fprintf(stderr, "folded %lld leads into the facts and daily aggregates: %.1f s\n",
                         static_cast<long long>(folded.value()), fold.elapsed() / 1000.0);
        return opened;
    }();
    return *store;
}

AccessScope manager()
{
    const auto u = metricsStore().users.findByEmail(QStringLiteral("rep0@bench.test"));
    return AccessScope::forUser(*u);
}

/// One dashboard refresh: fold what is new (nothing, after the first load), then the period with
/// every chart and table, and the previous period's KPI figures for the trend arrows.
void refresh(benchmark::State &state, const AccessScope &scope, qint64 days, bool aggregates = true)
{
    ManualClock clock(kNow);
    MetricsService service(metricsStore(), clock);
    service.setUseAggregates(aggregates);
    MetricsFilter filter;
    filter.to = kNow;
    filter.from = kNow - days * kDayMs;
    qint64 leads = 0;
    for (auto _ : state) {
        if (!service.refresh())
            state.SkipWithError("refresh failed");
        const auto current = service.report(scope, filter);
        const auto previous = service.report(scope, filter.previous(), MetricsService::Detail::Kpis);
        if (!current || !previous)
            state.SkipWithError("report failed");
        leads = current ? current->speedToLead.leads : 0;
        benchmark::DoNotOptimize(previous);
    }
    state.counters["leads_in_period"] = static_cast<double>(leads);
}

void BM_DashboardRefreshLast30Days(benchmark::State &state)
{
    refresh(state, AccessScope::system(), 30);
}
BENCHMARK(BM_DashboardRefreshLast30Days)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_DashboardRefreshLast90Days(benchmark::State &state)
{
    refresh(state, AccessScope::system(), 90);
}
BENCHMARK(BM_DashboardRefreshLast90Days)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_DashboardRefreshManagerLast30Days(benchmark::State &state)
{
    refresh(state, manager(), 30);
}
BENCHMARK(BM_DashboardRefreshManagerLast30Days)->Unit(benchmark::kMillisecond)->Iterations(5);

/// The same refresh as BM_DashboardRefreshLast30Days with the lead figures and the queue read from
/// the per-lead facts instead of the daily aggregates (how it was before them).
void BM_DashboardRefreshLast30DaysFromFacts(benchmark::State &state)
{
    refresh(state, AccessScope::system(), 30, false);
}
BENCHMARK(BM_DashboardRefreshLast30DaysFromFacts)->Unit(benchmark::kMillisecond)->Iterations(5);

/// New history since the last refresh: 100 first touches appended, folded, and the dashboard read.
void BM_DashboardRefreshAfter100NewEvents(benchmark::State &state)
{
    ManualClock clock(kNow);
    Store &store = metricsStore();
    MetricsService service(store, clock);
    MetricsFilter filter;
    filter.from = kNow - 30 * kDayMs;
    filter.to = kNow;
    Id lead = 1;
    for (auto _ : state) {
        state.PauseTiming();
        {
            Transaction tx(store.database());
            for (int i = 0; i < 100; ++i) {
                Event e;
                e.type = events::EmailReply;
                e.at = kNow - kHourMs;
                e.leadId = lead++;
                store.events.append(e);
            }
            tx.commit();
        }
        state.ResumeTiming();
        if (!service.refresh() || !service.report(AccessScope::system(), filter))
            state.SkipWithError("refresh failed");
    }
}
BENCHMARK(BM_DashboardRefreshAfter100NewEvents)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
