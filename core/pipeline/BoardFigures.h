#pragma once

#include "core/pipeline/DealService.h"

#include <QHash>
#include <QList>

#include <map>

namespace lr {

/// The figures of a deal board — count, sum and weighted sum per stage, the weighted forecast by
/// expected close month and owner — kept up to date deal by deal: after a move only the moved
/// deal's old and new contributions change, instead of every deal being read and added up again.
/// Always equal to DealService::totalsOf() and forecastOf() of the same deals at the same instant.
class BoardFigures final
{
public:
    explicit BoardFigures(const DealService &service) : m_service(service) {}

    /// Starts again from `figures` (every deal of the board) at `now` (the service clock's time).
    void reset(const QList<DealFigures> &figures, const Pipeline &pipeline, Instant now);
    /// Replaces the figures of one held deal (after a move or an edit). Returns false, changing
    /// nothing, when the figures held cannot be patched: the deal is not held, or at `now` some
    /// deal's probability is no longer what it was at reset() (a stale drop came due) — read every
    /// deal again then.
    bool update(const DealFigures &deal, Instant now);

    const QList<DealFigures> &deals() const { return m_deals; }
    /// As DealService::totalsOf(): every stage of the pipeline, empty ones included.
    QHash<Id, StageTotals> totals() const;
    StageTotals totals(Id stageId) const;
    /// As DealService::forecastOf(): months ascending, then owners.
    QList<ForecastCell> forecast() const;
    /// Deals in open stages.
    qint64 openCount() const;

private:
    struct Sum
    {
        qint64 count = 0;
        qint64 valueCents = 0;
        qint64 weightedCents = 0;
        QHash<QString, qint64> currencies; ///< Currency → deals.
    };
    /// Adds (sign 1) or takes away (sign -1) what `deal` adds to its stage and forecast cell.
    void add(const DealFigures &deal, int sign);
    /// The first instant after `now` at which `deal`'s probability drops (0: never).
    Instant dropsAt(const DealFigures &deal) const;
    static QString currencyOf(const Sum &sum);
    /// yyyy-MM of an expected close date (empty when undated), remembered per UTC day.
    QString monthOf(Instant expectedCloseAt);

    const DealService &m_service;
    Pipeline m_pipeline;
    QList<DealFigures> m_deals;
    QHash<Id, qsizetype> m_index;
    QHash<Id, Sum> m_stages;
    std::map<std::pair<QString, Id>, Sum> m_cells;
    QHash<qint64, QString> m_months;
    Instant m_since = 0; ///< Probabilities hold from here …
    Instant m_until = 0; ///< … to before here (0: for ever).
};

} // namespace lr
