// Store-level figures for the lead list over 1,000,000 leads: what a window costs.
#include "tests/bench/BenchStore.h"

#include <benchmark/benchmark.h>

using namespace lr;

namespace {

constexpr int kLeads = 1000000;

Store &store()
{
    static std::unique_ptr<Store> s = bench::openLeadStore(kLeads);
    return *s;
}

void BM_StoreOpen(benchmark::State &state)
{
    const QString path = bench::ensureLeadStore(kLeads);
    for (auto _ : state) {
        auto s = Store::open(path);
        benchmark::DoNotOptimize(s.get());
    }
}
BENCHMARK(BM_StoreOpen)->Unit(benchmark::kMillisecond);

void BM_CountAll(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state)
        benchmark::DoNotOptimize(s.leads.count(AccessScope::system(), {}));
}
BENCHMARK(BM_CountAll)->Unit(benchmark::kMillisecond);

void BM_FirstPageByCreated(benchmark::State &state)
{
    const LeadSort sort{LeadSortKey::CreatedAt, state.range(0) ? Qt::AscendingOrder : Qt::DescendingOrder};
    for (auto _ : state)
        benchmark::DoNotOptimize(store().leads.page(AccessScope::system(), {}, sort, 0, 128));
}
BENCHMARK(BM_FirstPageByCreated)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_PageAtDepth(benchmark::State &state)
{
    // Depth in per mille of the list: 250 = a quarter down, 500 = the middle (worst), 1000 = the end.
    const qint64 offset = std::min<qint64>(kLeads - 128, kLeads * state.range(0) / 1000);
    for (auto _ : state)
        benchmark::DoNotOptimize(store().leads.page(AccessScope::system(), {}, {}, offset, 128, kLeads));
}
BENCHMARK(BM_PageAtDepth)->Arg(250)->Arg(500)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_FirstPageByName(benchmark::State &state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            store().leads.page(AccessScope::system(), {}, {LeadSortKey::Name, Qt::AscendingOrder}, 0, 128));
    }
}
BENCHMARK(BM_FirstPageByName)->Unit(benchmark::kMillisecond);

void BM_RepScopeFirstPage(benchmark::State &state)
{
    const auto rep = store().users.findByEmail(QStringLiteral("rep5@bench.test"));
    const AccessScope scope = AccessScope::forUser(*rep);
    for (auto _ : state) {
        benchmark::DoNotOptimize(store().leads.count(scope, {}));
        benchmark::DoNotOptimize(store().leads.page(scope, {}, {}, 0, 128));
    }
}
BENCHMARK(BM_RepScopeFirstPage)->Unit(benchmark::kMillisecond);

void BM_TextSearch(benchmark::State &state)
{
    LeadFilter filter;
    filter.text = QStringLiteral("kowal");
    for (auto _ : state) {
        benchmark::DoNotOptimize(store().leads.count(AccessScope::system(), filter));
        benchmark::DoNotOptimize(store().leads.page(AccessScope::system(), filter, {}, 0, 128));
    }
}
BENCHMARK(BM_TextSearch)->Unit(benchmark::kMillisecond);

} // namespace
