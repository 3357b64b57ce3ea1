#include "core/metrics/MetricsJson.h"

#include "core/common/DateParser.h"

#include <QJsonArray>

namespace lr {
namespace {

QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue money(qint64 cents)
{
    return static_cast<double>(cents) / 100.0;
}

QJsonValue money(const std::optional<double> &cents)
{
    return cents ? QJsonValue(*cents / 100.0) : QJsonValue(QJsonValue::Null);
}

QString day(Instant t)
{
    return toIsoUtc(t).left(10);
}

QJsonObject moneyMap(const QMap<QString, double> &cents)
{
    QJsonObject out;
    for (auto it = cents.cbegin(); it != cents.cend(); ++it)
        out.insert(it.key(), it.value() / 100.0);
    return out;
}

void addSpeed(QJsonObject &o, const SpeedToLead &s)
{
    o.insert(QStringLiteral("leads"), s.leads);
    o.insert(QStringLiteral("leads_touched"), s.touched);
    o.insert(QStringLiteral("leads_untouched"), s.untouched);
    o.insert(QStringLiteral("speed_to_lead_median_s"), opt(s.wall.median));
    o.insert(QStringLiteral("speed_to_lead_p90_s"), opt(s.wall.p90));
    o.insert(QStringLiteral("speed_to_lead_mean_s"), opt(s.wall.mean));
    o.insert(QStringLiteral("speed_to_lead_under_5min_share"), opt(s.underFiveMinutes));
    o.insert(QStringLiteral("speed_to_lead_business_median_s"), opt(s.business.median));
    o.insert(QStringLiteral("speed_to_lead_business_p90_s"), opt(s.business.p90));
    o.insert(QStringLiteral("speed_to_lead_business_under_5min_share"), opt(s.businessUnderFiveMinutes));
    static const char *const buckets[] = {"under_1min", "1_5min",   "5_30min", "30min_2h",
                                          "2_24h",      "over_24h", "no_touch"};
    QJsonObject histogram;
    for (int i = 0; i < s.histogram.size() && i < 7; ++i)
        histogram.insert(QLatin1String(buckets[i]), s.histogram.at(i));
    o.insert(QStringLiteral("speed_to_lead_histogram"), histogram);
    QJsonArray weekly;
    for (const SpeedToLead::Week &w : s.weekly) {
        weekly.append(QJsonObject{{QStringLiteral("week"), day(w.weekStart)},
                                  {QStringLiteral("touched"), w.touched},
                                  {QStringLiteral("median_s"), opt(w.medianSeconds)}});
    }
    o.insert(QStringLiteral("speed_to_lead_weekly"), weekly);
}

void addFunnel(QJsonObject &o, const Funnel &f, const Meetings &m)
{
    o.insert(QStringLiteral("mql"), f.mql);
    o.insert(QStringLiteral("sql"), f.sql);
    o.insert(QStringLiteral("opportunities"), f.opportunities);
    o.insert(QStringLiteral("won_leads"), f.won);
    o.insert(QStringLiteral("leads_with_meeting"), f.meetings);
    o.insert(QStringLiteral("lead_to_mql_rate"), opt(f.leadToMql));
    o.insert(QStringLiteral("mql_to_sql_rate"), opt(f.mqlToSql));
    o.insert(QStringLiteral("sql_to_opp_rate"), opt(f.sqlToOpp));
    o.insert(QStringLiteral("opp_to_won_rate"), opt(f.oppToWon));
    o.insert(QStringLiteral("lead_to_meeting_rate"), opt(f.leadToMeeting));
    o.insert(QStringLiteral("meetings_held"), m.held);
    o.insert(QStringLiteral("meetings_no_show"), m.noShow);
    o.insert(QStringLiteral("hold_rate"), opt(m.holdRate));
    o.insert(QStringLiteral("no_show_rate"), opt(m.noShowRate));
    QJsonArray bySource;
    for (const MeetingsBySource &s : m.bySource) {
        bySource.append(QJsonObject{{QStringLiteral("source"), s.source},
                                    {QStringLiteral("held"), s.held},
                                    {QStringLiteral("no_show"), s.noShow},
                                    {QStringLiteral("hold_rate"), opt(s.holdRate)},
                                    {QStringLiteral("no_show_rate"), opt(s.noShowRate)}});
    }
    o.insert(QStringLiteral("meetings_by_source"), bySource);
}

void addHygiene(QJsonObject &o, const Duplicates &d, const QueueVelocity &q, const SlaFigures &sla)
{
    o.insert(QStringLiteral("duplicates_merged"), d.mergedDuplicates);
    o.insert(QStringLiteral("duplicate_rate"), opt(d.duplicateRate));
    o.insert(QStringLiteral("intake_merges"), d.intakeMerges);
    o.insert(QStringLiteral("intake_dedup_rate"), opt(d.intakeDedupRate));
    QJsonArray forms;
    for (const FormQuarantine &f : d.quarantineByForm) {
        forms.append(QJsonObject{{QStringLiteral("form"), f.form},
                                 {QStringLiteral("submissions"), f.submissions},
                                 {QStringLiteral("quarantined"), f.quarantined},
                                 {QStringLiteral("quarantine_rate"), opt(f.rate)}});
    }
    o.insert(QStringLiteral("quarantine_by_form"), forms);
    QJsonArray days;
    for (const QueueVelocity::Day &d2 : q.endOfDay)
        days.append(QJsonObject{{QStringLiteral("date"), day(d2.day)}, {QStringLiteral("left_in_new"), d2.leftInNew}});
    o.insert(QStringLiteral("left_in_new_end_of_day"), days);
    o.insert(QStringLiteral("left_in_new_last_day"), q.lastDay ? QJsonValue(*q.lastDay) : QJsonValue());
    o.insert(QStringLiteral("time_in_new_median_s"), opt(q.timeInNew.median));
    o.insert(QStringLiteral("time_in_new_mean_s"), opt(q.timeInNew.mean));
    o.insert(QStringLiteral("sla_breaches"), sla.breaches);
    o.insert(QStringLiteral("sla_escalations"), sla.escalations);
    o.insert(QStringLiteral("sla_reassignments"), sla.reassignments);
    QJsonArray slaDays;
    for (const SlaFigures::Day &d2 : sla.byDay) {
        slaDays.append(QJsonObject{{QStringLiteral("date"), day(d2.day)},
                                   {QStringLiteral("breaches"), d2.breaches},
                                   {QStringLiteral("escalations"), d2.escalations},
                                   {QStringLiteral("reassignments"), d2.reassignments}});
    }
    o.insert(QStringLiteral("sla_by_day"), slaDays);
}

void addPipeline(QJsonObject &o, const PipelineFigures &p)
{
    o.insert(QStringLiteral("deals_won"), p.won);
    o.insert(QStringLiteral("deals_lost"), p.lost);
    o.insert(QStringLiteral("win_rate"), opt(p.winRate));
    o.insert(QStringLiteral("won_value"), money(p.wonValueCents));
    o.insert(QStringLiteral("avg_won_value"), money(p.avgWonValueCents));
    o.insert(QStringLiteral("currency"), p.currency);
    QJsonObject byCurrency;
    for (auto it = p.wonValueByCurrency.cbegin(); it != p.wonValueByCurrency.cend(); ++it)
        byCurrency.insert(it.key(), money(it.value()));
    o.insert(QStringLiteral("won_value_by_currency"), byCurrency);
    o.insert(QStringLiteral("cycle_median_days"), opt(p.cycleMedianDays));
    o.insert(QStringLiteral("cycle_mean_days"), opt(p.cycleMeanDays));
    o.insert(QStringLiteral("open_deals"), p.openDeals);
    o.insert(QStringLiteral("pipeline_value"), money(p.openValueCents));
    o.insert(QStringLiteral("weighted_pipeline"), money(p.weightedCents));
    o.insert(QStringLiteral("pipeline_velocity_per_day"), money(p.velocityCentsPerDay));
    QJsonArray stages;
    for (const PipelineFigures::StageRow &s : p.byStage) {
        stages.append(QJsonObject{{QStringLiteral("stage"), s.stage},
                                  {QStringLiteral("probability"), s.probability},
                                  {QStringLiteral("deals"), s.count},
                                  {QStringLiteral("value"), money(s.valueCents)},
                                  {QStringLiteral("weighted"), money(s.weightedCents)}});
    }
    o.insert(QStringLiteral("pipeline_by_stage"), stages);
    QJsonArray forecast;
    for (const ForecastMonth &m : p.forecast) {
        forecast.append(QJsonObject{{QStringLiteral("month"), m.month},
                                    {QStringLiteral("deals"), m.openCount},
                                    {QStringLiteral("value"), money(m.valueCents)},
                                    {QStringLiteral("weighted"), money(m.weightedCents)}});
    }
    o.insert(QStringLiteral("forecast_by_month"), forecast);
    QJsonArray versus;
    for (const ForecastVsActual &m : p.forecastVsActual) {
        versus.append(QJsonObject{{QStringLiteral("month"), m.month},
                                  {QStringLiteral("forecast"), money(m.forecastCents)},
                                  {QStringLiteral("actual"), money(m.actualCents)},
                                  {QStringLiteral("accuracy"), opt(m.accuracy)}});
    }
    o.insert(QStringLiteral("forecast_vs_actual"), versus);
    o.insert(QStringLiteral("forecast_accuracy"), opt(p.forecastAccuracy));
}

QJsonObject repJson(const RepFigures &r)
{
    return {{QStringLiteral("id"), r.userId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("email"), r.email},
            {QStringLiteral("leads"), r.leads},
            {QStringLiteral("leads_touched"), r.touched},
            {QStringLiteral("speed_to_lead_median_s"), opt(r.speedToLeadMedianSeconds)},
            {QStringLiteral("speed_to_lead_business_median_s"), opt(r.speedToLeadBusinessMedianSeconds)},
            {QStringLiteral("speed_to_lead_under_5min_share"), opt(r.underFiveMinutes)},
            {QStringLiteral("mql"), r.mql},
            {QStringLiteral("sql"), r.sql},
            {QStringLiteral("opportunities"), r.opportunities},
            {QStringLiteral("meetings_held"), r.meetingsHeld},
            {QStringLiteral("meetings_no_show"), r.meetingsNoShow},
            {QStringLiteral("hold_rate"), opt(r.holdRate)},
            {QStringLiteral("deals_won"), r.dealsWon},
            {QStringLiteral("deals_lost"), r.dealsLost},
            {QStringLiteral("win_rate"), opt(r.winRate)},
            {QStringLiteral("won_value"), money(r.wonValueCents)},
            {QStringLiteral("cycle_median_days"), opt(r.cycleMedianDays)},
            {QStringLiteral("cycle_mean_days"), opt(r.cycleMeanDays)},
            {QStringLiteral("sla_breaches"), r.slaBreaches},
            {QStringLiteral("sla_escalations"), r.slaEscalations},
            {QStringLiteral("sla_reassignments"), r.slaReassignments}};
}

} // namespace

QJsonObject MetricsJson::toJson(const MetricsReport &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), toIsoUtc(r.filter.from));
    o.insert(QStringLiteral("to"), toIsoUtc(r.filter.to));
    o.insert(QStringLiteral("generated_at"), toIsoUtc(r.generatedAt));
    QJsonObject filters;
    if (r.filter.teamId)
        filters.insert(QStringLiteral("team_id"), r.filter.teamId);
    if (r.filter.repId)
        filters.insert(QStringLiteral("rep_id"), r.filter.repId);
    if (!r.filter.source.isEmpty())
        filters.insert(QStringLiteral("source"), r.filter.source);
    if (!r.filter.campaign.isEmpty())
        filters.insert(QStringLiteral("campaign"), r.filter.campaign);
    o.insert(QStringLiteral("filters"), filters);
    addSpeed(o, r.speedToLead);
    addFunnel(o, r.funnel, r.meetings);
    addHygiene(o, r.duplicates, r.queue, r.sla);
    addPipeline(o, r.pipeline);
    const Attribution &a = r.attribution;
    o.insert(QStringLiteral("attribution"),
             QJsonObject{{QStringLiteral("won_value"), money(a.wonValueCents)},
                         {QStringLiteral("marketing_sourced_share"), opt(a.marketingSourcedShare)},
                         {QStringLiteral("influenced_share"), opt(a.influencedShare)},
                         {QStringLiteral("first_touch"), moneyMap(a.firstTouchCents)},
                         {QStringLiteral("last_touch"), moneyMap(a.lastTouchCents)},
                         {QStringLiteral("even"), moneyMap(a.evenCents)}});
    QJsonArray reps;
    for (const RepFigures &rep : r.reps)
        reps.append(repJson(rep));
    o.insert(QStringLiteral("reps"), reps);
    return o;
}

} // namespace lr
