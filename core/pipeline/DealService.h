#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Activity.h"
#include "core/domain/DealCard.h"
#include "core/domain/Pipeline.h"
#include "core/domain/Task.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace lr {

class Store;

/// What became of a stage move.
struct MoveOutcome
{
    enum class Kind {
        Moved,         ///< The deal is in the new stage (and the given fields are saved).
        Unchanged,     ///< The deal already was in that stage; given fields are saved.
        MissingFields, ///< Exit criteria refused: `missingFields` lists what the target stage needs.
        Refused        ///< Bad input or not allowed: `message` says why. Nothing was saved.
    };
    Kind kind = Kind::Refused;
    QString message;           ///< Translated; says what happened or what is missing.
    QStringList missingFields; ///< DealFields keys, in the order the stage lists them.
    Deal deal;                 ///< The deal as stored after the move (or as found, when refused).

    bool ok() const { return kind == Kind::Moved || kind == Kind::Unchanged; }
};

/// How a deal is doing where it is.
struct DealHealth
{
    int daysInStage = 0;
    int idleDays = 0;     ///< Days since the last real activity (or since it entered the stage).
    bool rotting = false; ///< Idle for longer than the stage's rot days.
    bool stale = false;   ///< Longer in the stage than its stale limit: probability dropped.
    int probability = 0;  ///< Percent, after the stale drop.
};

/// One line of a deal's stage history, with names for showing it.
struct StageHistoryLine
{
    StageChange change;
    QString fromStage; ///< Empty for the first stage.
    QString toStage;
    QString userName; ///< Empty for automation and imports.
};

/// Everything the deal detail panel shows, read for one actor (nothing when out of scope).
struct DealDetails
{
    DealCard card;
    Stage stage;
    DealHealth health;
    QList<StageHistoryLine> history; ///< Oldest first.
    QList<Activity> activities;      ///< Newest first.
    QList<Task> tasks;               ///< Open tasks of the deal, soonest due first.
    /// DealFields keys the actor may edit here: all of them on an open deal; on a closed one only
    /// those that do not change what was won or lost (next step, title).
    QStringList editableFields;
};

/// One column's header figures.
struct StageTotals
{
    qint64 count = 0;
    qint64 valueCents = 0;
    qint64 weightedCents = 0;
    QString currency; ///< The one currency of the deals added up; empty when they mix currencies.
};

/// The currency several amounts share: `current` if `next` matches or nothing was added yet
/// (`first`), else empty (mixed).
QString commonCurrency(const QString &current, const QString &next, bool first);

/// One cell of the forecast: open deals expected to close in `month` (yyyy-MM) owned by `ownerId`.
struct ForecastCell
{
    QString month;
    Id ownerId = 0;
    qint64 count = 0;
    qint64 valueCents = 0;
    qint64 weightedCents = 0;
    QString currency; ///< Empty when the deals mix currencies.
};

/// Moves deals between stages, keeping the pipeline honest: exit criteria, role scoping and bad
/// input are enforced here, so the board, the CLI and any future caller share one gate. Also the
/// probabilities (with the stale drop), rotting, column totals and the weighted forecast.
class DealService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DealService)

public:
    DealService(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// Moves deal `dealId` into stage `stageId` on behalf of `actor`, first setting `fields`
    /// (DealFields key → text) in the same transaction. Refuses deals outside the actor's scope,
    /// unknown stages, bad field values, moves back out of Closed Won, and moves into a stage whose
    /// required fields the deal (after `fields`) lacks. A move writes stage history and a
    /// stage_changed event.
    MoveOutcome move(const AccessScope &actor, Id dealId, Id stageId, const QMap<QString, QString> &fields = {});

    /// Saves `fields` of deal `dealId` where it is (no move), refusing out-of-scope deals, bad
    /// values, fields not editable in its stage, and clearing a field its stage requires.
    MoveOutcome edit(const AccessScope &actor, Id dealId, const QMap<QString, QString> &fields);
    /// The deal as the detail panel shows it, or nullopt when `actor` may not see it.
    std::optional<DealDetails> details(const AccessScope &actor, Id dealId) const;

    /// The stage of `pipelineId` called `name` (case-insensitive) or with that id.
    Result<Stage> findStage(Id pipelineId, const QString &nameOrId) const;

    /// The required fields of `stage` that `deal` lacks, plus the expected close date when an
    /// open stage gets a deal whose date lies in the distant past.
    QStringList missingFields(const Deal &deal, const Stage &stage) const;

    /// Probability of a deal that entered `stage` at `stageEnteredAt`, after the stale drop.
    int probability(const Stage &stage, Instant stageEnteredAt) const;
    DealHealth health(const Deal &deal, const Stage &stage, Instant lastActivityAt) const;

    /// Count, sum and weighted sum per stage id of what `scope` sees (one owner's when `ownerId`).
    QHash<Id, StageTotals> totals(const AccessScope &scope, const Pipeline &pipeline, Id ownerId = 0) const;
    /// Weighted open pipeline by expected close month and owner, months ascending.
    QList<ForecastCell> forecast(const AccessScope &scope, const Pipeline &pipeline, Id ownerId = 0) const;

    /// Pure arithmetic behind totals() and forecast(), for callers that already hold the figures.
    QHash<Id, StageTotals> totalsOf(const QList<DealFigures> &figures, const Pipeline &pipeline) const;
    /// The figures of `deal` as the totals add them up: its value in the home currency when its
    /// currency has an exchange rate (as DealRepository::figures() reads them), else as it is.
    DealFigures figuresOf(const Deal &deal) const;
    QList<ForecastCell> forecastOf(const QList<DealFigures> &figures, const Pipeline &pipeline) const;

private:
    MoveOutcome refuse(QString message, const Deal &deal = {}) const;

    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
