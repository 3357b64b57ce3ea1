// MetricsService: the pipeline figures (win rate, won value, cycle, open pipeline, forecast) and
// attribution of won revenue. Formulas: docs/metrics.md.
#include "core/common/Clock.h"
#include "core/metrics/MetricEvents.h"
#include "core/metrics/MetricsService.h"
#include "core/pipeline/DealService.h"
#include "core/store/Store.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace lr {
namespace {

Rate rate(double part, double whole)
{
    if (whole <= 0)
        return std::nullopt;
    return part / whole;
}

QString monthOf(Instant t)
{
    return QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM"));
}

/// Days from engagement (else creation) to close.
qint64 cycleMs(const ClosedDeal &d)
{
    const Instant start = d.engagedAt > 0 ? d.engagedAt : d.createdAt;
    return std::max<qint64>(0, d.closedAt - start);
}

struct CycleStats
{
    std::optional<double> median;
    std::optional<double> mean;
};

CycleStats cycleDays(QList<qint64> ms)
{
    const DurationStats s = DurationStats::of(ms);
    const auto days = [](std::optional<double> seconds) -> std::optional<double> {
        if (!seconds)
            return std::nullopt;
        return *seconds / 86400.0;
    };
    return {days(s.median), days(s.mean)};
}

} // namespace

Status MetricsService::pipelineFigures(const AccessScope &scope, const MetricsFilter &filter, Detail detail,
                                       MetricsReport &report) const
{
    const auto closed = m_repo.closedDeals(scope, filter);
    if (!closed)
        return Status::failure(closed.error());
    PipelineFigures &p = report.pipeline;
    QList<qint64> cycles;
    QHash<Id, QList<qint64>> repCycles;
    QMap<QString, qint64> actualByMonth;
    for (const ClosedDeal &d : closed.value()) {
        RepFigures &rep = report.rep(d.ownerId);
        if (!d.won) {
            ++p.lost;
            ++rep.dealsLost;
            continue;
        }
        ++p.won;
        ++rep.dealsWon;
        p.wonValueCents += d.valueCents;
        rep.wonValueCents += d.valueCents;
        p.wonValueByCurrency[d.currency] += d.valueCents;
        cycles.append(cycleMs(d));
        repCycles[d.ownerId].append(cycleMs(d));
        actualByMonth[monthOf(d.closedAt)] += d.valueCents;
    }
    p.winRate = rate(p.won, p.won + p.lost);
    if (p.won > 0)
        p.avgWonValueCents = static_cast<double>(p.wonValueCents) / static_cast<double>(p.won);
    p.currency = p.wonValueByCurrency.size() == 1 ? p.wonValueByCurrency.firstKey() : QString();
    const CycleStats cycle = cycleDays(cycles);
    p.cycleMedianDays = cycle.median;
    p.cycleMeanDays = cycle.mean;
    for (RepFigures &rep : report.reps) {
        rep.winRate = rate(rep.dealsWon, rep.dealsWon + rep.dealsLost);
        const CycleStats c = cycleDays(repCycles.value(rep.userId));
        rep.cycleMedianDays = c.median;
        rep.cycleMeanDays = c.mean;
    }

    // Forecast vs actual: what the pipeline promised for each month when it began, and what closed.
    const auto promised = m_repo.forecastDeals(scope, filter);
    if (!promised)
        return Status::failure(promised.error());
    QMap<QString, double> forecastByMonth;
    for (const ForecastDeal &d : promised.value()) {
        if (d.probabilityAtMonthStart >= 0)
            forecastByMonth[monthOf(d.expectedCloseAt)] += d.valueCents * d.probabilityAtMonthStart / 100.0;
    }
    QSet<QString> months;
    for (auto it = forecastByMonth.cbegin(); it != forecastByMonth.cend(); ++it)
        months.insert(it.key());
    for (auto it = actualByMonth.cbegin(); it != actualByMonth.cend(); ++it)
        months.insert(it.key());
    QStringList sorted(months.begin(), months.end());
    sorted.sort();
    double forecastTotal = 0, actualTotal = 0;
    for (const QString &month : sorted) {
        const double f = forecastByMonth.value(month);
        const double a = static_cast<double>(actualByMonth.value(month));
        forecastTotal += f;
        actualTotal += a;
        Rate accuracy;
        if (a > 0)
            accuracy = std::max(0.0, 1.0 - std::abs(a - f) / a);
        p.forecastVsActual.append({month, qRound64(f), qRound64(a), accuracy});
    }
    if (actualTotal > 0)
        p.forecastAccuracy = std::max(0.0, 1.0 - std::abs(actualTotal - forecastTotal) / actualTotal);
    if (detail == Detail::Kpis)
        return {};

    // The open pipeline as it stands now.
    const auto open = m_repo.openDeals(scope, filter);
    if (!open)
        return Status::failure(open.error());
    const Pipeline pipeline = m_store.pipelines.all().value(0);
    const DealService service(m_store, m_clock);
    const QHash<Id, StageTotals> totals = service.totalsOf(open.value(), pipeline);
    for (const Stage &stage : pipeline.stages) {
        if (!stage.isOpen())
            continue;
        const StageTotals t = totals.value(stage.id);
        p.byStage.append({stage.id, stage.name, stage.probability, t.count, t.valueCents, t.weightedCents});
        p.openDeals += t.count;
        p.openValueCents += t.valueCents;
        p.weightedCents += t.weightedCents;
    }
    QMap<QString, ForecastMonth> byMonth;
    for (const ForecastCell &cell : service.forecastOf(open.value(), pipeline)) {
        ForecastMonth &m = byMonth[cell.month];
        m.month = cell.month;
        m.openCount += cell.count;
        m.valueCents += cell.valueCents;
        m.weightedCents += cell.weightedCents;
    }
    p.forecast = byMonth.values();
    if (p.winRate && p.avgWonValueCents && p.cycleMeanDays && *p.cycleMeanDays > 0)
        p.velocityCentsPerDay = p.openDeals * *p.avgWonValueCents * *p.winRate / *p.cycleMeanDays;
    return attributionFigures(closed.value(), report);
}

Status MetricsService::attributionFigures(const QList<ClosedDeal> &closed, MetricsReport &report) const
{
    Attribution &a = report.attribution;
    QList<Id> leadIds;
    for (const ClosedDeal &d : closed) {
        if (d.won && d.leadId)
            leadIds.append(d.leadId);
    }
    const auto touches = m_repo.marketingTouches(leadIds, !m_useAggregates);
    if (!touches)
        return Status::failure(touches.error());
    QHash<Id, QList<MarketingTouch>> byLead;
    for (const MarketingTouch &t : touches.value())
        byLead[t.leadId].append(t);
    const QStringList marketing = metricEvents::marketingSources();
    const auto isMarketing = [&marketing](const QString &channel) {
        return marketing.contains(channel) || channel == QLatin1String("website") || channel == QLatin1String("email");
    };
    double sourced = 0, influenced = 0;
    for (const ClosedDeal &d : closed) {
        if (!d.won)
            continue;
        const auto value = static_cast<double>(d.valueCents);
        a.wonValueCents += d.valueCents;
        QList<MarketingTouch> path;
        for (const MarketingTouch &t : byLead.value(d.leadId)) {
            if (t.at <= d.closedAt)
                path.append(t);
        }
        if (marketing.contains(d.leadSource))
            sourced += value;
        if (std::any_of(path.cbegin(), path.cend(), [&](const MarketingTouch &t) { return isMarketing(t.channel); }))
            influenced += value;
        if (path.isEmpty()) {
            const QString channel = d.leadSource.isEmpty() ? QStringLiteral("unknown") : d.leadSource;
            path.append({d.leadId, d.closedAt, channel});
        }
        a.firstTouchCents[path.first().channel] += value;
        a.lastTouchCents[path.last().channel] += value;
        for (const MarketingTouch &t : path)
            a.evenCents[t.channel] += value / static_cast<double>(path.size());
    }
    a.marketingSourcedShare = rate(sourced, static_cast<double>(a.wonValueCents));
    a.influencedShare = rate(influenced, static_cast<double>(a.wonValueCents));
    return {};
}

} // namespace lr
