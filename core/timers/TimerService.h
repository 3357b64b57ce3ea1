#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Timer.h"
#include "core/store/TimerRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace lr {

class Store;

/// What a timer is about: a lead, a deal, or neither.
struct TimerSubject
{
    Id leadId = 0;
    Id dealId = 0;
};

/// What one fireDue() call did.
struct FireReport
{
    int fired = 0;        ///< Handlers that succeeded; their rows are done.
    int failed = 0;       ///< Handlers that failed; their effects were rolled back, they retry later.
    QList<Id> firedLeads; ///< Lead ids touched by fired timers (for views to refresh), in firing order.
    QString error;        ///< Set when the store refused (locked, disk full); nothing after it fired.
};

/// The durable timer service: SLA ladder steps, scoring's "ghosted 14 days", pipeline check-ins,
/// cadence waits. Timers are rows of the `timers` table, so a restart or `kill -9` loses none and
/// overdue ones fire at the next tick, in due order, exactly once.
///
/// How to use it (one TimerService per store, built by the composition root and passed around):
///
///     // 1. Register a handler per kind, before the first tick. Name kinds "<area>.<what>".
///     timers.registerHandler(QStringLiteral("scoring.ghosted"), [&store](const Timer &t, Instant now) {
///         // Runs inside the transaction that marks the row done: write your effects through
///         // `store` (same connection) and return a failure to roll them back and retry later.
///         return store.leads.adjustScore(t.leadId, -20, now);
///     });
///     // 2. Schedule. Idempotent: the dedupe key (default kind:lead:deal:due) keeps one row.
///     timers.schedule(QStringLiteral("scoring.ghosted"), {leadId, 0}, now + 14 * kDayMs);
///     // 3. Cancel when the reason went away (or let the handler check and do nothing).
///     timers.cancelForLead(leadId, QStringLiteral("scoring."));
///
/// Who fires them: the app and `leadrelayctl serve` run a TimerTicker (one QTimer, once a second,
/// calls tick()); tests call fireDue(now) with a ManualClock's time. Handlers must be idempotent
/// with respect to the world outside the store (a webhook may be re-sent after a crash); inside
/// the store they are exactly-once because the row and the effects commit together.
/// Timers of a kind without a registered handler stay pending (another process may own them).
class TimerService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::TimerService)

public:
    /// Runs inside the firing transaction; return a failure to roll back and retry with backoff.
    using Handler = std::function<Status(const Timer &timer, Instant now)>;

    /// A timer that fails this many times is cancelled and a `timer_failed` event logged.
    static constexpr int kMaxAttempts = 8;

    TimerService(Store &store, const Clock &clock);

    void registerHandler(const QString &kind, Handler handler);
    bool hasHandler(const QString &kind) const { return m_handlers.contains(kind); }

    /// Schedules `kind` for `subject` at `dueAt`. When `dedupeKey` is empty it is
    /// "kind:lead:deal:dueAt". Scheduling an existing key returns the existing row's id and
    /// changes nothing (even if that row is done or cancelled: use a new key to re-arm).
    Result<Id> schedule(const QString &kind, TimerSubject subject, Instant dueAt, const QJsonObject &payload = {},
                        const QString &dedupeKey = {});
    /// Makes `kind` at `dueAt` the subject lead's one pending timer of that kind: its other pending
    /// ones are cancelled, and a row of the same key cancelled before is pending again (a re-score
    /// that finds the same silence must not leave the lead without its timer).
    Result<Id> reschedule(const QString &kind, Id leadId, Instant dueAt);
    /// Cancels one pending timer (no-op when it already fired).
    Status cancel(Id timerId);
    /// Cancels a lead's pending timers whose kind starts with `kindPrefix` ("" = every kind).
    Result<int> cancelForLead(Id leadId, const QString &kindPrefix);

    /// Fires every pending timer due at or before `now`, earliest first, including timers that
    /// handlers schedule at or before `now` while this runs. Each handler runs in a savepoint that
    /// also marks its row done; batches of timers share one transaction.
    FireReport fireDue(Instant now);
    /// fireDue(clock.now()).
    FireReport tick() { return fireDue(m_clock.now()); }

    /// The earliest pending due time among the kinds this service handles.
    std::optional<Instant> nextDueAt() const;
    TimerRepository &repository() { return m_repo; }
    const Clock &clock() const { return m_clock; }

private:
    enum class BatchOutcome { Committed, HandlerFailed, Error };
    /// A handler that failed in a batch run without savepoints: not run again in the same call.
    struct KnownFailure
    {
        Id timerId = 0;
        QString error;
    };
    /// Fires one batch in one transaction. With `isolated`, each timer runs in its own savepoint,
    /// so a failing handler's writes are undone and the failure recorded while the others commit
    /// (`known` is recorded as failed without running its handler twice); without, the first
    /// failure rolls the whole batch back and returns HandlerFailed with it in `known`.
    BatchOutcome fireBatch(const QList<Timer> &batch, Instant now, bool isolated, KnownFailure &known,
                           FireReport &report);
    Status recordFailure(const Timer &timer, Instant now, const QString &error);

    Store &m_store;
    const Clock &m_clock;
    TimerRepository m_repo;
    QHash<QString, Handler> m_handlers;
};

} // namespace lr
