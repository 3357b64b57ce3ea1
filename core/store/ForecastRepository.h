#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Ids.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace lr {

class Database;

/// One row of `forecast_snapshots`, or the actual figures beside it.
struct ForecastSnapshot
{
    QString month; ///< yyyy-MM the snapshot forecasts.
    Id pipelineId = 0;
    Id ownerId = 0; ///< 0 = deals without an owner.
    Instant takenAt = 0;
    qint64 count = 0;
    qint64 valueCents = 0;
    qint64 weightedCents = 0;
    QString currency; ///< Empty when the deals mix currencies.
};

/// SQL for forecast accuracy and pipeline velocity. The tables other features read:
///
/// `deal_stage_history` (001): one row per stage a deal entered — `deal_id`, `from_stage_id`
/// (NULL for the first stage), `to_stage_id`, `user_id` (NULL = automation or import), `at`
/// (UTC ms). The time a deal spent in a stage is the next row's `at` minus this row's `at`;
/// imports write the stage a deal was in with its historical date (close date for won/lost).
///
/// `forecast_snapshots` (013): per `month` (yyyy-MM), `pipeline_id` and `owner_id` (0 = no
/// owner), the weighted open pipeline expected to close in that month as it stood when the month
/// began (`taken_at`; the first snapshot of a month is kept): `deal_count`, `value_cents`,
/// `weighted_cents`, `currency` ('' = mixed). Actual = value of deals in a won stage whose
/// `closed_at` falls in the month; forecast accuracy = actual / weighted.
class ForecastRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ForecastRepository)

public:
    explicit ForecastRepository(Database &db) : m_db(db) {}

    /// Stores the rows of one month's snapshot; rows for a (month, pipeline, owner) that already
    /// has one are left as they were. Returns how many rows were new.
    Result<int> save(const QList<ForecastSnapshot> &rows);
    bool hasSnapshot(const QString &month, Id pipelineId) const;
    /// Snapshots of `pipelineId` for months in [fromMonth, toMonth] whose owner `scope` sees.
    QList<ForecastSnapshot> snapshots(const AccessScope &scope, Id pipelineId, const QString &fromMonth,
                                      const QString &toMonth) const;
    /// Won value (cents) by (month of closed_at, owner) for deals of `pipelineId` `scope` sees,
    /// closed in [from, to).
    QHash<std::pair<QString, Id>, qint64> wonByMonth(const AccessScope &scope, Id pipelineId, Instant from,
                                                     Instant to) const;
    /// Average days deals spent in each stage (stage id → days), over stage exits in [from, to).
    QHash<Id, double> averageDaysInStage(const AccessScope &scope, Id pipelineId, Instant from, Instant to) const;

private:
    Database &m_db;
};

} // namespace lr
