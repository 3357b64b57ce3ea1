#pragma once

#include "core/metrics/MetricsReport.h"

#include <QJsonObject>

namespace lr {

/// The stable JSON form of a MetricsReport (`leadrelayctl metrics --format json`; the keys are
/// documented in docs/metrics.md and never renamed). Rates are fractions 0–1, durations seconds or
/// days as the key says, money in currency units; a figure without data is null.
class MetricsJson final
{
public:
    static QJsonObject toJson(const MetricsReport &report);
};

} // namespace lr
