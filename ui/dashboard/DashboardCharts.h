#pragma once

#include "core/metrics/MetricsReport.h"

#include <QCoreApplication>

class QChart;

namespace lr::ui {

/// Builds the dashboard's Qt Charts from a MetricsReport. Each function returns a new chart the
/// caller owns (a QChartView takes it over).
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ui::DashboardCharts)

public:
    DashboardCharts() = delete;

    static QChart *speedDistribution(const MetricsReport &report);
    static QChart *speedWeekly(const MetricsReport &report);
    static QChart *funnel(const MetricsReport &report);
    static QChart *winRateByRep(const MetricsReport &report);
    static QChart *cycleByRep(const MetricsReport &report);
    static QChart *slaOverTime(const MetricsReport &report);
    static QChart *queueOverTime(const MetricsReport &report);
    static QChart *pipelineByStage(const MetricsReport &report);
    static QChart *forecastByMonth(const MetricsReport &report);
};

} // namespace lr::ui
