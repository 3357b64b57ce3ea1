#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lr {

class Store;

/// Forecast against what happened, for one month and owner.
struct ForecastAccuracy
{
    QString month; ///< yyyy-MM
    Id ownerId = 0;
    qint64 forecastWeightedCents = 0; ///< The snapshot taken when the month began (0 = none taken).
    qint64 forecastValueCents = 0;
    qint64 actualCents = 0; ///< Won in the month.
    bool hasSnapshot = false;
    /// actual / weighted forecast (1.0 = spot on); 0 without a snapshot or forecast.
    double ratio() const
    {
        return forecastWeightedCents > 0 ? static_cast<double>(actualCents) / forecastWeightedCents : 0.0;
    }
};

/// Keeps the forecast honest over time: once per month it stores the weighted forecast for that
/// month (DealService::forecast, all owners) in `forecast_snapshots`, and compares it with what
/// closed won. The snapshot is taken on demand (snapshotIfDue() from the board, the app start or
/// the monthly durable timer "pipeline.forecast_snapshot"); the first one of a month wins, so
/// calling it often is harmless.
class ForecastTracker final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ForecastTracker)

public:
    /// The durable timer kind that snapshots at each month boundary.
    static const QString TimerKind;

    ForecastTracker(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// "yyyy-MM" of `t` (UTC), and the first instant of the month after it.
    static QString monthOf(Instant t);
    static Instant nextMonthStart(Instant t);

    /// Snapshots the current month of every pipeline that has none yet. Returns rows written.
    Result<int> snapshotIfDue();
    /// Forecast vs actual per month and owner `scope` sees, months in [fromMonth, toMonth].
    QList<ForecastAccuracy> accuracy(const AccessScope &scope, Id pipelineId, const QString &fromMonth,
                                     const QString &toMonth) const;

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
