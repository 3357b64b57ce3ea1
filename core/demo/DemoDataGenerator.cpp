#include "core/demo/DemoDataGenerator.h"

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoDealFactory.h"
#include "core/demo/DemoIntake.h"
#include "core/demo/DemoLeadFactory.h"
#include "core/demo/DemoLeadHistory.h"
#include "core/demo/DemoLiveInbox.h"
#include "core/demo/DemoSalesOrg.h"
#include "core/pipeline/DealAutomation.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <algorithm>

namespace lr {

bool DemoDataGenerator::isEmpty(Store &store)
{
    return store.users.all().isEmpty();
}

Result<DemoSummary> DemoDataGenerator::generate(const DemoOptions &options)
{
    using R = Result<DemoSummary>;
    if (options.leads < 0 || options.leads > kMaxLeads)
        return R::failure(tr("The number of demo leads must be between 0 and %1.").arg(kMaxLeads));
    if (options.days < 1 || options.days > 3650)
        return R::failure(tr("The demo period must be between 1 and 3650 days."));
    if (!isEmpty(m_store)) {
        return R::failure(tr("The database already has users. Demo data is only generated into an empty database, "
                             "so that it never mixes with real data; use a new database file."));
    }

    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tr("Cannot write the demo data: %1").arg(tx.error()));

    DemoContext ctx(m_store, options, m_clock.now());
    DemoSalesOrg org(ctx);
    org.create();
    DemoLeadFactory people(ctx);
    people.createCompanies(std::clamp(options.leads / 7, 40, 420));
    DemoLeadHistory history(ctx);
    DemoDealFactory deals(ctx, people);

    // Draw every lead first, then store them in arrival order: ids grow with time and the
    // round robin runs in the order the leads came in.
    QList<DemoLeadDraft> drafts;
    drafts.reserve(options.leads);
    for (int i = 0; i < options.leads; ++i)
        drafts.append(people.makeLead());
    auto byArrival = [](const DemoLeadDraft &a, const DemoLeadDraft &b) { return a.lead.createdAt < b.lead.createdAt; };
    std::stable_sort(drafts.begin(), drafts.end(), byArrival);
    // The newest few arrive over the last hours whatever the time of day, so that the inbox has
    // running SLA clocks when the app first opens.
    const int live = std::min<int>(16, static_cast<int>(drafts.size()) / 40);
    for (int i = 0; i < live; ++i) {
        Lead &lead = drafts[drafts.size() - live + i].lead;
        const double slot = live - i - ctx.rng.unit();
        lead.createdAt = ctx.now - std::max<qint64>(30 * kSecondMs, DemoLiveInbox::kWindowMs * slot / live);
        lead.submittedAt = lead.createdAt;
    }
    std::stable_sort(drafts.begin(), drafts.end(), byArrival);

    QList<Id> created, liveLeads;
    for (DemoLeadDraft &draft : drafts) {
        if (ctx.failed())
            break;
        Lead &lead = draft.lead;
        if (lead.createdAt > ctx.now - DemoLiveInbox::kWindowMs) {
            // Recent and unworked: stored unowned, routed below through LeadDispatcher.
            lead.updatedAt = lead.createdAt;
            lead.id = ctx.take(m_store.leads.create(lead));
            if (!lead.id)
                break;
            ++ctx.summary.leads;
            history.writeArrival(draft);
            liveLeads.append(lead.id);
            continue;
        }
        const DemoAssignment owner =
            org.route(lead.country, draft.company ? draft.company->employees : 0, lead.createdAt);
        const DemoLeadPlan plan = history.plan(draft);
        lead.ownerId = owner.ownerId;
        lead.status = plan.status;
        lead.firstTouchAt = plan.firstTouchAt;
        lead.updatedAt = plan.lastChangeAt(lead.createdAt);
        lead.id = ctx.take(m_store.leads.create(lead));
        if (!lead.id)
            break;
        ++ctx.summary.leads;
        history.write(draft, owner, plan);
        created.append(lead.id);

        const bool converted = plan.status == LeadStatus::Converted;
        if (draft.company && (converted || plan.status == LeadStatus::Qualified)) {
            const Instant since = plan.reachedAt(converted ? LeadStatus::Converted : LeadStatus::Qualified);
            deals.add({lead.id, owner.ownerId, draft.company, lead.fullName(), lead.title, lead.country, draft.senior,
                       converted, since});
        }
    }
    deals.create();
    // The deals' stage history already holds the meetings booked so far: the app's first scan of
    // booked meetings must not move them all again, today.
    ctx.check(DealAutomation::markMeetingsScanned(m_store, ctx.now));
    // Deals are in each country's currency: the demo company sums them in euros at the rates the
    // deal values were drawn with, which an admin sees under Tools ▸ Currencies….
    const ExchangeRates shipped = m_store.exchangeRates.load();
    ExchangeRates rates = shipped;
    for (const DemoCountry &country : DemoCatalog::countries()) {
        if (!country.currency.isEmpty() && country.currency != rates.home)
            rates.perHome.insert(country.currency, country.perEuro);
    }
    if (rates.home == QLatin1String("EUR") && !ctx.failed())
        ctx.check(m_store.exchangeRates.replace(shipped, rates, 0, ctx.now));
    // Route and respond: the recent leads get owners, tasks and SLA clocks the real way; the
    // ladder has run on them up to now (they are scored on arrival there).
    DemoLiveInbox(ctx).run(liveLeads);
    ctx.summary.liveLeads = static_cast<int>(liveLeads.size());
    // Capture: the last weeks' junk from the forms waits in quarantine, returning people are merged.
    DemoIntake(ctx).run(created);
    // Qualify: every demo lead is scored through the core API, on its history as it stands now.
    ScoringService scoring(m_store, m_clock);
    for (const Id id : std::as_const(created)) {
        if (ctx.failed())
            break;
        if (const auto scored = scoring.score(id, QStringLiteral("demo")); !scored)
            ctx.take(Result<Id>::failure(scored.error()));
    }

    if (ctx.failed())
        return R::failure(tr("The demo data could not be written: %1").arg(ctx.error()));
    if (const Status s = tx.commit(); !s)
        return R::failure(tr("The demo data could not be saved: %1").arg(s.error()));
    return ctx.summary;
}

} // namespace lr
