// The deal board with 10,000 open deals: first paint, and a drop committed and repainted.
#include "core/common/Clock.h"
#include "core/pipeline/BoardFigures.h"
#include "core/pipeline/DealService.h"
#include "core/store/Store.h"
#include "ui/board/BoardColumnModel.h"
#include "ui/board/BoardView.h"
#include "ui/board/ForecastStrip.h"
#include "ui/board/StageColumn.h"
#include "ui/pages/PipelinePage.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace lr;

namespace {

constexpr int kOpenDeals = 10000;
constexpr Instant kNow = 1795424400000; // 2026-11-23T09:00:00Z

struct BoardFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    User manager;
    Pipeline pipeline;
    QList<Id> openStages;
};

/// A store with one team (a manager and ten reps) and kOpenDeals open deals spread over the open
/// stages, built once per process.
BoardFixture &fixture()
{
    static BoardFixture f = [] {
        BoardFixture b;
        b.store = Store::open(QDir(b.dir.path()).filePath(QStringLiteral("board.db")));
        Team team;
        team.name = QStringLiteral("Bench");
        const Id teamId = b.store->teams.create(team).value();
        User m;
        m.name = QStringLiteral("Maja Manager");
        m.email = QStringLiteral("manager@bench.test");
        m.role = Role::Manager;
        m.teamId = teamId;
        m.id = b.store->users.create(m).value();
        b.store->teams.setManager(teamId, m.id);
        b.manager = m;
        QList<Id> reps;
        for (int i = 0; i < 10; ++i) {
            User r;
            r.name = QStringLiteral("Rep %1 Bench").arg(i);
            r.email = QStringLiteral("rep%1@bench.test").arg(i);
            r.role = Role::Rep;
            r.teamId = teamId;
            reps.append(b.store->users.create(r).value());
        }
        b.pipeline = b.store->pipelines.all().value(0);
        for (const Stage &s : b.pipeline.stages) {
            if (s.isOpen())
                b.openStages.append(s.id);
        }
        Transaction tx(b.store->database());
        for (int i = 0; i < kOpenDeals; ++i) {
            Deal d;
            d.pipelineId = b.pipeline.id;
            d.stageId = b.openStages.at(i % b.openStages.size());
            d.ownerId = reps.at(i % reps.size());
            d.title = QStringLiteral("Company %1 – %2 seats").arg(i).arg(5 + i % 90);
            d.valueCents = (5 + i % 90) * 42000;
            d.decisionMaker = QStringLiteral("Decision Maker %1").arg(i);
            d.nextStep = QStringLiteral("Follow up");
            d.createdAt = kNow - (i % 60) * kDayMs;
            d.expectedCloseAt = kNow + (i % 120) * kDayMs;
            b.store->deals.create(d, d.ownerId);
        }
        tx.commit();
        return b;
    }();
    return f;
}

/// A new board page shown and painted for the first time.
void BM_BoardFirstPaint(benchmark::State &state)
{
    BoardFixture &f = fixture();
    ManualClock clock(kNow);
    for (auto _ : state) {
        ui::PipelinePage page(*f.store, clock, f.manager);
        page.resize(1600, 900);
        page.show();
        benchmark::DoNotOptimize(page.grab());
        state.PauseTiming();
        page.hide();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_BoardFirstPaint)->Unit(benchmark::kMillisecond);

/// One drop from the first open stage to the second: the move committed, both columns, totals and
/// forecast updated, and the board painted again.
void BM_BoardDropCommitAndRepaint(benchmark::State &state)
{
    BoardFixture &f = fixture();
    ManualClock clock(kNow);
    ui::PipelinePage page(*f.store, clock, f.manager);
    page.resize(1600, 900);
    page.show();
    page.grab();
    bool forward = true;
    for (auto _ : state) {
        state.PauseTiming();
        const Id from = forward ? f.openStages.at(0) : f.openStages.at(1);
        const Id to = forward ? f.openStages.at(1) : f.openStages.at(0);
        ui::StageColumn *column = page.board()->column(from);
        const Id deal = column->model()->index(0).data(Qt::UserRole + 1).toLongLong();
        state.ResumeTiming();
        const MoveOutcome outcome = page.moveDeal(deal, to);
        benchmark::DoNotOptimize(page.board()->grab());
        if (!outcome.ok())
            state.SkipWithError("move refused");
        forward = !forward;
    }
}
BENCHMARK(BM_BoardDropCommitAndRepaint)->Unit(benchmark::kMillisecond);

/// A drop as the screen sees it: the move committed, the figures patched from the moved deal (no
/// read of the board), and only what changed painted again — the two columns and the forecast.
void BM_BoardDropCommitAndRepaintColumns(benchmark::State &state)
{
    BoardFixture &f = fixture();
    ManualClock clock(kNow);
    ui::PipelinePage page(*f.store, clock, f.manager);
    page.resize(1600, 900);
    page.show();
    page.grab();
    bool forward = true;
    for (auto _ : state) {
        state.PauseTiming();
        const Id from = forward ? f.openStages.at(0) : f.openStages.at(1);
        const Id to = forward ? f.openStages.at(1) : f.openStages.at(0);
        ui::StageColumn *source = page.board()->column(from);
        ui::StageColumn *target = page.board()->column(to);
        const Id deal = source->model()->index(0).data(Qt::UserRole + 1).toLongLong();
        state.ResumeTiming();
        const MoveOutcome outcome = page.moveDeal(deal, to);
        benchmark::DoNotOptimize(source->grab());
        benchmark::DoNotOptimize(target->grab());
        benchmark::DoNotOptimize(page.forecast()->grab());
        if (!outcome.ok())
            state.SkipWithError("move refused");
        forward = !forward;
    }
}
BENCHMARK(BM_BoardDropCommitAndRepaintColumns)->Unit(benchmark::kMillisecond);

/// Painting the whole board once (what a repaint after a drop costs at most).
void BM_BoardRepaint(benchmark::State &state)
{
    BoardFixture &f = fixture();
    ManualClock clock(kNow);
    ui::PipelinePage page(*f.store, clock, f.manager);
    page.resize(1600, 900);
    page.show();
    page.grab();
    for (auto _ : state)
        benchmark::DoNotOptimize(page.board()->grab());
}
BENCHMARK(BM_BoardRepaint)->Unit(benchmark::kMillisecond);

/// The core part of a drop alone: the move committed (transaction, history, event), no UI.
void BM_DealMoveCommit(benchmark::State &state)
{
    BoardFixture &f = fixture();
    ManualClock clock(kNow);
    DealService service(*f.store, clock);
    const AccessScope scope = AccessScope::forUser(f.manager);
    const QList<DealCard> cards = f.store->deals.cards(scope, f.openStages.at(2), 0, 0, 1);
    const Id deal = cards.value(0).deal.id;
    bool forward = true;
    for (auto _ : state) {
        const MoveOutcome outcome = service.move(scope, deal, forward ? f.openStages.at(3) : f.openStages.at(2));
        if (!outcome.ok())
            state.SkipWithError("move refused");
        forward = !forward;
    }
}
BENCHMARK(BM_DealMoveCommit)->Unit(benchmark::kMillisecond);

/// Column totals and the forecast of 10,000 open deals (one query and the arithmetic).
void BM_BoardFigures(benchmark::State &state)
{
    BoardFixture &f = fixture();
    ManualClock clock(kNow);
    DealService service(*f.store, clock);
    const AccessScope scope = AccessScope::forUser(f.manager);
    for (auto _ : state) {
        const QList<DealFigures> figures = f.store->deals.figures(scope, f.pipeline.id, 0);
        benchmark::DoNotOptimize(service.totalsOf(figures, f.pipeline));
        benchmark::DoNotOptimize(service.forecastOf(figures, f.pipeline));
    }
}
BENCHMARK(BM_BoardFigures)->Unit(benchmark::kMillisecond);

/// The figures after a move, patched from the moved deal: two stage totals and the forecast.
void BM_BoardFiguresAfterMove(benchmark::State &state)
{
    BoardFixture &f = fixture();
    ManualClock clock(kNow);
    DealService service(*f.store, clock);
    const AccessScope scope = AccessScope::forUser(f.manager);
    BoardFigures figures(service);
    figures.reset(f.store->deals.figures(scope, f.pipeline.id, 0), f.pipeline, clock.now());
    DealFigures moved = figures.deals().first();
    bool forward = true;
    for (auto _ : state) {
        moved.stageId = forward ? f.openStages.at(1) : f.openStages.at(0);
        moved.stageEnteredAt = clock.now();
        if (!figures.update(moved, clock.now()))
            state.SkipWithError("figures not patched");
        benchmark::DoNotOptimize(figures.totals(f.openStages.at(0)));
        benchmark::DoNotOptimize(figures.totals(f.openStages.at(1)));
        benchmark::DoNotOptimize(figures.forecast());
        forward = !forward;
    }
}
BENCHMARK(BM_BoardFiguresAfterMove)->Unit(benchmark::kMillisecond);

} // namespace
