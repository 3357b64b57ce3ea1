#include "core/metrics/MetricsService.h"

#include "core/common/Clock.h"
#include "core/common/WorkingHours.h"
#include "core/metrics/MetricEvents.h"
#include "core/store/QuarantineRepository.h"
#include "core/store/Store.h"

#include <algorithm>
#include <cmath>

namespace lr {
namespace {

constexpr qint64 kFiveMinutesMs = 5 * kMinuteMs;

Rate rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/// Monday 00:00 UTC of the week of `t`.
Instant weekStart(Instant t)
{
    const qint64 day = floorDiv(t, kDayMs);
    const qint64 weekday = ((day % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday
    return (day - weekday) * kDayMs;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

/// What the lead figures add up per owner.
struct RepLeads
{
    qint64 leads = 0;
    qint64 touched = 0;
    qint64 eligible = 0;
    qint64 under = 0;
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 opps = 0;
    QList<qint64> wall;
    QList<qint64> business;
};

/// What the lead figures add up, lead by lead (from the facts) or day by day (from the daily
/// aggregates): both give the same sums and the same lists of durations.
struct LeadTally
{
    explicit LeadTally(Instant now) : now(now), limits(SpeedToLead::bucketLimitsSeconds()) {}

    Instant now;
    QList<qint64> limits;
    qint64 leads = 0, touched = 0, untouched = 0, eligible = 0, under = 0, businessUnder = 0;
    qint64 mql = 0, sql = 0, opportunities = 0, won = 0, meetings = 0;
    QList<qint64> histogram = QList<qint64>(7, 0);
    QList<qint64> wall, business, timeInNew;
    QMap<Instant, QList<qint64>> weeks;
    QHash<Id, RepLeads> reps;

    void addTouch(RepLeads &rep, qint64 ms, QList<qint64> &week)
    {
        ++touched;
        ++rep.touched;
        wall.append(ms);
        rep.wall.append(ms);
        if (ms < kFiveMinutesMs) {
            ++under;
            ++rep.under;
        }
        int bucket = 0;
        while (bucket < limits.size() && ms >= limits.at(bucket) * kSecondMs)
            ++bucket;
        ++histogram[bucket];
        week.append(ms);
    }
    void addBusiness(RepLeads &rep, qint64 ms)
    {
        business.append(ms);
        rep.business.append(ms);
        if (ms < kFiveMinutesMs)
            ++businessUnder;
    }

    void add(const LeadFact &f)
    {
        RepLeads &rep = reps[f.ownerId];
        ++leads;
        ++rep.leads;
        const bool isTouched = f.firstTouchAt > 0;
        if (isTouched || now - f.createdAt >= kFiveMinutesMs) {
            ++eligible;
            ++rep.eligible;
        }
        if (isTouched) {
            addTouch(rep, f.firstTouchAt - f.createdAt, weeks[weekStart(f.createdAt)]);
            if (f.touchBusinessMs >= 0)
                addBusiness(rep, f.touchBusinessMs);
        } else {
            ++untouched;
            ++histogram[6];
        }
        if (f.leftNewAt > 0)
            timeInNew.append(std::max<qint64>(0, f.leftNewAt - f.createdAt));
        mql += f.mqlAt > 0;
        sql += f.sqlAt > 0;
        opportunities += f.oppAt > 0;
        won += f.wonAt > 0;
        meetings += f.meetingAt > 0;
        rep.mql += f.mqlAt > 0;
        rep.sql += f.sqlAt > 0;
        rep.opps += f.oppAt > 0;
    }

    /// A day of the aggregates: every lead of it is at least five minutes old, so all are eligible.
    void add(const LeadDay &d)
    {
        RepLeads &rep = reps[d.ownerId];
        leads += d.leads;
        rep.leads += d.leads;
        eligible += d.leads;
        rep.eligible += d.leads;
        QList<qint64> &week = weeks[weekStart(d.day * kDayMs)];
        for (qint64 ms : d.wallMs)
            addTouch(rep, ms, week);
        untouched += d.leads - d.wallMs.size();
        histogram[6] += d.leads - d.wallMs.size();
        for (qint64 ms : d.businessMs)
            addBusiness(rep, ms);
        timeInNew += d.newMs;
        mql += d.mql;
        sql += d.sql;
        opportunities += d.opportunities;
        won += d.won;
        meetings += d.meetings;
        rep.mql += d.mql;
        rep.sql += d.sql;
        rep.opps += d.opportunities;
    }
};

} // namespace

DurationStats DurationStats::of(QList<qint64> &milliseconds)
{
    DurationStats s;
    s.count = milliseconds.size();
    if (milliseconds.isEmpty())
        return s;
    // Selection instead of a sort: a 90-day dashboard takes these of a quarter of a million
    // durations several times (all, per rep, per week).
    const qsizetype n = milliseconds.size();
    const auto begin = milliseconds.begin();
    const qsizetype upper = n / 2;
    std::nth_element(begin, begin + upper, milliseconds.end());
    const qint64 high = milliseconds.at(upper);
    const double middle =
        n % 2 ? static_cast<double>(high) : (static_cast<double>(*std::max_element(begin, begin + upper)) + high) / 2.0;
    s.median = middle / 1000.0;
    const qsizetype rank = std::max<qsizetype>(static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(n))), 1) - 1;
    // Everything from `upper` on is at least the median, and rank >= upper for every n.
    std::nth_element(begin + std::min(rank, upper), begin + rank, milliseconds.end());
    s.p90 = static_cast<double>(milliseconds.at(rank)) / 1000.0;
    // An integer sum: exact, and the same whatever order the durations come in.
    qint64 sum = 0;
    for (qint64 v : std::as_const(milliseconds))
        sum += v;
    s.mean = static_cast<double>(sum) / static_cast<double>(n) / 1000.0;
    return s;
}

MetricsService::MetricsService(Store &store, const Clock &clock)
    : m_store(store), m_clock(clock), m_repo(store.database())
{}

MetricsFilter MetricsService::scoped(const AccessScope &scope, MetricsFilter filter)
{
    if (scope.role == Role::Rep)
        filter.repId = scope.userId;
    return filter;
}

Result<qint64> MetricsService::refresh()
{
    QHash<Id, WorkingHours> calendars;
    for (const User &u : m_store.users.all())
        calendars.insert(u.id, WorkingHours::of(u));
    return m_repo.refresh([calendars](Id owner, Instant from, Instant to) {
        return calendars.value(owner, WorkingHours()).workingTimeBetween(from, to);
    });
}

Result<MetricsReport> MetricsService::report(const AccessScope &scope, const MetricsFilter &asked, Detail detail) const
{
    using R = Result<MetricsReport>;
    if (asked.to <= asked.from)
        return R::failure(tr("The period ends before it starts."));
    const MetricsFilter filter = scoped(scope, asked);
    MetricsReport report;
    report.filter = filter;
    report.generatedAt = m_clock.now();
    for (const Status &s : {leadFigures(scope, filter, detail, report), meetingFigures(scope, filter, report),
                            duplicateFigures(scope, filter, detail, report), slaFigures(scope, filter, report),
                            pipelineFigures(scope, filter, detail, report)}) {
        if (!s)
            return R::failure(s.error());
    }
    if (detail == Detail::Full) {
        if (const Status s = queueFigures(scope, filter, report); !s)
            return R::failure(s.error());
        fillRepNames(report);
    }
    return report;
}

Status MetricsService::leadFigures(const AccessScope &scope, const MetricsFilter &filter, Detail detail,
                                   MetricsReport &report) const
{
    const Instant now = m_clock.now();
    LeadTally tally(now);
    const auto facts = [&](Instant from, Instant to) -> Status {
        if (to <= from)
            return {};
        MetricsFilter part = filter;
        part.from = from;
        part.to = to;
        return m_repo.forEachFact(scope, part, [&tally](const LeadFact &f) { tally.add(f); });
    };
    // The complete UTC days of the period whose leads are all at least five minutes old come from
    // the daily aggregates; the partial days at either end from the facts.
    qint64 firstDay = 0, endDay = 0;
    if (m_useAggregates && MetricsRepository::aggregatesCover(filter)) {
        firstDay = ceilDiv(filter.from, kDayMs);
        endDay = floorDiv(std::min(filter.to, now - kFiveMinutesMs + 1), kDayMs);
    }
    if (endDay > firstDay) {
        for (const Status &s :
             {facts(filter.from, firstDay * kDayMs),
              m_repo.forEachLeadDay(scope, filter, firstDay, endDay, [&tally](const LeadDay &d) { tally.add(d); }),
              facts(endDay * kDayMs, filter.to)}) {
            if (!s)
                return s;
        }
    } else if (const Status s = facts(filter.from, filter.to); !s) {
        return s;
    }

    SpeedToLead &speed = report.speedToLead;
    Funnel &funnel = report.funnel;
    speed.leads = tally.leads;
    speed.touched = tally.touched;
    speed.untouched = tally.untouched;
    speed.histogram = tally.histogram;
    speed.wall = DurationStats::of(tally.wall);
    speed.business = DurationStats::of(tally.business);
    speed.underFiveMinutes = rate(tally.under, tally.eligible);
    speed.businessUnderFiveMinutes = rate(tally.businessUnder, tally.eligible);
    report.queue.timeInNew = DurationStats::of(tally.timeInNew);
    funnel.leads = tally.leads;
    funnel.mql = tally.mql;
    funnel.sql = tally.sql;
    funnel.opportunities = tally.opportunities;
    funnel.won = tally.won;
    funnel.meetings = tally.meetings;
    funnel.leadToMql = rate(funnel.mql, funnel.leads);
    funnel.mqlToSql = rate(funnel.sql, funnel.mql);
    funnel.sqlToOpp = rate(funnel.opportunities, funnel.sql);
    funnel.oppToWon = rate(funnel.won, funnel.opportunities);
    funnel.leadToMeeting = rate(funnel.meetings, funnel.leads);
    if (detail == Detail::Kpis)
        return {};
    for (auto it = tally.weeks.begin(); it != tally.weeks.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        const DurationStats w = DurationStats::of(it.value());
        speed.weekly.append({it.key(), w.count, w.median});
    }
    for (auto it = tally.reps.begin(); it != tally.reps.end(); ++it) {
        RepFigures &r = report.rep(it.key());
        RepLeads &acc = it.value();
        r.leads = acc.leads;
        r.touched = acc.touched;
        r.speedToLeadMedianSeconds = DurationStats::of(acc.wall).median;
        r.speedToLeadBusinessMedianSeconds = DurationStats::of(acc.business).median;
        r.underFiveMinutes = rate(acc.under, acc.eligible);
        r.mql = acc.mql;
        r.sql = acc.sql;
        r.opportunities = acc.opps;
    }
    return {};
}

Status MetricsService::meetingFigures(const AccessScope &scope, const MetricsFilter &filter,
                                      MetricsReport &report) const
{
    // The complete UTC days of the period from the daily aggregates, the partial ones at either end
    // from the meetings.
    const qint64 firstDay = m_useAggregates ? ceilDiv(filter.from, kDayMs) : 0;
    const qint64 endDay = m_useAggregates ? floorDiv(filter.to, kDayMs) : 0;
    const auto rows = m_repo.meetings(scope, filter, firstDay, endDay);
    if (!rows)
        return Status::failure(rows.error());
    Meetings &m = report.meetings;
    QMap<QString, MeetingsBySource> bySource;
    for (const MeetingCount &row : rows.value()) {
        m.held += row.held;
        m.noShow += row.noShow;
        MeetingsBySource &s = bySource[row.source];
        s.source = row.source;
        s.held += row.held;
        s.noShow += row.noShow;
        RepFigures &r = report.rep(row.ownerId);
        r.meetingsHeld += row.held;
        r.meetingsNoShow += row.noShow;
    }
    m.holdRate = rate(m.held, m.held + m.noShow);
    m.noShowRate = rate(m.noShow, m.held + m.noShow);
    for (MeetingsBySource &s : bySource) {
        s.holdRate = rate(s.held, s.held + s.noShow);
        s.noShowRate = rate(s.noShow, s.held + s.noShow);
        m.bySource.append(s);
    }
    for (RepFigures &r : report.reps)
        r.holdRate = rate(r.meetingsHeld, r.meetingsHeld + r.meetingsNoShow);
    return {};
}

Status MetricsService::duplicateFigures(const AccessScope &scope, const MetricsFilter &filter, Detail detail,
                                        MetricsReport &report) const
{
    Duplicates &d = report.duplicates;
    d.leads = report.speedToLead.leads;
    const auto absorbed = m_repo.absorbedDuplicates(scope, filter);
    if (!absorbed)
        return Status::failure(absorbed.error());
    const auto intake = m_repo.intakeMerges(scope, filter);
    if (!intake)
        return Status::failure(intake.error());
    d.mergedDuplicates = absorbed.value();
    d.duplicateRate = rate(d.mergedDuplicates, d.leads + d.mergedDuplicates);
    d.intakeMerges = intake.value();
    d.intakeDedupRate = rate(d.intakeMerges, d.intakeMerges + d.leads);
    // Forms belong to nobody: their rejects are shown to managers and admins, not filtered by rep.
    if (detail == Detail::Full && scope.role != Role::Rep) {
        const auto forms = QuarantineRepository(m_store.database()).rejectsBySource(filter.from, filter.to, 50);
        if (!forms)
            return Status::failure(forms.error());
        for (const SourceRejects &f : forms.value())
            d.quarantineByForm.append({f.source, f.submissions, f.rejects, rate(f.rejects, f.submissions)});
    }
    return {};
}

Status MetricsService::queueFigures(const AccessScope &scope, const MetricsFilter &filter, MetricsReport &report) const
{
    // Every complete UTC day whose end lies in (from, min(to, now)].
    const qint64 firstDay = floorDiv(filter.from, kDayMs);
    const qint64 lastDay = std::min(floorDiv(std::min(filter.to, m_clock.now()), kDayMs) - 1, firstDay + 400);
    if (lastDay < firstDay)
        return {};
    if (m_useAggregates && MetricsRepository::aggregatesCover(filter)) {
        const auto counts = m_repo.leftInNew(scope, filter, firstDay, lastDay);
        if (!counts)
            return Status::failure(counts.error());
        for (qint64 day = firstDay; day <= lastDay; ++day)
            report.queue.endOfDay.append({day * kDayMs, counts->at(day - firstDay)});
        report.queue.lastDay = counts->last();
        return {};
    }
    QList<qint64> delta(lastDay - firstDay + 2, 0);
    MetricsFilter window = filter;
    window.from = (firstDay + 1) * kDayMs;
    window.to = (lastDay + 1) * kDayMs;
    // A lead is in New at the end of day D when D >= day(created) and D < day(left New) (or it never left).
    const Status visited = m_repo.forEachInNew(scope, window, [&](Instant created, Instant left) {
        const qint64 from = std::max(floorDiv(created, kDayMs), firstDay);
        const qint64 to = left > 0 ? std::min(floorDiv(left, kDayMs) - 1, lastDay) : lastDay;
        if (from > to)
            return;
        ++delta[from - firstDay];
        --delta[to - firstDay + 1];
    });
    if (!visited)
        return visited;
    qint64 running = 0;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        running += delta.at(day - firstDay);
        report.queue.endOfDay.append({day * kDayMs, running});
    }
    report.queue.lastDay = running;
    return {};
}

Status MetricsService::slaFigures(const AccessScope &scope, const MetricsFilter &filter, MetricsReport &report) const
{
    const auto rows = m_repo.eventsByDay(scope, filter, metricEvents::slaTypes());
    if (!rows)
        return Status::failure(rows.error());
    QMap<qint64, SlaFigures::Day> days;
    SlaFigures &sla = report.sla;
    for (const DailyEventCount &row : rows.value()) {
        SlaFigures::Day &day = days[row.day];
        day.day = row.day * kDayMs;
        RepFigures &rep = report.rep(row.userId);
        if (metricEvents::isBreach(row.type)) {
            sla.breaches += row.count;
            day.breaches += row.count;
            rep.slaBreaches += row.count;
        }
        if (metricEvents::isEscalation(row.type)) {
            sla.escalations += row.count;
            day.escalations += row.count;
            rep.slaEscalations += row.count;
        }
        if (metricEvents::isReassignment(row.type)) {
            sla.reassignments += row.count;
            day.reassignments += row.count;
            rep.slaReassignments += row.count;
        }
    }
    sla.byDay = days.values();
    return {};
}

void MetricsService::fillRepNames(MetricsReport &report) const
{
    QHash<Id, User> users;
    for (const User &u : m_store.users.all())
        users.insert(u.id, u);
    for (RepFigures &r : report.reps) {
        const User u = users.value(r.userId);
        r.name = r.userId ? u.name : tr("Unassigned");
        r.email = u.email;
    }
    std::sort(report.reps.begin(), report.reps.end(),
              [](const RepFigures &a, const RepFigures &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
}

Result<QList<MetricLeadRow>> MetricsService::leads(const AccessScope &scope, const MetricsFilter &filter,
                                                   MetricsRepository::Cohort cohort, int limit) const
{
    return m_repo.leads(scope, scoped(scope, filter), cohort, limit);
}

Result<QList<ClosedDeal>> MetricsService::deals(const AccessScope &scope, const MetricsFilter &filter, bool wonOnly,
                                                int limit) const
{
    return m_repo.closedDealList(scope, scoped(scope, filter), wonOnly, limit);
}

} // namespace lr
