#pragma once

#include "core/common/Result.h"
#include "core/domain/DealCard.h"
#include "core/metrics/MetricsFilter.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace lr {

class Database;

/// One lead's row of metric facts (table metric_lead_facts, see migration 011). 0 = not reached.
struct LeadFact
{
    Id leadId = 0;
    Id ownerId = 0;
    Instant createdAt = 0;
    Instant firstTouchAt = 0;
    qint64 touchBusinessMs = -1; ///< Created → first touch within the owner's business hours; -1 = no touch.
    Instant leftNewAt = 0;
    Instant mqlAt = 0;
    Instant sqlAt = 0;
    Instant meetingAt = 0;
    Instant oppAt = 0;
    Instant wonAt = 0;
};

/// Held and no-show meetings of one lead source (and owner) in a period.
struct MeetingCount
{
    QString source;
    Id ownerId = 0;
    qint64 held = 0;
    qint64 noShow = 0;
};

/// A deal that closed (won or lost; invalid deals are not counted) in a period.
struct ClosedDeal
{
    Id id = 0;
    Id leadId = 0;
    Id ownerId = 0;
    bool won = false;
    qint64 valueCents = 0;
    QString currency;
    QString leadSource;
    Instant createdAt = 0;
    Instant engagedAt = 0;
    Instant closedAt = 0;
};

/// A deal expected to close in a period, with the stage it was in at `asOf` (0 = not yet created).
struct ForecastDeal
{
    Id id = 0;
    qint64 valueCents = 0;
    Instant expectedCloseAt = 0;
    int probabilityAtMonthStart = -1; ///< -1: the deal did not exist when its close month began.
};

/// How many events of `type` a user caused on one UTC day.
struct DailyEventCount
{
    QString type;
    Id userId = 0;
    qint64 day = 0; ///< Days since the epoch (UTC).
    qint64 count = 0;
};

/// A marketing touch on a lead (see docs/metrics.md, attribution).
struct MarketingTouch
{
    Id leadId = 0;
    Instant at = 0;
    QString channel;
};

/// The leads created on one UTC day with one owner and lead source (table metric_lead_days): what
/// the lead figures need of their facts, without the lead ids. Durations are sorted milliseconds.
struct LeadDay
{
    qint64 day = 0; ///< Days since the epoch (UTC).
    Id ownerId = 0; ///< 0 = no owner.
    qint64 leads = 0;
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 opportunities = 0;
    qint64 won = 0;
    qint64 meetings = 0;
    QList<qint64> wallMs;     ///< Created → first touch, of the touched leads.
    QList<qint64> businessMs; ///< The same within the owner's working hours (touched leads with a calendar).
    QList<qint64> newMs;      ///< Created → left New (at least 0), of the leads that left it.
};

/// A lead behind a figure, for the dashboard's drill-down.
struct MetricLeadRow
{
    Id id = 0;
    QString name;
    QString email;
    QString ownerName;
    QString source;
    Instant createdAt = 0;
    Instant firstTouchAt = 0;
};

/// The store side of the metrics: the per-lead facts folded incrementally from the event log,
/// activities, deal history and leads, and the scoped aggregate reads the dashboard needs. Every
/// read takes the asking user's scope and a MetricsFilter.
class MetricsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::MetricsRepository)

public:
    explicit MetricsRepository(Database &db) : m_db(db) {}

    /// Business milliseconds between two instants for a lead owner (see WorkingHours).
    using BusinessMs = std::function<qint64(Id ownerId, Instant from, Instant to)>;

    /// Folds everything appended since the last call (events, activities, deal stage changes, new
    /// leads, leads deleted or changed without an event) into metric_lead_facts, and rebuilds the
    /// daily aggregates (metric_lead_days, metric_queue_days) of every day and owner those leads
    /// had or have, in one transaction. Returns how many leads were refreshed (0 when nothing
    /// changed: one cheap check of five max(id)s).
    Result<qint64> refresh(const BusinessMs &businessMs);

    /// Visits the facts of the leads created in the filter's period, oldest first.
    Status forEachFact(const AccessScope &scope, const MetricsFilter &filter,
                       const std::function<void(const LeadFact &)> &visit) const;
    /// Whether the daily aggregates can answer `filter` (they are kept per owner and lead source,
    /// not per campaign).
    static bool aggregatesCover(const MetricsFilter &filter) { return filter.campaign.isEmpty(); }
    /// Visits the daily aggregates of the days [firstDay, endDay) (UTC days since the epoch) that
    /// `scope` and `filter` (owner, team, source; not the period) select. Needs aggregatesCover().
    Status forEachLeadDay(const AccessScope &scope, const MetricsFilter &filter, qint64 firstDay, qint64 endDay,
                          const std::function<void(const LeadDay &)> &visit) const;
    /// Queue velocity from the aggregates: for every day of [firstDay, lastDay], the leads `scope`
    /// and `filter` select that were in New at its end (index 0 = firstDay). Needs aggregatesCover().
    Result<QList<qint64>> leftInNew(const AccessScope &scope, const MetricsFilter &filter, qint64 firstDay,
                                    qint64 lastDay) const;

    /// Visits (created_at, left_new_at) of every lead created before `filter.to` that was still in
    /// New at `filter.from` or later (left_new_at 0 = still in New).
    Status forEachInNew(const AccessScope &scope, const MetricsFilter &filter,
                        const std::function<void(Instant createdAt, Instant leftNewAt)> &visit) const;

    /// Held and no-show meetings that started in the period, per lead source and owner (rows may
    /// repeat a pair: the caller adds them up). The complete UTC days [firstDay, endDay) come from
    /// the daily aggregates when aggregatesCover(filter), the rest from the meetings; pass an empty
    /// range (endDay <= firstDay) to read everything from the meetings.
    Result<QList<MeetingCount>> meetings(const AccessScope &scope, const MetricsFilter &filter, qint64 firstDay = 0,
                                         qint64 endDay = 0) const;
    Result<QList<ClosedDeal>> closedDeals(const AccessScope &scope, const MetricsFilter &filter) const;
    /// Open deals now (stage kind open), for the pipeline by stage, velocity and monthly forecast.
    Result<QList<DealFigures>> openDeals(const AccessScope &scope, const MetricsFilter &filter) const;
    /// Deals expected to close in the period, with their stage's probability when their month began.
    Result<QList<ForecastDeal>> forecastDeals(const AccessScope &scope, const MetricsFilter &filter) const;
    /// Events of `types` in the period per type, user (payload "owner" when present, else the
    /// event's user) and UTC day, scoped by that user.
    Result<QList<DailyEventCount>> eventsByDay(const AccessScope &scope, const MetricsFilter &filter,
                                               const QStringList &types) const;
    /// Marketing touches (lead_created/form_submit with the lead's source, page_view, email_click)
    /// of `leadIds`, oldest first: from metric_touches, kept for the leads whose facts say they were
    /// won, or (`fromEventLog`) from the event log itself.
    Result<QList<MarketingTouch>> marketingTouches(const QList<Id> &leadIds, bool fromEventLog = false) const;

    /// Leads absorbed by a manual merge (not undone) that were created in the period.
    Result<qint64> absorbedDuplicates(const AccessScope &scope, const MetricsFilter &filter) const;
    /// Submissions merged into a known lead at intake (lead_merged events) in the period.
    Result<qint64> intakeMerges(const AccessScope &scope, const MetricsFilter &filter) const;

    /// Leads (at most `limit`) of the period's cohort whose fact `column` satisfies `condition`
    /// (one of the Cohort values), newest first.
    enum class Cohort { All, Touched, Untouched, TouchedLate, Mql, Sql, Opportunity, Won, Meeting, InNew };
    Result<QList<MetricLeadRow>> leads(const AccessScope &scope, const MetricsFilter &filter, Cohort cohort,
                                       int limit) const;
    /// Deals closed in the period (`wonOnly`: only won), newest first, at most `limit`, each in its own
    /// currency (closedDeals() converts to the home currency for sums).
    Result<QList<ClosedDeal>> closedDealList(const AccessScope &scope, const MetricsFilter &filter, bool wonOnly,
                                             int limit) const;

private:
    /// Rebuilds the metric_lead_days rows of every (day, owner) in temp.metric_dirty_days from the facts.
    Status rebuildLeadDays();
    /// Rebuilds metric_meeting_days for the days in metric_dirty_meeting_days, and empties it.
    Status rebuildMeetingDays();

    Database &m_db;
};

} // namespace lr
