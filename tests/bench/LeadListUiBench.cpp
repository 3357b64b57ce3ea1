// What a person feels on a 1,000,000-lead store: the lead list model and the main window.
#include "core/common/Clock.h"
#include "tests/bench/BenchStore.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/UserPicker.h"
#include "ui/models/LeadTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace lr;

namespace {

constexpr int kLeads = 1000000;

class NoPicker final : public ui::UserPicker
{
public:
    std::optional<User> pick(const QList<User> &, const QList<Team> &, Id, QWidget *) override { return {}; }
};

Store &store()
{
    static std::unique_ptr<Store> s = bench::openLeadStore(kLeads);
    return *s;
}

User manager()
{
    return *store().users.findByEmail(QStringLiteral("rep0@bench.test")); // the bench team's manager
}

/// A new model over the whole store and its first screen of rows (what the list shows first).
void BM_ModelFirstScreen(benchmark::State &state)
{
    store();
    for (auto _ : state) {
        ui::LeadTableModel model(store(), AccessScope::system());
        for (int row = 0; row < 40; ++row)
            benchmark::DoNotOptimize(model.data(model.index(row, 0)));
    }
}
BENCHMARK(BM_ModelFirstScreen)->Unit(benchmark::kMillisecond);

/// Dragging the scroll bar to the very end: one page read from the far end.
void BM_ModelJumpToEnd(benchmark::State &state)
{
    store();
    for (auto _ : state) {
        state.PauseTiming();
        ui::LeadTableModel model(store(), AccessScope::system());
        state.ResumeTiming();
        const int last = model.rowCount() - 1;
        for (int row = last - 39; row <= last; ++row)
            benchmark::DoNotOptimize(model.data(model.index(row, 0)));
    }
}
BENCHMARK(BM_ModelJumpToEnd)->Unit(benchmark::kMillisecond);

/// Clicking the Created header: re-sort and show the first screen.
void BM_ModelSortByCreated(benchmark::State &state)
{
    ui::LeadTableModel model(store(), AccessScope::system());
    Qt::SortOrder order = Qt::AscendingOrder;
    const int created = static_cast<int>(ui::LeadTableModel::Column::Created);
    for (auto _ : state) {
        model.sort(created, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        for (int row = 0; row < 40; ++row)
            benchmark::DoNotOptimize(model.data(model.index(row, 0)));
    }
}
BENCHMARK(BM_ModelSortByCreated)->Unit(benchmark::kMillisecond);

/// Scrolling the whole list screen by screen in big jumps, then the memory the process holds.
void BM_ModelScrollThroughAndMemory(benchmark::State &state)
{
    for (auto _ : state) {
        ui::LeadTableModel model(store(), AccessScope::system());
        const int rows = model.rowCount();
        for (int row = 0; row < rows; row += rows / 200)
            benchmark::DoNotOptimize(model.data(model.index(row, 0)));
        state.counters["cached_pages"] = model.cachedPageCount();
    }
    state.counters["rss_MiB"] = bench::residentMiB();
}
BENCHMARK(BM_ModelScrollThroughAndMemory)->Unit(benchmark::kMillisecond)->Iterations(3);

/// From opening the store to a painted, interactive main window with the first rows.
void BM_OpenAppToInteractiveWindow(benchmark::State &state)
{
    const QString path = bench::ensureLeadStore(kLeads);
    const User user = manager();
    SystemClock clock;
    NoPicker picker;
    for (auto _ : state) {
        auto s = Store::open(path);
        ui::MainWindow window(*s, clock, picker, user);
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        benchmark::DoNotOptimize(window.grab()); // forces a full paint of the visible rows
        state.PauseTiming();
        window.close();
        QApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["rss_MiB"] = bench::residentMiB();
}
BENCHMARK(BM_OpenAppToInteractiveWindow)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
