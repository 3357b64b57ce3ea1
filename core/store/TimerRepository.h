#pragma once

#include "core/common/Result.h"
#include "core/domain/Timer.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace lr {

class Database;

/// SQL for the durable `timers` table. Use it through TimerService, which owns claiming and firing.
class TimerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::TimerRepository)

public:
    explicit TimerRepository(Database &db) : m_db(db) {}

    /// Inserts `timer` (dedupe key required). When a row with that key exists — pending, done or
    /// cancelled — nothing changes and that row's id is returned.
    Result<Id> schedule(const Timer &timer);
    /// Pending → cancelled. Cancelling a timer that already fired or was cancelled is a no-op.
    Status cancel(Id id);
    /// Cancels the pending timers of a lead whose kind starts with `kindPrefix` ("" = all kinds).
    Result<int> cancelForLead(Id leadId, const QString &kindPrefix);
    /// `timer` as its lead's one pending timer of its kind (see TimerService::reschedule()).
    Result<Id> reschedule(const Timer &timer);

    /// Pending timers due at or before `now` whose kind is in `kinds`, in firing order (due, id).
    QList<Timer> due(Instant now, const QStringList &kinds, int limit) const;
    /// Marks a pending timer done; false when it was not pending any more (someone else fired it).
    Result<bool> claim(Id id, Instant firedAt);
    /// Counts a failed firing and moves the timer to `retryAt` (or cancels it when `giveUp`).
    Status recordFailure(Id id, int attempts, Instant retryAt, bool giveUp);

    std::optional<Timer> byId(Id id) const;
    std::optional<Timer> byKey(const QString &dedupeKey) const;
    /// A lead's timers (all states), soonest first.
    QList<Timer> forLead(Id leadId) const;
    /// The earliest pending due time among `kinds` (all kinds when empty).
    std::optional<Instant> nextDue(const QStringList &kinds) const;
    qint64 pendingCount() const;

private:
    QList<Timer> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace lr
