#include "core/demo/DemoLiveInbox.h"

#include "core/demo/DemoContext.h"
#include "core/routing/LeadDispatcher.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "core/timers/TimerService.h"

#include <map>

namespace lr {
namespace {

struct Step
{
    Id leadId = 0;
    bool arrival = true; ///< else a first touch by whoever owns the lead then
};

} // namespace

void DemoLiveInbox::run(const QList<Id> &leadIds)
{
    if (leadIds.isEmpty() || m_ctx.failed())
        return;
    Store &store = m_ctx.store;
    std::multimap<Instant, Step> agenda;
    for (const Id id : leadIds) {
        if (const auto lead = store.leads.find(AccessScope::system(), id))
            agenda.emplace(lead->createdAt, Step{id, true});
    }
    if (agenda.empty())
        return;

    ManualClock clock(agenda.begin()->first);
    TimerService timers(store, clock);
    LeadDispatcher::registerTimerHandlers(timers, store, clock);
    ScoringService scoring(store, clock);
    // Every ladder step fires at its own due time, in order, as the ticker would have fired it.
    auto fireUntil = [&](Instant t) {
        while (const auto next = timers.nextDueAt()) {
            if (*next > t || m_ctx.failed())
                break;
            clock.set(std::max(clock.now(), *next));
            if (const FireReport r = timers.tick(); !r.error.isEmpty())
                m_ctx.fail(r.error);
        }
        clock.set(std::max(clock.now(), t));
    };

    while (!agenda.empty() && !m_ctx.failed()) {
        const auto [at, step] = *agenda.begin();
        agenda.erase(agenda.begin());
        if (at > m_ctx.now)
            break;
        fireUntil(at);
        LeadDispatcher dispatcher(store, clock);
        if (step.arrival) {
            if (const auto scored = scoring.score(step.leadId, QStringLiteral("demo")); !scored) {
                m_ctx.fail(scored.error());
                break;
            }
            const Result<DispatchResult> routed = dispatcher.dispatchNew(step.leadId);
            if (!routed) {
                m_ctx.fail(routed.error());
                break;
            }
            if (!routed->clock)
                continue;
            // A third are called within the SLA, some after the manager was alerted, the rest
            // only by the rep who got the lead after the breach.
            const SlaClock &sla = *routed->clock;
            const double roll = m_ctx.rng.unit();
            Instant touchAt = 0;
            if (roll < 0.3)
                touchAt = sla.startedAt + m_ctx.rng.between64(sla.targetMs / 10, sla.targetMs * 9 / 10);
            else if (roll < 0.45)
                touchAt = sla.dueAt + m_ctx.rng.between64(kMinuteMs, std::max(kMinuteMs, sla.targetMs / 4));
            else
                touchAt = sla.reassignAt + m_ctx.rng.between64(kMinuteMs, 6 * kMinuteMs);
            if (touchAt < m_ctx.now)
                agenda.emplace(touchAt, Step{step.leadId, false});
            continue;
        }
        const auto lead = store.leads.find(AccessScope::system(), step.leadId);
        if (!lead || lead->firstTouchAt != 0 || !lead->ownerId)
            continue;
        const auto owner = store.users.find(lead->ownerId);
        if (!owner)
            continue;
        const bool reached = m_ctx.rng.chance(0.4);
        const QString outcome = reached ? QStringLiteral("connected") : QStringLiteral("left_voicemail");
        const QString body = reached
                                 ? demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Reached %1 – wants a demo next week"))
                                       .arg(lead->firstName)
                                 : demoText(QT_TRANSLATE_NOOP("lr::DemoText", "First call attempt – left a voicemail"));
        if (const Status s =
                dispatcher.logTouch(AccessScope::forUser(*owner), step.leadId, ActivityKind::Call, outcome, body);
            !s)
            m_ctx.fail(s.error());
        else
            ++m_ctx.summary.activities;
    }
    fireUntil(m_ctx.now);
}

} // namespace lr
