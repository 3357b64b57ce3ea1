#include "core/timers/TimerService.h"

#include "core/store/Store.h"

#include <algorithm>
#include <optional>

namespace lr {
namespace {

constexpr int kBatchSize = 500;
constexpr int kMaxBatchesPerCall = 10000;

/// 1, 2, 4, … minutes, at most an hour.
qint64 backoffMs(int attempts)
{
    const int shift = std::clamp(attempts - 1, 0, 6);
    return std::min<qint64>(kMinuteMs << shift, kHourMs);
}

} // namespace

TimerService::TimerService(Store &store, const Clock &clock) : m_store(store), m_clock(clock), m_repo(store.database())
{}

void TimerService::registerHandler(const QString &kind, Handler handler)
{
    m_handlers.insert(kind, std::move(handler));
}

namespace {

Timer timerOf(const QString &kind, TimerSubject subject, Instant dueAt, const QJsonObject &payload,
              const QString &dedupeKey, Instant now)
{
    Timer timer;
    timer.kind = kind;
    timer.leadId = subject.leadId;
    timer.dealId = subject.dealId;
    timer.dueAt = dueAt;
    timer.payload = payload;
    timer.createdAt = now;
    timer.dedupeKey = dedupeKey.isEmpty()
                          ? QStringLiteral("%1:%2:%3:%4").arg(kind).arg(subject.leadId).arg(subject.dealId).arg(dueAt)
                          : dedupeKey;
    return timer;
}

} // namespace

Result<Id> TimerService::schedule(const QString &kind, TimerSubject subject, Instant dueAt, const QJsonObject &payload,
                                  const QString &dedupeKey)
{
    return m_repo.schedule(timerOf(kind, subject, dueAt, payload, dedupeKey, m_clock.now()));
}

Result<Id> TimerService::reschedule(const QString &kind, Id leadId, Instant dueAt)
{
    return m_repo.reschedule(timerOf(kind, {leadId, 0}, dueAt, {}, {}, m_clock.now()));
}

Status TimerService::cancel(Id timerId)
{
    return m_repo.cancel(timerId);
}

Result<int> TimerService::cancelForLead(Id leadId, const QString &kindPrefix)
{
    return m_repo.cancelForLead(leadId, kindPrefix);
}

std::optional<Instant> TimerService::nextDueAt() const
{
    if (m_handlers.isEmpty())
        return std::nullopt;
    return m_repo.nextDue(m_handlers.keys());
}

Status TimerService::recordFailure(const Timer &timer, Instant now, const QString &error)
{
    const int attempts = timer.attempts + 1;
    const bool giveUp = attempts >= kMaxAttempts;
    if (const Status s = m_repo.recordFailure(timer.id, attempts, now + backoffMs(attempts), giveUp); !s)
        return s;
    if (!giveUp)
        return {};
    Event event;
    event.at = now;
    event.type = QStringLiteral("timer_failed");
    event.leadId = timer.leadId;
    event.dealId = timer.dealId;
    event.payload = {{QStringLiteral("timer"), timer.id},
                     {QStringLiteral("kind"), timer.kind},
                     {QStringLiteral("attempts"), attempts},
                     {QStringLiteral("error"), error}};
    const Result<Id> appended = m_store.events.append(event);
    return appended ? Status() : Status::failure(appended.error());
}

FireReport TimerService::fireDue(Instant now)
{
    FireReport report;
    if (m_handlers.isEmpty())
        return report;
    const QStringList kinds = m_handlers.keys();
    for (int round = 0; round < kMaxBatchesPerCall; ++round) {
        const QList<Timer> batch = m_repo.due(now, kinds, kBatchSize);
        if (batch.isEmpty())
            break;
        // Handlers almost never fail: a batch runs without a savepoint per timer (each costs a
        // copy of every page it touches). When one does fail, the batch is rolled back and run
        // again with a savepoint per timer, so only the failing timer's writes are undone.
        KnownFailure known;
        BatchOutcome outcome = fireBatch(batch, now, false, known, report);
        if (outcome == BatchOutcome::HandlerFailed)
            outcome = fireBatch(batch, now, true, known, report);
        if (outcome != BatchOutcome::Committed)
            return report;
    }
    return report;
}

TimerService::BatchOutcome TimerService::fireBatch(const QList<Timer> &batch, Instant now, bool isolated,
                                                   KnownFailure &known, FireReport &report)
{
    Database &db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        report.error = tx.error();
        return BatchOutcome::Error;
    }
    FireReport batchReport;
    for (const Timer &timer : batch) {
        std::optional<Transaction> step;
        if (isolated) {
            step.emplace(db);
            if (!step->isActive()) {
                report.error = step->error();
                return BatchOutcome::Error;
            }
        }
        const Result<bool> claimed = m_repo.claim(timer.id, now);
        if (!claimed) {
            report.error = claimed.error();
            return BatchOutcome::Error;
        }
        if (!claimed.value())
            continue; // fired or cancelled since the batch was read (by a handler or another process)
        const Status handled =
            timer.id == known.timerId ? Status::failure(known.error) : m_handlers.value(timer.kind)(timer, now);
        if (handled) {
            if (step) {
                if (const Status committed = step->commit(); !committed) {
                    report.error = committed.error();
                    return BatchOutcome::Error;
                }
            }
            ++batchReport.fired;
            if (timer.leadId != 0)
                batchReport.firedLeads.append(timer.leadId);
            continue;
        }
        if (!step) {
            known = {timer.id, handled.error()};
            return BatchOutcome::HandlerFailed; // tx rolls back: nothing of this batch is kept
        }
        step->rollback();
        if (const Status failed = recordFailure(timer, now, handled.error()); !failed) {
            report.error = failed.error();
            return BatchOutcome::Error;
        }
        ++batchReport.failed;
    }
    if (const Status committed = tx.commit(); !committed) {
        report.error = committed.error();
        return BatchOutcome::Error;
    }
    report.fired += batchReport.fired;
    report.failed += batchReport.failed;
    report.firedLeads += batchReport.firedLeads;
    return BatchOutcome::Committed;
}

} // namespace lr
