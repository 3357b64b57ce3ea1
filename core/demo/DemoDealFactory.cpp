#include "core/demo/DemoDealFactory.h"

#include "core/demo/DemoLeadHistory.h"

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoContext.h"
#include "core/store/Store.h"

#include <QJsonObject>

#include <algorithm>

namespace lr {
namespace {

QString digits(DemoRandom &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + rng.below(10));
    return out;
}

} // namespace

void DemoDealFactory::create()
{
    const QList<Pipeline> pipelines = m_ctx.store.pipelines.all();
    if (pipelines.isEmpty() || m_ctx.failed())
        return;
    m_pipeline = pipelines.first();
    for (int i = 0; i < m_pipeline.stages.size(); ++i) {
        switch (m_pipeline.stages.at(i).kind) {
        case StageKind::Open:
            m_open.append(i);
            break;
        case StageKind::Won:
            m_won = m_won < 0 ? i : m_won;
            break;
        case StageKind::Lost:
            m_lost = m_lost < 0 ? i : m_lost;
            break;
        case StageKind::Invalid:
            m_invalid = m_invalid < 0 ? i : m_invalid;
            break;
        }
    }
    if (m_open.isEmpty())
        return;

    QList<DemoDealCandidate> deals;
    for (const DemoDealCandidate &c : std::as_const(m_candidates)) {
        if (c.converted || m_ctx.rng.chance(0.3))
            deals.append(c);
    }
    std::stable_sort(deals.begin(), deals.end(),
                     [](const DemoDealCandidate &a, const DemoDealCandidate &b) { return a.since < b.since; });
    const QList<int> stages = assignStages(deals);
    for (int i = 0; i < deals.size() && !m_ctx.failed(); ++i)
        createDeal(deals.at(i), stages.at(i));
}

QList<int> DemoDealFactory::assignStages(const QList<DemoDealCandidate> &deals)
{
    const int count = static_cast<int>(deals.size());
    const int openCount = static_cast<int>(m_open.size());
    QList<int> out;
    QList<int> perStage(m_pipeline.stages.size(), 0);
    for (int rank = 0; rank < count; ++rank) {
        const double f = static_cast<double>(rank) / std::max(1, count);
        const int band = f < 0.45 ? 0 : f < 0.8 ? 1 : 2; // oldest, middle, most recent
        QList<int> weights(m_pipeline.stages.size(), 0);
        for (int i = 0; i < openCount; ++i) {
            const double p = openCount > 1 ? static_cast<double>(i) / (openCount - 1) : 0.0;
            // Leads that only qualified get an early-stage deal.
            if (!deals.at(rank).converted && i > 2)
                continue;
            weights[m_open.at(i)] = static_cast<int>(band == 0 ? 2 + 18 * p : band == 1 ? 10 + 10 * p : 24 - 16 * p);
        }
        if (deals.at(rank).converted) {
            if (m_won >= 0)
                weights[m_won] = band == 0 ? 38 : band == 1 ? 10 : 2;
            if (m_lost >= 0)
                weights[m_lost] = band == 0 ? 30 : band == 1 ? 10 : 2;
            if (m_invalid >= 0)
                weights[m_invalid] = band == 0 ? 4 : band == 1 ? 2 : 1;
        }
        out.append(m_ctx.rng.weighted(weights));
        ++perStage[out.last()];
    }

    // Every column of the board shows at least one deal: move one from the fullest stage.
    for (int stage = 0; stage < perStage.size(); ++stage) {
        if (perStage.at(stage) > 0)
            continue;
        const bool closed = m_pipeline.stages.at(stage).kind != StageKind::Open;
        for (int k = 0; k < count; ++k) {
            const int rank = closed ? k : count - 1 - k; // closed from the oldest, open from the newest
            const int from = out.at(rank);
            if (perStage.at(from) > 1 && (deals.at(rank).converted || !closed)) {
                --perStage[from];
                ++perStage[stage];
                out[rank] = stage;
                break;
            }
        }
    }
    return out;
}

QList<int> DemoDealFactory::pathTo(int target)
{
    QList<int> path{m_open.first()};
    if (target == m_invalid)
        return {m_open.first(), target};
    const StageKind kind = m_pipeline.stages.at(target).kind;
    int lastOpen = static_cast<int>(m_open.indexOf(target));
    if (kind == StageKind::Won)
        lastOpen = static_cast<int>(m_open.size()) - (m_ctx.rng.chance(0.2) ? 2 : 1);
    else if (kind != StageKind::Open)
        lastOpen = m_ctx.rng.between(1, static_cast<int>(m_open.size()) - 1);
    for (int i = 1; i <= lastOpen && i < m_open.size(); ++i) {
        // Reps often connect on the first try and skip "Attempted Contact".
        if (i == 1 && i < lastOpen && m_ctx.rng.chance(0.6))
            continue;
        path.append(m_open.at(i));
    }
    if (kind != StageKind::Open)
        path.append(target);
    return path;
}

QString DemoDealFactory::vatId(const QString &country)
{
    DemoRandom &r = m_ctx.rng;
    if (country == QLatin1String("DE"))
        return QStringLiteral("DE") + digits(r, 9);
    if (country == QLatin1String("AT"))
        return QStringLiteral("ATU") + digits(r, 8);
    if (country == QLatin1String("CH"))
        return QStringLiteral("CHE-%1.%2.%3 MWST").arg(digits(r, 3), digits(r, 3), digits(r, 3));
    if (country == QLatin1String("BG"))
        return QStringLiteral("BG") + digits(r, 9);
    if (country == QLatin1String("RO"))
        return QStringLiteral("RO") + digits(r, 8);
    if (country == QLatin1String("PL"))
        return QStringLiteral("PL") + digits(r, 10);
    if (country == QLatin1String("CA"))
        return digits(r, 9) + QStringLiteral(" RT0001");
    return digits(r, 2) + QLatin1Char('-') + digits(r, 7); // US EIN
}

QList<Instant> DemoDealFactory::moveTimes(const DemoDealCandidate &c, qsizetype moves, bool closed)
{
    // From the start to the last move, spaced by random gaps; closed deals took longer.
    const Instant now = m_ctx.now;
    const Instant start = std::min(c.since, now - kHourMs);
    const Instant end = std::max(start + static_cast<qint64>(moves) * kSecondMs,
                                 std::min(now - m_ctx.rng.between64(kHourMs, closed ? 3 * kDayMs : 10 * kDayMs),
                                          start + m_ctx.rng.between(closed ? 10 : 2, closed ? 70 : 45) * kDayMs));
    QList<qint64> gaps;
    qint64 total = 0;
    for (qsizetype i = 1; i < moves; ++i) {
        gaps.append(m_ctx.rng.between(1, 10));
        total += gaps.last();
    }
    QList<Instant> times{start};
    qint64 sum = 0;
    for (qint64 gap : std::as_const(gaps)) {
        sum += gap;
        times.append(start + (end - start) * sum / std::max<qint64>(1, total));
    }
    return times;
}

Deal DemoDealFactory::makeDeal(const DemoDealCandidate &c, int target, const QList<int> &path,
                               const QList<Instant> &times)
{
    const DemoCountry &country = DemoCatalog::country(c.country);
    const bool closed = m_pipeline.stages.at(target).kind != StageKind::Open;
    const int employees = c.company ? c.company->employees : 20;
    const int seats = employees < 50     ? m_ctx.rng.between(3, 10)
                      : employees <= 200 ? m_ctx.rng.between(10, 40)
                      : employees <= 500 ? m_ctx.rng.between(25, 80)
                                         : m_ctx.rng.between(60, 300);
    const QString plan = seats < 10    ? QStringLiteral("Starter")
                         : seats < 40  ? QStringLiteral("Team")
                         : seats < 100 ? QStringLiteral("Business")
                                       : QStringLiteral("Enterprise");

    Deal deal;
    deal.pipelineId = m_pipeline.id;
    deal.stageId = m_pipeline.stages.at(path.first()).id;
    deal.leadId = c.leadId;
    deal.companyId = c.company ? c.company->id : 0;
    deal.ownerId = c.ownerId;
    deal.title = QStringLiteral("%1 – %2 (%3 seats)").arg(buyer(c), plan).arg(seats);
    deal.valueCents = qRound64(seats * 420 * country.perEuro / 100.0) * 100 * 100; // 35 EUR a seat a month
    deal.currency = country.currency;
    deal.createdAt = times.first();
    deal.updatedAt = times.last();
    deal.expectedCloseAt = closed ? times.last() : times.first() + m_ctx.rng.between(30, 90) * kDayMs;
    if (closed ? target != m_invalid : m_open.indexOf(target) >= 2) {
        static const QStringList roles{QStringLiteral("CEO"), QStringLiteral("CFO"), QStringLiteral("COO"),
                                       QStringLiteral("Head of Sales")};
        deal.decisionMaker = c.senior
                                 ? QStringLiteral("%1 (%2)").arg(c.person, c.title)
                                 : QStringLiteral("%1 (%2)").arg(m_people.personName(c.country, m_ctx.rng.chance(0.4)),
                                                                 m_ctx.rng.pick(roles));
    }
    for (int i = 0; i < path.size(); ++i) {
        if (m_open.indexOf(path.at(i)) >= 2) {
            deal.engagedAt = times.at(i);
            break;
        }
    }
    if (target == m_won) {
        deal.vatId = vatId(c.country);
        const QString mailbox = country.billingMailbox.isEmpty() ? QStringLiteral("billing") : country.billingMailbox;
        deal.billingEmail = c.company ? mailbox + QLatin1Char('@') + c.company->domain : QString();
    } else if (target == m_lost) {
        const QStringList reasons = demoTexts({QT_TRANSLATE_NOOP("lr::DemoText", "Lost to competitor (HubSpot)"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Lost to competitor (Pipedrive)"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "No budget this year"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Timing – revisit next quarter"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "No decision – went dark"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Chose to build in-house"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Price too high")});
        deal.lostReason = m_ctx.rng.pick(reasons);
    } else if (target == m_invalid) {
        deal.lostReason = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "E-mail bounced (hard bounce)"));
    }
    if (closed) {
        deal.closedAt = times.last();
    } else {
        const QStringList steps = demoTexts({QT_TRANSLATE_NOOP("lr::DemoText", "Call to qualify"),
                                             QT_TRANSLATE_NOOP("lr::DemoText", "Second call attempt"),
                                             QT_TRANSLATE_NOOP("lr::DemoText", "Book the discovery call"),
                                             QT_TRANSLATE_NOOP("lr::DemoText", "Run the discovery call"),
                                             QT_TRANSLATE_NOOP("lr::DemoText", "Follow up on the proposal"),
                                             QT_TRANSLATE_NOOP("lr::DemoText", "Agree on terms and sign")});
        deal.nextStep = steps.value(static_cast<int>(std::min<qsizetype>(m_open.indexOf(target), steps.size() - 1)));
    }
    return deal;
}

void DemoDealFactory::createDeal(const DemoDealCandidate &c, int target)
{
    const QList<int> path = pathTo(target);
    const QList<Instant> times = moveTimes(c, path.size(), m_pipeline.stages.at(target).kind != StageKind::Open);
    Deal deal = makeDeal(c, target, path, times);
    deal.id = m_ctx.take(m_ctx.store.deals.create(deal, c.ownerId));
    if (!deal.id)
        return;
    ++m_ctx.summary.deals;
    m_ctx.event(events::DealCreated, deal.createdAt, c.leadId, deal.id, c.ownerId,
                {{QStringLiteral("title"), deal.title},
                 {QStringLiteral("stage"), m_pipeline.stages.at(path.first()).name},
                 {QStringLiteral("value_cents"), deal.valueCents},
                 {QStringLiteral("currency"), deal.currency}});
    writeMoves(deal, path, times);
    writeNextAction(c, deal, target);
}

void DemoDealFactory::writeMoves(const Deal &deal, const QList<int> &path, const QList<Instant> &times)
{
    const qsizetype proposal = m_open.size() - 2; // "Proposal Sent" in the default pipeline
    for (int i = 1; i < path.size() && !m_ctx.failed(); ++i) {
        const Stage &from = m_pipeline.stages.at(path.at(i - 1));
        const Stage &to = m_pipeline.stages.at(path.at(i));
        m_ctx.check(m_ctx.store.deals.setStage(deal.id, to.id, deal.ownerId, times.at(i)));
        m_ctx.event(events::StageChanged, times.at(i), deal.leadId, deal.id, deal.ownerId,
                    {{QStringLiteral("from"), from.name},
                     {QStringLiteral("to"), to.name},
                     {QStringLiteral("from_stage_id"), from.id},
                     {QStringLiteral("to_stage_id"), to.id}});
        Activity a;
        a.leadId = deal.leadId;
        a.dealId = deal.id;
        a.userId = deal.ownerId;
        a.at = times.at(i);
        a.kind = ActivityKind::Note;
        if (m_open.indexOf(path.at(i)) == proposal) {
            a.kind = ActivityKind::Email;
            a.outcome = QStringLiteral("sent");
            a.body = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Proposal sent to %1")).arg(deal.decisionMaker);
        } else if (to.kind == StageKind::Won) {
            a.body = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Contract signed"));
        } else if (to.kind == StageKind::Lost || to.kind == StageKind::Invalid) {
            a.body = deal.lostReason;
        } else {
            continue;
        }
        m_ctx.activity(a);
    }
}

void DemoDealFactory::writeNextAction(const DemoDealCandidate &c, const Deal &deal, int target)
{
    const Instant now = m_ctx.now;
    const Instant last = deal.updatedAt;
    Task t;
    t.leadId = deal.leadId;
    t.dealId = deal.id;
    t.ownerId = deal.ownerId;
    t.createdAt = last;
    if (target == m_won) {
        t.setTitle(words(QT_TR_NOOP("Kick-off and hand-off – %1"), {buyer(c)}));
        t.dueAt = last + 3 * kDayMs;
        if (t.dueAt < now) {
            t.doneAt = t.dueAt;
            t.outcome = DemoLeadHistory::doneWords().toStored();
        }
    } else if (m_pipeline.stages.at(target).kind == StageKind::Open) {
        t.title = QStringLiteral("%1 – %2").arg(deal.nextStep, buyer(c));
        t.dueAt = last + m_ctx.rng.between(1, 7) * kDayMs;
        if (t.dueAt < now - 14 * kDayMs && m_ctx.rng.chance(0.7)) {
            t.doneAt = t.dueAt + m_ctx.rng.between64(0, kDayMs);
            t.outcome = DemoLeadHistory::doneWords().toStored();
        }
        if (m_open.indexOf(target) == m_open.size() - 3) { // "Discovery Booked": the meeting is ahead
            Meeting m;
            m.leadId = deal.leadId;
            m.dealId = deal.id;
            m.ownerId = deal.ownerId;
            m.title = QStringLiteral("Discovery – %1").arg(buyer(c));
            m.createdAt = last;
            m.startsAt = std::max(now + kHourMs, last + kDayMs) + m_ctx.rng.between(0, 6) * kDayMs;
            m.startsAt -= m.startsAt % (30 * kMinuteMs);
            m.endsAt = m.startsAt + 45 * kMinuteMs;
            m_ctx.meeting(m);
            m_ctx.event(events::MeetingBooked, last, deal.leadId, deal.id, deal.ownerId);
        }
    } else {
        return;
    }
    m_ctx.task(t);
}

QString DemoDealFactory::buyer(const DemoDealCandidate &c)
{
    return c.company ? c.company->tradeName : c.person;
}

} // namespace lr
