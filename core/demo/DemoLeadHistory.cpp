#include "core/demo/DemoLeadHistory.h"

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoContext.h"

#include <QJsonObject>

namespace lr {
namespace {

const QString kSite = QStringLiteral("https://www.leadrelay.example");

QList<int> statusWeights(qint64 age)
{
    // New, Attempting, Connected, Qualified, Nurture, Disqualified, Converted
    if (age < kHourMs)
        return {70, 25, 5, 0, 0, 0, 0};
    if (age < kDayMs)
        return {45, 35, 15, 5, 0, 0, 0};
    if (age < 7 * kDayMs)
        return {10, 33, 22, 15, 8, 8, 4};
    if (age < 30 * kDayMs)
        return {3, 12, 17, 15, 22, 21, 10};
    return {1, 5, 11, 14, 30, 28, 11};
}

QList<LeadStatus> pathTo(LeadStatus status, bool viaConnected)
{
    using S = LeadStatus;
    switch (status) {
    case S::New:
        return {};
    case S::Attempting:
        return {S::Attempting};
    case S::Connected:
        return {S::Attempting, S::Connected};
    case S::Qualified:
        return {S::Attempting, S::Connected, S::Qualified};
    case S::Converted:
        return {S::Attempting, S::Connected, S::Qualified, S::Converted};
    case S::Nurture:
    case S::Disqualified:
        return viaConnected ? QList<S>{S::Attempting, S::Connected, status} : QList<S>{S::Attempting, status};
    }
    return {};
}

QJsonObject statusPayload(LeadStatus from, LeadStatus to)
{
    return {{QStringLiteral("from"), toKey(from)}, {QStringLiteral("to"), toKey(to)}};
}

} // namespace

Instant DemoLeadPlan::reachedAt(LeadStatus s) const
{
    for (const Step &step : steps) {
        if (step.status == s)
            return step.at;
    }
    return 0;
}

Instant DemoLeadHistory::firstTouchDelay(bool hot)
{
    switch (m_ctx.rng.weighted(hot ? QList<int>{40, 30, 20, 10} : QList<int>{20, 30, 28, 22})) {
    case 0:
        return m_ctx.rng.between64(kMinuteMs, 5 * kMinuteMs);
    case 1:
        return m_ctx.rng.between64(5 * kMinuteMs, 30 * kMinuteMs);
    case 2:
        return m_ctx.rng.between64(30 * kMinuteMs, 4 * kHourMs);
    default:
        return m_ctx.rng.between64(4 * kHourMs, 48 * kHourMs);
    }
}

DemoLeadPlan DemoLeadHistory::plan(const DemoLeadDraft &draft)
{
    const Lead &lead = draft.lead;
    const Instant now = m_ctx.now;
    DemoLeadPlan plan;
    static const QList<LeadStatus> statuses = allLeadStatuses();
    plan.status = statuses.at(m_ctx.rng.weighted(statusWeights(now - lead.createdAt)));
    if (plan.status == LeadStatus::New)
        plan.status = LeadStatus::Attempting; // older than the live window: somebody called
    if (draft.junior && now - lead.createdAt > kDayMs)
        plan.status = LeadStatus::Disqualified;
    if (!draft.company && plan.status == LeadStatus::Converted)
        plan.status = LeadStatus::Qualified;
    const bool viaConnected = !draft.junior && m_ctx.rng.chance(0.5);

    Instant touch = lead.createdAt + firstTouchDelay(draft.hot);
    if (touch >= now - kMinuteMs)
        touch = lead.createdAt + (now - lead.createdAt) / 2;
    touch = std::max(touch, lead.createdAt + kSecondMs);
    plan.firstTouchAt = touch;

    const QList<LeadStatus> path = pathTo(plan.status, viaConnected);
    QList<qint64> gaps{0};
    qint64 total = 0;
    for (int i = 1; i < path.size(); ++i) {
        gaps.append(m_ctx.rng.between64(2 * kHourMs, 5 * kDayMs));
        total += gaps.last();
    }
    const qint64 room = now - 5 * kMinuteMs - touch;
    Instant at = touch;
    for (int i = 0; i < path.size(); ++i) {
        qint64 gap = gaps.at(i);
        if (total > room)
            gap = room > 0 ? static_cast<qint64>(static_cast<double>(gap) * room / total) : kSecondMs;
        at += std::max<qint64>(gap, i == 0 ? 0 : kSecondMs);
        plan.steps.append({path.at(i), at});
    }
    return plan;
}

void DemoLeadHistory::write(const DemoLeadDraft &draft, const DemoAssignment &owner, const DemoLeadPlan &plan)
{
    const Lead &lead = draft.lead;
    writeArrival(draft, owner);

    writeCallTask(draft, owner.ownerId, plan.firstTouchAt);
    if (!plan.firstTouchAt)
        return;

    // First touch: a call for hot leads, more often an e-mail for the rest.
    const Instant touch = plan.firstTouchAt;
    Activity first;
    first.leadId = lead.id;
    first.userId = owner.ownerId;
    first.at = touch;
    if (m_ctx.rng.chance(draft.hot ? 0.8 : 0.55) && !lead.phone.isEmpty()) {
        first.kind = ActivityKind::Call;
        first.outcome = m_ctx.rng.chance(0.5) ? QStringLiteral("no_answer") : QStringLiteral("left_voicemail");
        first.body = first.outcome == QLatin1String("no_answer")
                         ? demoText(QT_TRANSLATE_NOOP("lr::DemoText", "First call attempt – no answer"))
                         : demoText(QT_TRANSLATE_NOOP("lr::DemoText", "First call attempt – left a voicemail"));
    } else {
        first.kind = ActivityKind::Email;
        first.outcome = QStringLiteral("sent");
        first.body =
            demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Intro e-mail with two time slots for a 15-minute call"));
    }
    m_ctx.activity(first);
    m_ctx.event(events::FirstTouch, touch, lead.id, 0, owner.ownerId,
                {{QStringLiteral("kind"), toKey(first.kind)},
                 {QStringLiteral("seconds"), static_cast<qint64>((touch - lead.createdAt) / kSecondMs)}});
    if (first.kind == ActivityKind::Email)
        writeEmailEngagement(lead, touch);

    LeadStatus from = LeadStatus::New;
    Instant previousAt = touch;
    for (const DemoLeadPlan::Step &step : plan.steps) {
        writeStep(draft, owner.ownerId, step, from, previousAt);
        from = step.status;
        previousAt = step.at;
    }
    writeFollowUp(draft, owner.ownerId, plan);
}

void DemoLeadHistory::writeCallTask(const DemoLeadDraft &draft, Id owner, Instant doneAt)
{
    // The speed-to-lead task every routed lead gets, done at the first touch.
    const Lead &lead = draft.lead;
    const QString name = lead.fullName();
    Task call;
    call.leadId = lead.id;
    call.ownerId = owner;
    call.kind = QStringLiteral("call");
    call.createdAt = lead.createdAt + 2 * kSecondMs;
    // The words routing gives the task (LeadDispatcher, SlaPolicySet), kept untranslated as it does.
    const auto title = [&](const char *label) {
        return Words("lr::LeadDispatcher", "Call %1 – %2", {name, Words("lr::SlaPolicySet", label)});
    };
    if (lead.formType == QLatin1String("demo_request")) {
        call.setTitle(title("demo request"));
        call.dueAt = lead.createdAt + 15 * kMinuteMs;
    } else if (draft.hot || draft.senior) {
        call.setTitle(title("hot inbound"));
        call.dueAt = lead.createdAt + 5 * kMinuteMs;
    } else {
        call.setTitle(title("new inbound"));
        call.dueAt = lead.createdAt + 2 * kHourMs;
    }
    if (doneAt) {
        call.doneAt = doneAt;
        call.outcome = doneWords().toStored();
    }
    m_ctx.task(call);
}

void DemoLeadHistory::writeArrival(const DemoLeadDraft &draft, const DemoAssignment &owner)
{
    writeArrival(draft);
    const Lead &lead = draft.lead;
    m_ctx.event(events::LeadAssigned, lead.createdAt + kSecondMs, lead.id, 0, owner.ownerId,
                {{QStringLiteral("owner"), owner.ownerName},
                 {QStringLiteral("owner_id"), owner.ownerId},
                 {QStringLiteral("reason"), owner.reason}});
}

void DemoLeadHistory::writeArrival(const DemoLeadDraft &draft)
{
    const Lead &lead = draft.lead;
    const bool web =
        lead.source == LeadSource::WebForm || lead.source == LeadSource::Ads || lead.source == LeadSource::Chat;
    if (web && m_ctx.rng.chance(0.5)) {
        static const QStringList pages{QStringLiteral("/pricing"),
                                       QStringLiteral("/features/routing"),
                                       QStringLiteral("/blog/speed-to-lead-benchmarks"),
                                       QStringLiteral("/customers"),
                                       QStringLiteral("/pricing"),
                                       QStringLiteral("/integrations")};
        const int views = m_ctx.rng.between(1, 3);
        Instant at = lead.createdAt - m_ctx.rng.between64(10 * kMinuteMs, 3 * kDayMs);
        for (int i = 0; i < views; ++i) {
            m_ctx.event(events::PageView, at, lead.id, 0, 0, {{QStringLiteral("url"), kSite + m_ctx.rng.pick(pages)}});
            at += m_ctx.rng.between64(kMinuteMs, (lead.createdAt - at) / 2 + kMinuteMs);
            at = std::min(at, lead.createdAt - kSecondMs);
        }
    }
    m_ctx.event(events::LeadCreated, lead.createdAt, lead.id, 0, 0,
                {{QStringLiteral("source"), toKey(lead.source)}, {QStringLiteral("country"), lead.country}});
}

void DemoLeadHistory::writeStep(const DemoLeadDraft &draft, Id owner, const DemoLeadPlan::Step &step, LeadStatus from,
                                Instant previousAt)
{
    const Lead &lead = draft.lead;
    Activity a;
    a.leadId = lead.id;
    a.userId = owner;
    a.at = step.at;
    switch (step.status) {
    case LeadStatus::New:
    case LeadStatus::Attempting:
        break;
    case LeadStatus::Connected:
        a.kind = lead.phone.isEmpty() ? ActivityKind::Email : ActivityKind::Call;
        a.outcome = lead.phone.isEmpty() ? QStringLiteral("replied") : QStringLiteral("connected");
        a.body = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Reached %1. %2"))
                     .arg(lead.firstName, lead.question.isEmpty()
                                              ? demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Wants to see a demo."))
                                              : lead.question);
        m_ctx.activity(a);
        if (a.kind == ActivityKind::Email)
            m_ctx.event(events::EmailReply, step.at, lead.id, 0, owner);
        break;
    case LeadStatus::Qualified: {
        // Discovery meeting, booked on the connect call; one in five is a no-show and gets rebooked.
        const Instant bookedAt = previousAt + (step.at - previousAt) / 4;
        m_ctx.event(events::MeetingBooked, bookedAt, lead.id, 0, owner);
        Meeting m;
        m.leadId = lead.id;
        m.ownerId = owner;
        m.title = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Discovery call – %1")).arg(lead.fullName());
        m.createdAt = bookedAt;
        if (m_ctx.rng.chance(0.2)) {
            m.startsAt = bookedAt + (step.at - bookedAt) / 2;
            m.endsAt = m.startsAt + 30 * kMinuteMs;
            m.status = MeetingStatus::NoShow;
            m_ctx.meeting(m);
            m_ctx.event(events::MeetingNoShow, m.endsAt, lead.id, 0, owner);
        }
        m.startsAt = step.at - 30 * kMinuteMs;
        m.endsAt = step.at;
        m.status = MeetingStatus::Held;
        m_ctx.meeting(m);
        m_ctx.event(events::MeetingHeld, step.at, lead.id, 0, owner);
        a.kind = ActivityKind::Meeting;
        a.outcome = QStringLiteral("held");
        a.body = demoText(QT_TRANSLATE_NOOP(
            "lr::DemoText", "Discovery call: need confirmed, budget owner identified, timeline this quarter"));
        m_ctx.activity(a);
        break;
    }
    case LeadStatus::Nurture:
        a.kind = ActivityKind::Email;
        a.outcome = QStringLiteral("sent");
        a.body = demoText(QT_TRANSLATE_NOOP(
            "lr::DemoText", "Sent the case study; timing is not now – nurture and check again next quarter"));
        m_ctx.activity(a);
        writeEmailEngagement(lead, step.at);
        break;
    case LeadStatus::Disqualified: {
        const QStringList reasons = demoTexts({QT_TRANSLATE_NOOP("lr::DemoText", "No budget"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Wrong fit: company too small"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Competitor doing research"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "No reply after 5 touches in 14 days"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Looking for a job, not a product")});
        a.kind = ActivityKind::Note;
        a.body = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Disqualified: %1"))
                     .arg(draft.junior
                              ? demoText(QT_TRANSLATE_NOOP("lr::DemoText", "student / intern – no buying authority"))
                              : m_ctx.rng.pick(reasons));
        m_ctx.activity(a);
        break;
    }
    case LeadStatus::Converted:
        a.kind = ActivityKind::Note;
        a.body = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Converted to a deal"));
        m_ctx.activity(a);
        break;
    }
    m_ctx.event(events::LeadStatusChanged, step.at, lead.id, 0, owner, statusPayload(from, step.status));
}

void DemoLeadHistory::writeFollowUp(const DemoLeadDraft &draft, Id owner, const DemoLeadPlan &plan)
{
    const Lead &lead = draft.lead;
    const Instant now = m_ctx.now;
    const Instant last = plan.lastChangeAt(lead.createdAt);
    Task t;
    t.leadId = lead.id;
    t.ownerId = owner;
    t.createdAt = last;
    switch (plan.status) {
    case LeadStatus::Attempting: {
        Instant at = last;
        const int attempts = m_ctx.rng.between(0, 2);
        for (int i = 0; i < attempts && now - at > 2 * kHourMs; ++i) {
            at += m_ctx.rng.between64(kHourMs, std::min<qint64>(2 * kDayMs, (now - at) / 2));
            Activity a;
            a.leadId = lead.id;
            a.userId = owner;
            a.at = at;
            a.kind = lead.phone.isEmpty() || i == 1 ? ActivityKind::Email : ActivityKind::Call;
            a.outcome = a.kind == ActivityKind::Call ? QStringLiteral("no_answer") : QStringLiteral("sent");
            a.body = a.kind == ActivityKind::Call ? QStringLiteral("Call #%1 – no answer").arg(i + 2)
                                                  : QStringLiteral("Follow-up e-mail #%1").arg(i + 2);
            m_ctx.activity(a);
        }
        t.setTitle(words(QT_TR_NOOP("Call #%1 – %2"), {QString::number(attempts + 2), lead.fullName()}));
        t.kind = QStringLiteral("call");
        t.createdAt = at;
        t.dueAt = at + kDayMs;
        break;
    }
    case LeadStatus::Connected:
        t.setTitle(words(QT_TR_NOOP("Book discovery call with %1"), {lead.fullName()}));
        t.dueAt = last + 2 * kDayMs;
        if (m_ctx.rng.chance(0.35)) {
            Meeting m;
            m.leadId = lead.id;
            m.ownerId = owner;
            m.title = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Discovery call – %1")).arg(lead.fullName());
            m.createdAt = last;
            m.startsAt = businessTimeAfter(now, lead.country, 1, 10);
            m.endsAt = m.startsAt + 30 * kMinuteMs;
            m_ctx.meeting(m);
            m_ctx.event(events::MeetingBooked, last, lead.id, 0, owner);
            t.setTitle(words(QT_TR_NOOP("Prepare discovery call with %1"), {lead.fullName()}));
            t.dueAt = m.startsAt - kHourMs;
        }
        break;
    case LeadStatus::Qualified:
        t.setTitle(words(QT_TR_NOOP("Send proposal to %1"), {lead.fullName()}));
        t.dueAt = last + 3 * kDayMs;
        break;
    case LeadStatus::Nurture:
        t.setTitle(words(QT_TR_NOOP("Check in with %1 – nurture"), {lead.fullName()}));
        t.kind = QStringLiteral("email");
        t.dueAt = last + m_ctx.rng.between(21, 90) * kDayMs;
        if (t.dueAt < now) {
            t.doneAt = t.dueAt;
            t.outcome = words(QT_TR_NOOP("No reply – stays in nurture")).toStored();
        }
        if (m_ctx.rng.chance(0.2)) {
            // Recycle signal: back on the pricing page.
            m_ctx.event(events::PageView, m_ctx.rng.between64(last, now - kMinuteMs), lead.id, 0, 0,
                        {{QStringLiteral("url"), kSite + QStringLiteral("/pricing")}});
        }
        break;
    case LeadStatus::New:
    case LeadStatus::Disqualified:
    case LeadStatus::Converted:
        return;
    }
    // Reps work most of their queue; a few old tasks stay overdue (what the SLA views are for).
    if (t.isOpen() && t.dueAt < now - 7 * kDayMs && m_ctx.rng.chance(0.85)) {
        t.doneAt = std::min(t.dueAt + m_ctx.rng.between64(0, kDayMs), now - kHourMs);
        t.outcome = doneWords().toStored();
    }
    m_ctx.task(t);
}

void DemoLeadHistory::writeEmailEngagement(const Lead &lead, Instant sentAt)
{
    if (!m_ctx.rng.chance(0.5) || m_ctx.now - sentAt < 10 * kMinuteMs)
        return;
    const int opens = m_ctx.rng.between(1, 2);
    Instant at = sentAt;
    for (int i = 0; i < opens; ++i) {
        at = m_ctx.rng.between64(at + kMinuteMs, std::min(at + 2 * kDayMs, m_ctx.now - kMinuteMs));
        if (at >= m_ctx.now)
            return;
        m_ctx.event(events::EmailOpen, at, lead.id, 0, 0);
    }
    if (m_ctx.rng.chance(0.3)) {
        static const QStringList links{QStringLiteral("/customers"), QStringLiteral("/pricing"),
                                       QStringLiteral("/webinars/speed-to-lead")};
        m_ctx.event(events::EmailClick, std::min(at + kMinuteMs, m_ctx.now - kSecondMs), lead.id, 0, 0,
                    {{QStringLiteral("url"), kSite + m_ctx.rng.pick(links)}});
    }
}

Instant DemoLeadHistory::businessTimeAfter(Instant from, const QString &country, int minDays, int maxDays)
{
    qint64 day = from / kDayMs + m_ctx.rng.between(minDays, maxDays);
    while ((day + 3) % 7 >= 5) // Saturday or Sunday
        ++day;
    const int localHour = m_ctx.rng.between(9, 16);
    return day * kDayMs + localHour * kHourMs + (m_ctx.rng.below(2) ? 30 * kMinuteMs : 0) -
           DemoCatalog::country(country).utcOffsetMinutes * kMinuteMs;
}

} // namespace lr
