#include "ui/dashboard/DashboardCharts.h"

#include "core/domain/Enums.h"
#include "core/pipeline/PipelineEditor.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>

namespace lr::ui {
namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QString dayLabel(Instant day)
{
    return QDateTime::fromMSecsSinceEpoch(day, QTimeZone::utc()).date().toString(QStringLiteral("dd.MM"));
}

/// Bars of `series` over `categories`, with a value axis from 0 to a little above `max`.
QChart *barChart(const QString &title, QAbstractBarSeries *series, const QStringList &categories, double max,
                 const QString &format = QStringLiteral("%.0f"))
{
    QChart *chart = newChart(title);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(1.0, max * 1.1));
    valueAxis->setLabelFormat(format);
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(series->count() > 1);
    return chart;
}

double maxOf(const QBarSet *set)
{
    double max = 0;
    for (int i = 0; i < set->count(); ++i)
        max = std::max(max, set->at(i));
    return max;
}

QString shortName(const QString &name)
{
    return name.section(QLatin1Char(' '), 0, 0);
}

} // namespace

QChart *DashboardCharts::speedDistribution(const MetricsReport &report)
{
    auto *set = new QBarSet(tr("Leads"));
    for (qint64 n : report.speedToLead.histogram)
        *set << static_cast<double>(n);
    auto *series = new QBarSeries;
    series->append(set);
    const QStringList buckets{tr("< 1 min"), tr("1–5 min"), tr("5–30 min"), tr("30 min–2 h"),
                              tr("2–24 h"),  tr("> 24 h"),  tr("no touch")};
    return barChart(tr("Speed-to-lead distribution"), series, buckets, maxOf(set));
}

QChart *DashboardCharts::speedWeekly(const MetricsReport &report)
{
    auto *set = new QBarSet(tr("Median (min)"));
    QStringList weeks;
    for (const SpeedToLead::Week &w : report.speedToLead.weekly) {
        *set << (w.medianSeconds ? *w.medianSeconds / 60.0 : 0.0);
        weeks << dayLabel(w.weekStart);
    }
    auto *series = new QBarSeries;
    series->append(set);
    QChart *chart =
        barChart(tr("Speed-to-lead by week (median minutes)"), series, weeks, maxOf(set), QStringLiteral("%.0f"));
    // The 5-minute target as a line across the weeks.
    auto *target = new QLineSeries;
    target->setName(tr("Target 5 min"));
    for (int i = 0; i < weeks.size(); ++i)
        target->append(i, 5.0);
    chart->addSeries(target);
    for (QAbstractAxis *axis : chart->axes())
        target->attachAxis(axis);
    chart->legend()->setVisible(true);
    return chart;
}

QChart *DashboardCharts::funnel(const MetricsReport &report)
{
    const Funnel &f = report.funnel;
    auto *set = new QBarSet(tr("Leads"));
    *set << static_cast<double>(f.won) << static_cast<double>(f.opportunities) << static_cast<double>(f.sql)
         << static_cast<double>(f.mql) << static_cast<double>(f.leads);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    return barChart(tr("Funnel"), series, {tr("Won"), tr("Opportunity"), tr("SQL"), tr("MQL"), tr("Leads")},
                    static_cast<double>(f.leads));
}

QChart *DashboardCharts::winRateByRep(const MetricsReport &report)
{
    auto *set = new QBarSet(tr("Win rate %"));
    QStringList reps;
    for (const RepFigures &r : report.reps) {
        if (r.dealsWon + r.dealsLost == 0)
            continue;
        *set << (r.winRate ? *r.winRate * 100.0 : 0.0);
        reps << shortName(r.name);
    }
    auto *series = new QBarSeries;
    series->append(set);
    return barChart(tr("Win rate by rep (%)"), series, reps, 100.0 / 1.1);
}

QChart *DashboardCharts::cycleByRep(const MetricsReport &report)
{
    auto *median = new QBarSet(tr("Median days"));
    auto *mean = new QBarSet(tr("Mean days"));
    QStringList reps;
    for (const RepFigures &r : report.reps) {
        if (!r.cycleMedianDays)
            continue;
        *median << *r.cycleMedianDays;
        *mean << r.cycleMeanDays.value_or(0.0);
        reps << shortName(r.name);
    }
    auto *series = new QBarSeries;
    series->append(median);
    series->append(mean);
    return barChart(tr("Sales cycle by rep (days)"), series, reps, std::max(maxOf(median), maxOf(mean)));
}

QChart *DashboardCharts::slaOverTime(const MetricsReport &report)
{
    auto *breaches = new QBarSet(tr("Breaches"));
    auto *escalations = new QBarSet(tr("Escalations"));
    auto *reassignments = new QBarSet(tr("Reassignments"));
    QStringList days;
    double max = 0;
    for (const SlaFigures::Day &d : report.sla.byDay) {
        *breaches << static_cast<double>(d.breaches);
        *escalations << static_cast<double>(d.escalations);
        *reassignments << static_cast<double>(d.reassignments);
        max = std::max(max, static_cast<double>(d.breaches + d.escalations + d.reassignments));
        days << dayLabel(d.day);
    }
    auto *series = new QStackedBarSeries;
    series->append(breaches);
    series->append(escalations);
    series->append(reassignments);
    return barChart(tr("SLA breaches over time"), series, days, max);
}

QChart *DashboardCharts::queueOverTime(const MetricsReport &report)
{
    auto *set = new QBarSet(tr("Leads in New"));
    QStringList days;
    for (const QueueVelocity::Day &d : report.queue.endOfDay) {
        *set << static_cast<double>(d.leftInNew);
        days << dayLabel(d.day);
    }
    auto *series = new QBarSeries;
    series->append(set);
    return barChart(tr("Leads left in New at end of day (target 0)"), series, days, maxOf(set));
}

QChart *DashboardCharts::pipelineByStage(const MetricsReport &report)
{
    auto *value = new QBarSet(tr("Value"));
    auto *weighted = new QBarSet(tr("Weighted"));
    QStringList stages;
    for (const PipelineFigures::StageRow &s : report.pipeline.byStage) {
        *value << static_cast<double>(s.valueCents) / 100.0;
        *weighted << static_cast<double>(s.weightedCents) / 100.0;
        stages << PipelineEditor::stageLabel(s.stage);
    }
    auto *series = new QBarSeries;
    series->append(value);
    series->append(weighted);
    return barChart(tr("Open pipeline by stage"), series, stages, maxOf(value));
}

QChart *DashboardCharts::forecastByMonth(const MetricsReport &report)
{
    auto *value = new QBarSet(tr("Value"));
    auto *weighted = new QBarSet(tr("Weighted forecast"));
    QStringList months;
    for (const ForecastMonth &m : report.pipeline.forecast) {
        *value << static_cast<double>(m.valueCents) / 100.0;
        *weighted << static_cast<double>(m.weightedCents) / 100.0;
        months << m.month;
    }
    auto *series = new QBarSeries;
    series->append(value);
    series->append(weighted);
    return barChart(tr("Forecast by expected close month"), series, months, maxOf(value));
}

} // namespace lr::ui
