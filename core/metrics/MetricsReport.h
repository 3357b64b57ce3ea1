#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"
#include "core/metrics/MetricsFilter.h"
#include "core/pipeline/DealService.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace lr {

/// A share 0–1 of a non-empty whole; nullopt when the whole is empty.
using Rate = std::optional<double>;

/// Distribution figures of a set of durations, in seconds; nullopt when the set is empty.
struct DurationStats
{
    qint64 count = 0;
    std::optional<double> median;
    std::optional<double> p90;
    std::optional<double> mean;

    /// Median (mean of the two middle values for an even count), p90 (nearest rank: the value at
    /// rank ceil(0.9 n)) and mean, in seconds, of `milliseconds` (reordered in place).
    static DurationStats of(QList<qint64> &milliseconds);
};

/// Speed-to-lead of a cohort: created → first real touch (docs/metrics.md).
struct SpeedToLead
{
    qint64 leads = 0;     ///< Leads created in the period.
    qint64 touched = 0;   ///< Of those, touched at all.
    qint64 untouched = 0; ///< Not touched yet.
    DurationStats wall;
    DurationStats business;
    Rate underFiveMinutes;         ///< Touched within 5 min / leads that are 5 min old or touched.
    Rate businessUnderFiveMinutes; ///< The same in business hours.
    /// Leads per bucket: < 1 min, 1–5 min, 5–30 min, 30 min–2 h, 2–24 h, > 24 h, no touch yet.
    QList<qint64> histogram;
    struct Week
    {
        Instant weekStart = 0; ///< Monday 00:00 UTC.
        qint64 touched = 0;
        std::optional<double> medianSeconds;
    };
    QList<Week> weekly;

    static QList<qint64> bucketLimitsSeconds() { return {60, 300, 1800, 7200, 86400}; }
};

struct Funnel
{
    qint64 leads = 0;
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 opportunities = 0;
    qint64 won = 0;
    qint64 meetings = 0; ///< Leads with at least one meeting booked.
    Rate leadToMql;
    Rate mqlToSql;
    Rate sqlToOpp;
    Rate oppToWon;
    Rate leadToMeeting;
};

struct MeetingsBySource
{
    QString source;
    qint64 held = 0;
    qint64 noShow = 0;
    Rate holdRate;
    Rate noShowRate;
};

struct Meetings
{
    qint64 held = 0;
    qint64 noShow = 0;
    Rate holdRate;
    Rate noShowRate;
    QList<MeetingsBySource> bySource;
};

struct FormQuarantine
{
    QString form;
    qint64 submissions = 0;
    qint64 quarantined = 0;
    Rate rate;
};

struct Duplicates
{
    qint64 leads = 0;                       ///< Leads created in the period (still stored).
    qint64 mergedDuplicates = 0;            ///< Leads created in the period and later merged away (not undone).
    Rate duplicateRate;                     ///< merged / (leads + merged).
    qint64 intakeMerges = 0;                ///< Submissions merged into a known lead at intake.
    Rate intakeDedupRate;                   ///< intakeMerges / (intakeMerges + leads).
    QList<FormQuarantine> quarantineByForm; ///< Managers and admins only.
};

struct QueueVelocity
{
    struct Day
    {
        Instant day = 0; ///< 00:00 UTC.
        qint64 leftInNew = 0;
    };
    QList<Day> endOfDay; ///< Every complete UTC day of the period.
    std::optional<qint64> lastDay;
    DurationStats timeInNew; ///< Cohort leads that left New.
};

struct SlaFigures
{
    qint64 breaches = 0;
    qint64 escalations = 0;
    qint64 reassignments = 0;
    struct Day
    {
        Instant day = 0;
        qint64 breaches = 0;
        qint64 escalations = 0;
        qint64 reassignments = 0;
    };
    QList<Day> byDay; ///< Days with at least one event.
};

struct ForecastMonth
{
    QString month; ///< yyyy-MM.
    qint64 openCount = 0;
    qint64 valueCents = 0;
    qint64 weightedCents = 0;
};

struct ForecastVsActual
{
    QString month;
    qint64 forecastCents = 0;
    qint64 actualCents = 0;
    Rate accuracy; ///< 1 − |actual − forecast| / actual, at least 0; nullopt without actual.
};

struct PipelineFigures
{
    qint64 won = 0;
    qint64 lost = 0;
    Rate winRate;
    qint64 wonValueCents = 0;
    std::optional<double> avgWonValueCents;
    QString currency; ///< Of the won deals; empty when they mix currencies.
    QMap<QString, qint64> wonValueByCurrency;
    std::optional<double> cycleMedianDays;
    std::optional<double> cycleMeanDays;
    qint64 openDeals = 0;
    qint64 openValueCents = 0;
    qint64 weightedCents = 0;
    std::optional<double> velocityCentsPerDay;
    struct StageRow
    {
        Id stageId = 0;
        QString stage;
        int probability = 0;
        qint64 count = 0;
        qint64 valueCents = 0;
        qint64 weightedCents = 0;
    };
    QList<StageRow> byStage;
    QList<ForecastMonth> forecast;
    QList<ForecastVsActual> forecastVsActual;
    Rate forecastAccuracy;
};

struct Attribution
{
    qint64 wonValueCents = 0;
    Rate marketingSourcedShare;
    Rate influencedShare;
    QMap<QString, double> firstTouchCents; ///< Channel → won value credited.
    QMap<QString, double> lastTouchCents;
    QMap<QString, double> evenCents;
};

/// Every figure of one rep (the owner of the leads and deals).
struct RepFigures
{
    Id userId = 0;
    QString name;
    QString email;
    qint64 leads = 0;
    qint64 touched = 0;
    std::optional<double> speedToLeadMedianSeconds;
    std::optional<double> speedToLeadBusinessMedianSeconds;
    Rate underFiveMinutes;
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 opportunities = 0;
    qint64 meetingsHeld = 0;
    qint64 meetingsNoShow = 0;
    Rate holdRate;
    qint64 dealsWon = 0;
    qint64 dealsLost = 0;
    Rate winRate;
    qint64 wonValueCents = 0;
    std::optional<double> cycleMedianDays;
    std::optional<double> cycleMeanDays;
    qint64 slaBreaches = 0;
    qint64 slaEscalations = 0;
    qint64 slaReassignments = 0;
};

/// Everything the dashboard and `leadrelayctl metrics` show, for one period, filter and scope.
struct MetricsReport
{
    MetricsFilter filter;
    Instant generatedAt = 0;
    SpeedToLead speedToLead;
    Funnel funnel;
    Meetings meetings;
    Duplicates duplicates;
    QueueVelocity queue;
    SlaFigures sla;
    PipelineFigures pipeline;
    Attribution attribution;
    QList<RepFigures> reps; ///< By name.

    /// The row of `userId`, added when missing.
    RepFigures &rep(Id userId)
    {
        for (RepFigures &r : reps) {
            if (r.userId == userId)
                return r;
        }
        reps.append(RepFigures{});
        reps.last().userId = userId;
        return reps.last();
    }
};

} // namespace lr
