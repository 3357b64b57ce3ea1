#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/Deal.h"
#include "core/domain/Pipeline.h"
#include "core/pipeline/PipelineRules.h"

#include <QCoreApplication>

namespace lr {

class Store;
class TimerService;
struct Timer;
struct User;

/// The pipeline's durable timers (rows of `timers`, fired by TimerService, so a restart loses
/// none). Every stage move (DealService::move) schedules what the rules ask for, in the move's
/// transaction; each handler first checks that the deal is still where it was when the timer was
/// set (payload "entered" = stage_entered_at) and does nothing otherwise:
///
/// - pipeline.ghost_check: open deal not updated for `unchanged_days` and silent (no activity) for
///   `silent_days` → a break-up task for the owner and pipeline.ghost_close in `grace_days`;
///   otherwise checks again when the conditions could first hold.
/// - pipeline.ghost_close: no activity since the break-up → Closed Lost (reason from the rules,
///   through DealService) and the lead to nurture.
/// - pipeline.stale_alert: still in a stage with a stale limit (Negotiation, 30 days) → a task
///   alerting the owner that the probability dropped.
/// - pipeline.lost_check_in: lost for a reason with check-in days → a check-in task then.
/// - pipeline.won_handoff: the hand-off tasks; pipeline.account_review: the review task later.
class PipelineTimers final
{
    Q_DECLARE_TR_FUNCTIONS(lr::PipelineTimers)
    LR_DECLARE_WORDS(lr::PipelineTimers)

public:
    static const QString GhostCheck, GhostClose, StaleAlert, LostCheckIn, WonHandoff, AccountReview;

    PipelineTimers(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// The active rules document, or the defaults when none is stored or it does not parse.
    PipelineRules rules() const;
    /// Saves `rules` as the next version of the document; administrators only.
    Status saveRules(const User &user, const PipelineRules &rules);

    /// Schedules the timers for `deal`, which entered `stage` at `deal.stageEnteredAt`.
    Status scheduleFor(const Deal &deal, const Stage &stage);
    /// At start-up: takes this month's forecast snapshot if none was taken, schedules the next one
    /// (pipeline.forecast_snapshot at the next month boundary), and schedules the ghost-buster and
    /// stale timers of open deals that never got them (demo data, imports); idempotent. Returns
    /// how many deals were looked at.
    Result<int> scheduleMissing();
    /// Schedules pipeline.forecast_snapshot at the start of the next month (once per month).
    Status scheduleForecastSnapshot();

    /// Registers the handlers above with `timers` (the composition root does this once).
    void registerHandlers(TimerService &timers);

private:
    Status scheduleFor(const Deal &deal, const Stage &stage, const PipelineRules &rules);
    Status ghostCheck(const Timer &timer, Instant now);
    Status ghostClose(const Timer &timer, Instant now);
    Status staleAlert(const Timer &timer, Instant now);
    Status taskFromTimer(const Timer &timer, Instant now);
    Status schedule(const QString &kind, const Deal &deal, Instant dueAt, QJsonObject payload = {});

    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
